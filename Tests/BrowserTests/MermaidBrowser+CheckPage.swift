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
              // A blog's content column: Gantt charts take their width from their container.
              const stage = document.createElement("div");
              stage.style.width = "750px";
              document.body.appendChild(stage);
              const outcomes = [];
              for (let i = 0; i < sources.length; i++) {
                try {
                  const { svg } = await mermaid.render("check" + i, sources[i], stage);
                  const holder = document.createElement("div");
                  holder.innerHTML = svg;
                  stage.appendChild(holder);
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
                                  title: titleNode ? titleNode.textContent : null,
                                  overlaps: overlapsIn(holder, bars),
                                  plotBars: holder.querySelectorAll("g.plot g[class^='bar-plot'] rect").length,
                                  linePoints: [...holder.querySelectorAll("g.plot g[class^='line-plot'] path")]
                                    .map(path => ((path.getAttribute("d") || "").match(/[ML]/g) || []).length),
                                  categories: [...holder.querySelectorAll("g.bottom-axis g.label text, g.left-axis g.label text")]
                                    .map(text => text.textContent.trim()) });
                  stage.removeChild(holder);
                } catch (error) {
                  outcomes.push({ error: String((error && error.message) || error),
                                  bars: 0, emptyBars: 0, labels: [] });
                }
              }
              // Every drawn text (labels, lane names, ticks, titles) against every other, and each against
              // the bars it does not belong to: a label spilling out of its bar is caught either way.
              function overlapsIn(holder, bars) {
                const slack = 0.5;
                const texts = [...holder.querySelectorAll("text")]
                  .filter(text => text.textContent.trim() !== "" && text.getBBox().width > 0)
                  .map(text => ({ name: text.textContent.trim(), id: text.id || "", box: text.getBoundingClientRect() }));
                const rects = bars.map(rect => ({ id: rect.id || "", box: rect.getBoundingClientRect() }));
                const hit = (a, b) => a.left + slack < b.right && b.left + slack < a.right
                  && a.top + slack < b.bottom && b.top + slack < a.bottom;
                const found = [];
                for (let a = 0; a < texts.length; a++) {
                  for (let b = a + 1; b < texts.length; b++) {
                    if (hit(texts[a].box, texts[b].box)) found.push(texts[a].name + " / " + texts[b].name);
                  }
                  for (const rect of rects) {
                    if (texts[a].id === rect.id + "-text") continue;
                    if (hit(texts[a].box, rect.box)) found.push(texts[a].name + " / bar " + rect.id);
                  }
                }
                return found;
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
