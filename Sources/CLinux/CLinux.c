#define _GNU_SOURCE
#include "CLinux.h"
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <sched.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

// A thread's id never changes, and tasks record it often (100 000 async sleepers): ask the kernel once.
// Safe with posix_spawn (the child starts a fresh image); a plain fork() child would inherit the cache.
int32_t clinux_gettid(void) {
    static __thread int32_t cached = 0;
    if (cached == 0) cached = (int32_t)syscall(SYS_gettid);
    return cached;
}

int32_t clinux_sched_getcpu(void) { return (int32_t)sched_getcpu(); }

int clinux_pin_current_thread(int32_t cpu) {
    return clinux_set_current_thread_affinity(&cpu, 1);
}

int clinux_set_current_thread_affinity(const int32_t *cpus, int32_t count) {
    cpu_set_t set;
    CPU_ZERO(&set);
    for (int32_t i = 0; i < count; i++) CPU_SET(cpus[i], &set);
    return pthread_setaffinity_np(pthread_self(), sizeof set, &set);
}

int32_t clinux_affinity_cpus(int32_t *cpus, int32_t capacity) {
    cpu_set_t set;
    CPU_ZERO(&set);
    if (sched_getaffinity(0, sizeof set, &set) != 0) return -errno;
    int32_t n = 0;
    for (int32_t cpu = 0; cpu < CPU_SETSIZE && n < capacity; cpu++) {
        if (CPU_ISSET(cpu, &set)) cpus[n++] = cpu;
    }
    return n;
}

static double seconds(struct timeval tv) { return (double)tv.tv_sec + (double)tv.tv_usec / 1e6; }

clinux_usage clinux_rusage(int32_t who) {
    struct rusage ru = {0};
    int target = who == 0 ? RUSAGE_THREAD : who == 1 ? RUSAGE_SELF : RUSAGE_CHILDREN;
    getrusage(target, &ru);
    clinux_usage usage = {seconds(ru.ru_utime), seconds(ru.ru_stime), ru.ru_nvcsw, ru.ru_nivcsw};
    return usage;
}

double clinux_thread_cpu_seconds(void) {
    struct timespec ts;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

int64_t clinux_monotonic_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000000000LL + ts.tv_nsec;
}

int64_t clinux_monotonic_resolution_ns(void) {
    struct timespec ts;
    clock_getres(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000000000LL + ts.tv_nsec;
}

int clinux_die_with_parent(void) {
    return prctl(PR_SET_PDEATHSIG, SIGKILL) == 0 ? 0 : errno;
}

int clinux_pipe_cloexec(int32_t fds[2]) {
    int raw[2];
    if (pipe2(raw, O_CLOEXEC) != 0) return errno;
    fds[0] = raw[0];
    fds[1] = raw[1];
    return 0;
}

int clinux_set_idle_policy(int32_t tid) {
    struct sched_param param = {0};
    return sched_setscheduler(tid, SCHED_IDLE, &param) == 0 ? 0 : errno;
}
