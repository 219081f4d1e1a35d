/// Wraps cmark-gfm's HTML fragment in a complete, stand-alone page that renders every Mermaid diagram.
public enum HTMLPage {
    /// Mermaid 11.6.0 on jsDelivr: the version the browser tests render with (GitHub renders 11.x).
    public static let defaultMermaidScriptURL = "https://cdn.jsdelivr.net/npm/mermaid@11.6.0/dist/mermaid.min.js"

    /// A complete HTML page around `fragment`.
    /// - Parameters:
    ///   - fragment: the body, as cmark-gfm's HTML renderer writes it.
    ///   - title: plain text for `<title>`; escaped here.
    ///   - lang: the page language (`ko`, `en`).
    ///   - mermaidScript: URL or file path of mermaid.min.js, used as the script's `src` as given.
    public static func make(
        fragment: String,
        title: String,
        lang: String,
        mermaidScript: String = defaultMermaidScriptURL
    ) -> String {
        """
        <!DOCTYPE html>
        <html lang="\(escape(lang))">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(escape(title))</title>
        <style>
        \(stylesheet)</style>
        </head>
        <body>
        <main>
        \(MermaidFences.convert(fragment))</main>
        <script src="\(escape(mermaidScript))"></script>
        <script>mermaid.initialize({startOnLoad:true});</script>
        </body>
        </html>

        """
    }

    /// Escapes text for HTML element content and for double- or single-quoted attribute values.
    static func escape(_ text: String) -> String {
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&#39;"
            default: escaped.append(character)
            }
        }
        return escaped
    }
}
