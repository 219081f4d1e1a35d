import CLinux
import Glibc
import WorkerKernel

// A worker for tests only: it speaks the processes strategy's protocol (WorkerWire) as concreport-worker
// does (Sources/WorkerKernel/WorkerLoop.swift), but when asked for the task named on its command line it
// fails as a real worker can:
//
//     concreport-faulty-worker kill <task>             SIGKILL itself
//     concreport-faulty-worker crash <task> <signal>   die of <signal>, its default action (a real crash)
//     concreport-faulty-worker exit <task> <status>    exit with <status> without answering
//     concreport-faulty-worker hang <task>             never answer
//
// Every other request is answered as concreport-worker answers it. Built with the tests and never
// shipped (scripts/dist.sh packs concreport and concreport-worker only); the tests start it through a
// small shell script, as the strategy passes its worker no arguments (Tests/MeasureTests/Support/WorkerBinary.swift).

enum Fault {
    case kill
    case crash(signal: Int32)
    case exit(status: Int32)
    case hang

    /// Ends the process (a hung worker never returns either).
    func strike() {
        switch self {
        case .kill:
            Glibc.kill(getpid(), SIGKILL)
        case let .crash(signo):
            // The default action, not the Swift runtime's crash handler: die as a real crash would.
            signal(signo, SIG_DFL)
            Glibc.kill(getpid(), signo)
        case let .exit(status):
            Glibc.exit(status)
        case .hang:
            while true { pause() }
        }
    }
}

func usage() -> Never {
    PipeIO.writeAll(2, Array("usage: concreport-faulty-worker kill|hang <task> | crash <task> <signal> | exit <task> <status>\n".utf8))
    exit(64)
}

let arguments = CommandLine.arguments.dropFirst().map { $0 }
guard arguments.count >= 2, let task = Int(arguments[1]) else { usage() }
let number = arguments.count == 3 ? Int32(arguments[2]) : nil
let fault: Fault
switch (arguments[0], arguments.count, number) {
case ("kill", 2, nil): fault = .kill
case ("hang", 2, nil): fault = .hang
case let ("crash", 3, signal?): fault = .crash(signal: signal)
case let ("exit", 3, status?): fault = .exit(status: status)
default: usage()
}

// As concreport-worker: it dies with the thread that spawned it.
_ = clinux_die_with_parent()
var input = LineReader(fileDescriptor: 0)
while let line = input.nextLine() {
    guard let request = WorkerWire.decodeRequest(line) else {
        PipeIO.writeAll(2, Array("concreport-faulty-worker: malformed request\n".utf8))
        exit(2)
    }
    if request.index == task { fault.strike() }
    guard PipeIO.writeAll(1, WorkerWire.encode(WorkerLoop.reply(to: request))) else { exit(1) }
}
exit(0)
