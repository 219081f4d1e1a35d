extension HTMLPage {
    /// Readable defaults; wide tables scroll sideways instead of widening the page on phones.
    static let stylesheet = """
        :root { color-scheme: light; }
        body { margin: 0; background: #fff; color: #1f2328;
          font: 17px/1.7 -apple-system, BlinkMacSystemFont, "Segoe UI", "Noto Sans KR", "Apple SD Gothic Neo",
            "Malgun Gothic", Helvetica, Arial, sans-serif;
          word-break: keep-all; overflow-wrap: break-word; }
        main { max-width: 50rem; margin: 0 auto; padding: 1.5rem 1.25rem 4rem; }
        h1, h2, h3, h4 { line-height: 1.3; margin: 2em 0 0.6em; }
        h1 { font-size: 2rem; margin-top: 0.5em; }
        h2 { font-size: 1.5rem; border-bottom: 1px solid #d1d9e0; padding-bottom: 0.3em; }
        h3 { font-size: 1.25rem; }
        a { color: #0969da; }
        blockquote { margin: 1em 0; padding: 0.2em 1em; color: #59636e; border-left: 4px solid #d1d9e0; }
        hr { border: 0; border-top: 1px solid #d1d9e0; margin: 2em 0; }
        img { max-width: 100%; }
        code { font: 0.88em/1.5 ui-monospace, SFMono-Regular, Menlo, Consolas, "D2Coding", monospace;
          background: #eff2f5; border-radius: 4px; padding: 0.15em 0.35em; }
        pre { background: #f6f8fa; border: 1px solid #d1d9e0; border-radius: 6px; padding: 0.9em 1em;
          overflow-x: auto; line-height: 1.45; }
        pre code { background: none; padding: 0; font-size: 0.85em; }
        pre.mermaid { background: #fff; text-align: center; }
        table { display: block; max-width: 100%; width: max-content; overflow-x: auto;
          border-collapse: collapse; margin: 1em 0; font-size: 0.92em; font-variant-numeric: tabular-nums; }
        th, td { border: 1px solid #d1d9e0; padding: 0.4em 0.8em; }
        th { background: #f6f8fa; font-weight: 600; white-space: nowrap; }
        td:first-child { white-space: nowrap; }
        tbody tr:nth-child(2n) { background: #f6f8fa; }

        """
}
