import Foundation

extension MermaidBrowser {
    static let resultsOpening = "<pre id=\"results\">"

    /// A page that renders every source in turn and writes one JSON outcome per source into
    /// `pre#results`. The JSON escapes `&`, `<`, `>` and non-ASCII so the dumped DOM holds it verbatim.
    func checkPage(for sources: [String]) throws -> String {
        let encoded = String(decoding: try JSONEncoder().encode(sources), as: UTF8.self)
        // `<` occurs only inside JSON strings, so this keeps `</script>` in a source from ending the tag.
        let sourcesJSON = encoded.replacingOccurrences(of: "<", with: "\\u003c")
        return """
            <!DOCTYPE html>
            <html><head><meta charset="utf-8">
            <script src="\(mermaidScript.absoluteString)"></script>
            </head><body>
            <script id="sources" type="application/json">\(sourcesJSON)</script>
            \(Self.resultsOpening)</pre>
            <script>
            (async () => {
              const sources = JSON.parse(document.getElementById("sources").textContent);
              mermaid.initialize({ startOnLoad: false });
              const outcomes = [];
              for (let i = 0; i < sources.length; i++) {
                try {
                  const { svg } = await mermaid.render("check" + i, sources[i]);
                  const holder = document.createElement("div");
                  holder.innerHTML = svg;
                  const bars = [...holder.querySelectorAll("rect")]
                    .filter(rect => (rect.getAttribute("class") || "").includes("task"));
                  const emptyBars = bars.filter(rect => !(parseFloat(rect.getAttribute("width")) > 0));
                  const labels = [...holder.querySelectorAll("text")]
                    .filter(text => (text.getAttribute("class") || "").includes("taskText"))
                    .map(text => text.textContent.trim());
                  const titleNode = holder.querySelector("text.titleText");
                  const isError = holder.querySelector('[aria-roledescription="error"]') !== null
                    || svg.includes("Syntax error");
                  outcomes.push({ error: isError ? "Mermaid drew an error diagram" : null,
                                  bars: bars.length, emptyBars: emptyBars.length, labels,
                                  title: titleNode ? titleNode.textContent : null });
                } catch (error) {
                  outcomes.push({ error: String((error && error.message) || error),
                                  bars: 0, emptyBars: 0, labels: [] });
                }
              }
              document.getElementById("results").textContent = JSON.stringify(outcomes)
                .replace(/[^\\x20-\\x7e]|[&<>]/g,
                         c => "\\\\u" + c.charCodeAt(0).toString(16).padStart(4, "0"));
            })();
            </script>
            </body></html>

            """
    }
}
