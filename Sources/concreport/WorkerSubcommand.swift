import ArgumentParser
import Measure

/// The processes strategy re-executes this binary as a worker; not for people.
struct WorkerSubcommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "worker",
        abstract: "Run measurement tasks sent on stdin (used internally by the processes strategy).",
        shouldDisplay: false
    )

    func run() throws {
        let status = WorkerCommand.run()
        if status != 0 { throw ExitCode(status) }
    }
}
