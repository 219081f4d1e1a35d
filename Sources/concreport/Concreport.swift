import ArgumentParser
import Foundation

@main
struct Concreport: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "concreport",
        abstract: "Measure concurrency vs parallelism on this machine and write the blog post from the numbers.",
        discussion: """
        Exit status: 0 success, 1 measuring failed, 2 bad usage or input.
        Progress goes to stderr; stdout carries only the report.
        `concreport measure --help` lists every measurement and output option.
        """,
        // The full line reads how this process is linked (/proc/self/maps), a millisecond every command
        // would pay for the configuration alone: only `--version` prints it.
        version: CommandLine.arguments.contains("--version") ? ThisBuild.versionLine : ThisBuild.version,
        subcommands: [MeasureCommand.self, RenderCommand.self, DiffCommand.self],
        defaultSubcommand: MeasureCommand.self
    )

    /// argument-parser exits 64 on usage errors and 1 on others; concreport promises 2 for bad usage or
    /// input and 1 for a failed measurement, so every error goes through `ExitStatus`.
    static func main() {
        let command: ParsableCommand
        do {
            command = try parseAsRoot()
        } catch {
            let code = exitCode(for: error)
            guard code == .success else {
                // argument-parser's own text starts "Error: "; every concreport error starts the same way.
                let full = fullMessage(for: error)
                Console.err("concreport: error: " + (full.hasPrefix("Error: ") ? String(full.dropFirst(7)) : full) + "\n")
                Foundation.exit(ExitStatus.badInput)
            }
            exit(withError: error)  // --help, --version
        }
        do {
            var command = command
            try command.run()
        } catch {
            // `--help` parses into a command whose run() throws the help request.
            if exitCode(for: error) == .success { exit(withError: error) }
            SignalGuard.yieldToHandlerIfInterrupted()
            Foundation.exit(ExitStatus.report(error))
        }
    }
}
