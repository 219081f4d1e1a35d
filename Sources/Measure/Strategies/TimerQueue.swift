/// The event loop's pending sleeps, soonest first: a binary min-heap on (deadline, arrival order), so
/// sleeps with the same deadline wake in the order they began.
struct TimerQueue {
    struct Timer {
        var deadlineNanoseconds: Int64
        var order: UInt64
        var continuation: UnsafeContinuation<Void, Never>

        func fires(before other: Timer) -> Bool {
            (deadlineNanoseconds, order) < (other.deadlineNanoseconds, other.order)
        }
    }

    private var heap: [Timer] = []
    private var arrivals: UInt64 = 0

    var isEmpty: Bool { heap.isEmpty }
    var nextDeadlineNanoseconds: Int64? { heap.first?.deadlineNanoseconds }

    mutating func add(deadlineNanoseconds: Int64, _ continuation: UnsafeContinuation<Void, Never>) {
        heap.append(Timer(deadlineNanoseconds: deadlineNanoseconds, order: arrivals, continuation: continuation))
        arrivals += 1
        var child = heap.count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            guard heap[child].fires(before: heap[parent]) else { break }
            heap.swapAt(child, parent)
            child = parent
        }
    }

    /// Removes and returns every timer due at `now`, soonest first.
    mutating func popDue(now: Int64) -> [UnsafeContinuation<Void, Never>] {
        var due: [UnsafeContinuation<Void, Never>] = []
        while let first = heap.first, first.deadlineNanoseconds <= now {
            due.append(first.continuation)
            removeFirst()
        }
        return due
    }

    private mutating func removeFirst() {
        heap.swapAt(0, heap.count - 1)
        heap.removeLast()
        var parent = 0
        while true {
            let left = 2 * parent + 1, right = left + 1
            var soonest = parent
            if left < heap.count, heap[left].fires(before: heap[soonest]) { soonest = left }
            if right < heap.count, heap[right].fires(before: heap[soonest]) { soonest = right }
            guard soonest != parent else { return }
            heap.swapAt(parent, soonest)
            parent = soonest
        }
    }
}
