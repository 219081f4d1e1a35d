import ArgumentParser
import Foundation
import Measure
import Render
import Results

/// A problem the CLI itself found in what the user asked for.
struct UsageError: Error, CustomStringConvertible {
    let description: String
}

/// Maps every failure to concreport's exit statuses and prints it on stderr.
enum ExitStatus {
    static let failure: Int32 = 1
    static let badInput: Int32 = 2

    static func report(_ error: Error) -> Int32 {
        switch error {
        case let exit as ExitCode:
            return exit.rawValue
        case let error as MeasureError:
            printError("measuring failed: \(error)")
            return failure
        case let error as PythonBenchmarkError:
            printError("the CPython comparison failed: \(error)")
            return failure
        case is TemplateError, is ResultsError, is UsageError, is ValidationError:
            printError("\(error)")
            return badInput
        case let error as WriteError:
            printError("\(error)")
            return failure
        case let error as CocoaError:
            printError("\(error.localizedDescription)")
            return badInput
        default:
            printError("\(error)")
            return failure
        }
    }

    static func printError(_ message: String) {
        Console.err("concreport: error: \(message)\n")
    }
}
