/// What Mermaid made of one diagram source, as rendered by `mermaid.render` in Chromium.
struct BlockOutcome: Decodable, Equatable, Sendable, CustomStringConvertible {
    private enum CodingKeys: String, CodingKey {
        case error, bars, emptyBars, labels, title, overlaps, plotBars, linePoints, categories
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        error = try container.decodeIfPresent(String.self, forKey: .error)
        bars = try container.decode(Int.self, forKey: .bars)
        emptyBars = try container.decode(Int.self, forKey: .emptyBars)
        labels = try container.decode([String].self, forKey: .labels)
        title = try container.decodeIfPresent(String.self, forKey: .title)
        overlaps = try container.decodeIfPresent([String].self, forKey: .overlaps) ?? []
        plotBars = try container.decodeIfPresent(Int.self, forKey: .plotBars) ?? 0
        linePoints = try container.decodeIfPresent([Int].self, forKey: .linePoints) ?? []
        categories = try container.decodeIfPresent([String].self, forKey: .categories) ?? []
    }

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
    /// Pairs of drawn texts that overlap each other, or a text and a bar it does not belong to, at a
    /// content width of 750 px.
    var overlaps: [String] = []
    /// `xychart-beta` bars drawn.
    var plotBars: Int = 0
    /// `xychart-beta` lines drawn, with the points of each.
    var linePoints: [Int] = []
    /// `xychart-beta` axis labels as drawn (x-axis categories, then y-axis ticks).
    var categories: [String] = []

    var ok: Bool { error == nil }

    var description: String {
        ok ? "ok, \(bars) bars (\(emptyBars) empty)" : "error: \(error ?? "")"
    }
}
