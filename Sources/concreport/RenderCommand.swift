import ArgumentParser
import Results

struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Re-render saved measurements (results.json) without measuring again."
    )

    @Argument(help: ArgumentHelp("A results.json written by concreport.", valueName: "results.json"))
    var resultsPath: String

    @OptionGroup var post: PostOptions

    func run() throws {
        let results = try ResultsFile.load(path: resultsPath)
        try Publisher(options: post).publish(results)
    }
}
