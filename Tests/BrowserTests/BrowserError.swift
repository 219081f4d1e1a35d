/// Why a browser check could not produce an answer (as opposed to Mermaid reporting an error).
enum BrowserError: Error, CustomStringConvertible {
    case unavailable(String)
    case timedOut(page: String)
    case chromiumFailed(status: Int32, log: String)
    case noResults(page: String)

    var description: String {
        switch self {
        case .unavailable(let reason):
            "\(reason) (CI is set, so this fails instead of skipping)"
        case .timedOut(let page):
            "Chromium did not finish \(page) in time"
        case .chromiumFailed(let status, let log):
            "Chromium exited with status \(status):\n\(log)"
        case .noResults(let page):
            "the check page \(page) wrote no results: mermaid.min.js did not load or threw before rendering"
        }
    }
}
