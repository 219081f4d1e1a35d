/// The CPU-bound work: an xorshift64 chain. Each step depends on the previous one, so the optimizer
/// cannot fold the loop to a closed form (it does fold a sum of squares), and the time
/// grows linearly with the iterations. It lives in WorkerKernel so the lean worker executable
/// (Sources/concreport-worker) and the in-process strategies run the very same machine code.
public enum CPUKernel {
    public static let name = "xorshift64 chain"
    /// Iterations between two calls of the chunk hook: a few microseconds of work, so a global-lock
    /// drop request is answered about as fast as CPython answers one between bytecodes.
    public static let chunkIterations = 2048

    /// Runs `iterations` steps, calling `afterChunk` every `chunkIterations` steps.
    @discardableResult
    public static func run(iterations: Int, afterChunk: () -> Void = {}) -> UInt64 {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        var remaining = iterations
        while remaining > 0 {
            let steps = min(remaining, chunkIterations)
            for _ in 0..<steps {
                state ^= state << 13
                state ^= state >> 7
                state ^= state << 17
            }
            remaining -= steps
            afterChunk()
        }
        sink(state)
        return state
    }

    /// Keeps the chain's result observable so the loop is never dead code.
    @inline(never) @_optimize(none)
    static func sink(_ value: UInt64) {
        _ = value
    }
}
