/// What a process that measures sets up first, before any thread of its own or of Foundation and Dispatch
/// exists: `concreport` and `concreport-bench` call it at the top of `main`, so both measure alike.
public enum MeasuringProcess {
    public static func prepare() {
        // Every thread allocates from one malloc arena (`Linux.useOneMallocArena`); set later, threads
        // started before it keep arenas of their own, which new threads then share.
        Linux.useOneMallocArena()
    }
}
