#ifndef CLINUX_H
#define CLINUX_H
#include <stdint.h>
#include <sys/types.h>

/// Plain wrappers for the GNU calls Glibc hides from Swift.
int32_t clinux_gettid(void);
int32_t clinux_sched_getcpu(void);
/// Pins the calling thread to one CPU; returns 0 or errno.
int clinux_pin_current_thread(int32_t cpu);
/// Restricts the calling thread to the given CPUs; returns 0 or errno.
int clinux_set_current_thread_affinity(const int32_t *cpus, int32_t count);
/// Writes the CPUs of the process's affinity set into `cpus`, returns how many (or -errno).
int32_t clinux_affinity_cpus(int32_t *cpus, int32_t capacity);

typedef struct {
    double user_seconds;
    double system_seconds;
    int64_t voluntary_switches;
    int64_t involuntary_switches;
} clinux_usage;

/// who: 0 = this thread, 1 = this process, 2 = reaped children.
clinux_usage clinux_rusage(int32_t who);
/// CPU time of the calling thread (CLOCK_THREAD_CPUTIME_ID), seconds.
double clinux_thread_cpu_seconds(void);
/// CLOCK_MONOTONIC in nanoseconds: comparable across processes on one machine.
int64_t clinux_monotonic_ns(void);
/// Resolution of CLOCK_MONOTONIC in nanoseconds.
int64_t clinux_monotonic_resolution_ns(void);

/// Asks the kernel to SIGKILL the calling process when its parent exits; returns 0 or errno.
int clinux_die_with_parent(void);

/// Puts a thread (its kernel id; 0: the calling thread) under SCHED_IDLE, so any ordinary thread that wakes
/// takes its core at once; returns 0 or errno. Lowering a policy needs no privilege.
int clinux_set_idle_policy(int32_t tid);

/// A pipe whose two ends are close-on-exec from the start (pipe2 with O_CLOEXEC); returns 0 or errno.
int clinux_pipe_cloexec(int32_t fds[2]);

#endif
