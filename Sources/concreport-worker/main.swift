import Glibc
import WorkerKernel

// The processes strategy's worker: Glibc and WorkerKernel only, no Foundation and no argument parser, so
// a worker starts in about a millisecond (docs/architecture.md). concreport finds it beside its own
// executable (Sources/Measure/Strategies/WorkerExecutable.swift).
exit(WorkerLoop.run())
