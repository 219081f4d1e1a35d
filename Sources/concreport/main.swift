import Foundation
import Measure
import Results

// Minimal entry until the real CLI lands: `concreport worker` serves the processes strategy;
// anything else runs a quick measurement and prints results.json.
if CommandLine.arguments.count > 1, CommandLine.arguments[1] == "worker" {
    exit(WorkerCommand.run())
}

let quick = !CommandLine.arguments.contains("--full")
let runner = Runner(settings: .seed(quick: quick), workerExecutable: "/proc/self/exe") { line in
    FileHandle.standardError.write(Data((line + "\n").utf8))
}
do {
    let results = try runner.run()
    FileHandle.standardOutput.write(try ResultsFile.encode(results))
} catch {
    FileHandle.standardError.write(Data("concreport: \(error)\n".utf8))
    exit(1)
}
