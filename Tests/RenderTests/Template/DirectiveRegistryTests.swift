import XCTest
@testable import Render

/// The registry's one list: each entry is the one `make` picks for its own arguments, and the usage lines
/// name every option the directive accepts.
final class DirectiveRegistryTests: XCTestCase {
    private func call(_ name: String, _ argument: String?) -> DirectiveCall {
        let here = SourceLocation(file: "t.md", line: 1, column: 1)
        return DirectiveCall(name: name, argument: argument, location: here, argumentLocation: here, options: [])
    }

    func testEachArgumentReachesItsOwnDirective() throws {
        let expected: [(String, String?, any Directive.Type)] = [
            ("gantt", "lock", LockGanttDirective.self), ("gantt", "convoy", ConvoyGanttDirective.self),
            ("gantt", "timeline.sliced", TimelineGanttDirective.self), ("gantt", "server.ioAsync", ServerGanttDirective.self),
            ("gantt", "cores.equal", CoreGanttDirective.self), ("gantt", "cpu.threads", GanttDirective.self),
            ("tasks", "gather", GatherTasksDirective.self), ("tasks", "io.async", TasksDirective.self),
            ("sweep", nil, SweepDirective.self), ("plot", "sweep", PlotDirective.self),
        ]
        for (name, argument, type) in expected {
            let made = try DirectiveRegistry.make(call(name, argument))
            XCTAssertTrue(Swift.type(of: made) == type, "\(name) \(argument ?? "") made \(Swift.type(of: made))")
        }
    }

    func testAnUnknownNameSuggestsTheNearestEntry() {
        XCTAssertThrowsError(try DirectiveRegistry.make(call("gant", "cpu.threads"))) { error in
            XCTAssertTrue("\(error)".contains("did you mean `gantt`?"), "\(error)")
        }
    }

    func testUsageNamesEveryEntryAndItsOptions() {
        XCTAssertEqual(DirectiveRegistry.usage.count, DirectiveRegistry.entries.count)
        XCTAssertEqual(DirectiveRegistry.names.count, Set(DirectiveRegistry.names).count)
        let server = DirectiveRegistry.usage.first { $0.hasPrefix("server ") } ?? ""
        for option in ["servers", "pythonWorkers", "slowest", "cpuDef"] {
            XCTAssertTrue(server.contains(option), server)
        }
    }
}
