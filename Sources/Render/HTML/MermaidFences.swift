/// Turns cmark-gfm's Mermaid code blocks into the `<pre class="mermaid">` elements mermaid.js looks for.
enum MermaidFences {
    static let fenceOpening = "<pre><code class=\"language-mermaid\">"
    static let fenceClosing = "</code></pre>"
    static let diagramOpening = "<pre class=\"mermaid\">"
    static let diagramClosing = "</pre>"

    /// Keeps each block's text HTML-escaped as cmark-gfm wrote it: the browser decodes the entities
    /// when mermaid reads the element's text, so `a --> b` arrives intact.
    static func convert(_ fragment: String) -> String {
        var converted = ""
        var rest = fragment[...]
        while let opening = rest.firstRange(of: fenceOpening),
              let closing = rest[opening.upperBound...].firstRange(of: fenceClosing) {
            converted += rest[..<opening.lowerBound]
            converted += diagramOpening
            converted += rest[opening.upperBound..<closing.lowerBound]
            converted += diagramClosing
            rest = rest[closing.upperBound...]
        }
        converted += rest
        return converted
    }
}
