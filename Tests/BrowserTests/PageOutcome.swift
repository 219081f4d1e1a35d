/// What happened to the Mermaid diagrams of a whole HTML page after Chromium ran its scripts.
struct PageOutcome: Equatable, Sendable {
    /// `pre.mermaid` elements on the page.
    let diagrams: Int
    /// Those that now hold an SVG (an error diagram counts too; see `errors`).
    let svgs: Int
    /// One entry per diagram Mermaid rendered as an error ("Syntax error in text", ...).
    let errors: [String]

    init(diagrams: Int, svgs: Int, errors: [String]) {
        self.diagrams = diagrams
        self.svgs = svgs
        self.errors = errors
    }

    /// Reads the DOM Chromium dumped. Mermaid 11 replaces a failing diagram's text by an SVG with
    /// `aria-roledescription="error"` whose `error-text` says what went wrong.
    init(dumpedDOM dom: String) {
        var diagrams = 0
        var svgs = 0
        var errors: [String] = []
        var rest = dom[...]
        while let opening = rest.firstRange(of: "<pre class=\"mermaid\"") {
            let body = rest[opening.upperBound...]
            let closing = body.firstRange(of: "</pre>")?.lowerBound ?? body.endIndex
            let element = body[..<closing]
            diagrams += 1
            if element.contains("<svg") { svgs += 1 }
            if element.contains("aria-roledescription=\"error\"") || element.contains("Syntax error") {
                errors.append(Self.errorText(in: element))
            }
            rest = body[closing...]
        }
        self.diagrams = diagrams
        self.svgs = svgs
        self.errors = errors
    }

    private static func errorText(in element: Substring) -> String {
        guard let marker = element.firstRange(of: "class=\"error-text\""),
              let textStart = element[marker.upperBound...].firstIndex(of: ">"),
              let textEnd = element[textStart...].firstIndex(of: "<")
        else { return "Syntax error" }
        return String(element[element.index(after: textStart)..<textEnd])
    }
}
