/// What Mermaid made of one diagram source, as rendered by `mermaid.render` in Chromium.
struct BlockOutcome: Decodable, Equatable, Sendable, CustomStringConvertible {
    /// Mermaid's error message; nil when the diagram rendered.
    let error: String?
    /// Gantt bars drawn: SVG `rect`s whose class contains `task`.
    let bars: Int
    /// Bars with zero, negative or non-numeric width: Mermaid draws these without error for
    /// durations it cannot read (`1e3`, `0.5ms`) or an unknown `after` reference.
    let emptyBars: Int
    /// The bar labels as drawn (entities such as `#58;` decoded by Mermaid).
    let labels: [String]
    /// A Gantt chart's title as drawn; nil for none.
    var title: String? = nil

    var ok: Bool { error == nil }

    var description: String {
        ok ? "ok, \(bars) bars (\(emptyBars) empty)" : "error: \(error ?? "")"
    }
}
