// SPDX-License-Identifier: GPL-2.0
/*
 * lwbench: the workbench's benchmark of the TLB sync and of its walkers
 * (not part of the series).  It runs in the test guest and on real hosts.
 *
 *   lwbench collapse [-n N] [-c CPU] [-w K [-i|-u|-U]] [-W K2] [-e EXPECT] [-q]
 *   lwbench unshare  [-n N] [-c CPU] [-w K [-i|-u|-U]] [-W K2] [-s S] [-e EXPECT] [-q]
 *   lwbench exit     [-n N] [-c CPU] [-w K [-B]] [-s S] [-e EXPECT] [-q]
 *   lwbench gup      [-c CPU] [-p PAGES] [-j THREADS] [-m MB] [-r REPS] [-q]
 *
 * collapse: N MADV_COLLAPSE of freshly populated 2 MiB ranges, on CPU c;
 *	each syncs once (collapse_huge_page()).
 * unshare: N hugetlb PMD-table unshares, on CPU c.  A holder process maps
 *	a 1 GiB hugetlb file over a PUD-aligned range (MAP_SHARED, so that
 *	its PMD table can be shared) and faults in the first huge page.  Per
 *	operation the caller maps the same file the same way, faults the page
 *	in, which shares the holder's PMD table (huge_pmd_share()), and
 *	munmap()s it: that unshares the table, whose only user is then the
 *	holder, so tlb_flush_unshared_tables() syncs.  -s S: S sharers in
 *	all, S - 1 holder processes (default 2); with 3 or more the unshare
 *	leaves the table shared, and the base kernel does not sync.
 * exit: N exits of processes that share the holders' PMD table, as in the
 *	fork/exit pattern of the report behind commit 8ce720d5bd91.  Per
 *	operation the caller forks a process, pinned to CPU c, that maps
 *	the hugetlb file as unshare does (sharing the holders' table; -s S:
 *	S sharers in all, default 2), faults the page in, runs its -w
 *	walkers (below) and exits without unmapping it: exit_mmap() unshares
 *	the table at the teardown of its mm, on CPU c (the process waits
 *	until its other threads are gone, so that its own exit drops the
 *	last user).  With S = 2 that leaves the table to its one holder and
 *	the base kernel broadcasts; with S >= 3 it stays shared and the base
 *	kernel does not sync.  The series skips the sync at a full-mm
 *	teardown (no walker of a dead mm is left), however many CPUs are
 *	still set in the mm's walker mask.  The time of an operation is
 *	exit-to-reap: from just before the process's _exit() (its walkers
 *	already gone) to the return of the caller's waitpid(), which comes
 *	after exit_mmap().
 * gup: the cost of a GUP-fast call.  J threads on CPUs c..c+J-1, each over
 *	a populated buffer of its own (MB MiB of small pages), call gup_test's
 *	PIN_FAST_BENCHMARK ioctl once per repetition, in step, with PAGES
 *	pages per pin_user_pages_fast() call; per repetition the result is
 *	the kernel-measured time per call, averaged over all threads' calls.
 *
 * collapse, unshare and exit count, per target CPU, the cross-CPU calls of the
 * sync's IPI handler tlb_remove_table_smp_sync from the csd:csd_queue_cpu
 * trace event, which names the function (ipi:ipi_send_cpu{,mask} only name
 * the generic IPI handler), and apart from them those of RCU's expedited
 * grace periods (rcu_exp_handler: the IPIs of synchronize_rcu_expedited(),
 * whoever calls it), cross-check them with the "CAL" row of
 * /proc/interrupts (which also counts unrelated function-call IPIs) and time
 * each operation: the madvise(), the munmap() or the exit (exit-to-reap),
 * CLOCK_MONOTONIC.
 *
 * -w K:  K GUP-fast walker threads of this process, on CPUs c+1..c+K, run
 *	  PIN_FAST_BENCHMARK in a loop over buffers of their own; in exit,
 *	  K walker threads of each exiting process, on the same CPUs, that
 *	  walk once (one PIN_FAST_BENCHMARK call over 64 pages of their
 *	  own) and exit, after which the process sleeps 100 ms so that
 *	  their CPUs go idle: the exit finds their bits set in the mm's
 *	  walker mask (lazy registration), their CPUs idle;
 * -B:    (exit) the -w walkers walk in a loop (the same calls) until the
 *	  process is about to exit, at least once each, then stop and
 *	  exit, and the process exits as soon as they are gone: the exit
 *	  comes microseconds after their last walk, before their CPUs need
 *	  be idle.  A thread cannot walk its mm during the teardown itself:
 *	  that starts only once every thread of the mm is gone;
 * -W K2: K2 such walkers in another (forked) process, on CPUs
 *	  c+K+1..c+K+K2: CPUs busy walking another mm ("isolation"); in
 *	  unshare that process is one of the sharers (the last to map);
 * -i:    the -w walkers make one PIN_FAST_BENCHMARK call each and then
 *	  block until the end, so that their CPUs are idle during the syncs
 *	  (an RCU extended quiescent state, which the series' sync skips);
 * -u:    the -w walkers make one PIN_FAST_BENCHMARK call each and then
 *	  spin in user space until the end: on nohz_full CPUs, user mode is
 *	  an extended quiescent state too;
 * -U:    the -w walkers make one PIN_FAST_BENCHMARK call each before every
 *	  operation and spin in user space in between: one at the start,
 *	  then, after each operation but the last, the caller starts a new
 *	  generation and waits (up to START_USEC, else the test fails) until
 *	  every walker has made its call for it and is back in user space,
 *	  before the next operation.  So each sync finds every walker's CPU
 *	  registered by a walk since the previous sync, with the walker in
 *	  user mode (on nohz_full CPUs an extended quiescent state): N calls
 *	  per walker;
 * -e broadcast: every other online CPU must get at least 9/10 of N sync
 *		 IPIs (a migration or a sync from elsewhere may shift one);
 * -e targeted:  no CPU but those of this process's walkers may get any (so
 *		 the other process's walkers must get none; exit: those of
 *		 the exiting process);
 * -e walkers: every CPU of this process's -w walkers must get at least
 *		 9/10 of N sync IPIs, and no other CPU any: with -U on CPUs
 *		 that are not nohz_full, each sync finds every walker's CPU
 *		 set in the mask by a walk since the previous sync and not in
 *		 an extended quiescent state, so a lazily registering sync
 *		 must interrupt it (and the probe must see that it did);
 * -e none:	 no CPU may get any (exit on the series: the teardown skips
 *		 the sync);
 * -e any:	 only report.
 * -q: no per-operation lines.
 *
 * Output is KTAP; the host parses the "# result:" line (key=value fields;
 * lat_all lists every operation's latency in ns, in the order run).
 * Needs root; tracefs (/sys/kernel/tracing or /sys/kernel/debug/tracing)
 * with the csd events; debugfs with CONFIG_GUP_TEST for walkers and gup;
 * THP for collapse; for unshare and exit hugetlbfs with PMD sharing
 * (CONFIG_HUGETLB_PMD_PAGE_TABLE_SHARING), default huge pages of PMD size
 * and one free huge page (vm.nr_hugepages is raised if needed, and
 * restored).
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <sched.h>
#include <signal.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/mount.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>

#include "mm/gup_test.h"

#ifndef MADV_COLLAPSE
#define MADV_COLLAPSE		25
#endif
#ifndef MFD_HUGETLB
#define MFD_HUGETLB		0x0004U
#endif
#ifndef MAP_FIXED_NOREPLACE
#define MAP_FIXED_NOREPLACE	0x100000
#endif

#define ARRAY_SIZE(a)		(sizeof(a) / sizeof((a)[0]))
#define MAXCPU			1024
#define PMD_SIZE		(2UL << 20)
#define HANDLER			"tlb_remove_table_smp_sync"
#define EXP_HANDLER		"rcu_exp_handler"
#define MAX_SHARERS		16
#define CSD_EVENT		"events/csd/csd_queue_cpu"
#define GUP_TEST_FILE		"/sys/kernel/debug/gup_test"
#define HUGE_MNT		"/tmp/lwb-huge"
/* Free huge pages the unshare scenario needs: the holder's one. */
#define HUGE_NEED		1
#define HUGE_PATTERN		0x6c77622d68756765ULL
/*
 * A walker pins its own 8 MiB of small pages, 64 per call, in a loop; an
 * exiting process's walkers (exit) only WALK_PAGES pages, one call per
 * PIN_FAST_BENCHMARK: a walk registers the CPU however long, and each
 * exit populates new buffers.
 */
#define WALK_SIZE		(8UL << 20)
#define WALK_PAGES		64
/* How long walkers may take to make their first call (TCG is slow). */
#define START_USEC		30000000ULL
/* exit: how long the walkers' CPUs get to go idle before the exit. */
#define EXIT_IDLE_USEC		100000

static const char *test_name = "lwbench";
static unsigned long page_size;

static long cal[MAXCPU], sync_ipis[MAXCPU], exp_ipis[MAXCPU];

static int ktap_fail(const char *fmt, ...)
{
	va_list ap;

	printf("not ok 1 %s # ", test_name);
	va_start(ap, fmt);
	vprintf(fmt, ap);
	va_end(ap);
	printf("\n");
	return 1;
}

static int ktap_skip(const char *fmt, ...)
{
	va_list ap;

	printf("ok 1 %s # SKIP ", test_name);
	va_start(ap, fmt);
	vprintf(fmt, ap);
	va_end(ap);
	printf("\n");
	return 4;
}

static unsigned long long now_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1000000000ULL + ts.tv_nsec;
}

static int write_file(const char *path, const char *s)
{
	int fd = open(path, O_WRONLY | O_TRUNC);
	int ok;

	if (fd < 0)
		return -1;
	ok = write(fd, s, strlen(s)) == (ssize_t)strlen(s);
	close(fd);
	return ok ? 0 : -1;
}

static long read_long(const char *path)
{
	char buf[64];
	ssize_t n;
	int fd;

	fd = open(path, O_RDONLY);
	if (fd < 0)
		return -1;
	n = read(fd, buf, sizeof(buf) - 1);
	close(fd);
	if (n <= 0)
		return -1;
	buf[n] = '\0';
	return strtol(buf, NULL, 10);
}

/* A /proc/meminfo value ("HugePages_Free", "Hugepagesize" in kB), or -1. */
static long meminfo_value(const char *key)
{
	size_t len = strlen(key);
	char line[256];
	long val = -1;
	FILE *f;

	f = fopen("/proc/meminfo", "r");
	if (!f)
		return -1;
	while (fgets(line, sizeof(line), f)) {
		if (!strncmp(line, key, len) && line[len] == ':') {
			val = strtol(line + len + 1, NULL, 10);
			break;
		}
	}
	fclose(f);
	return val;
}

static int pin_to(int cpu)
{
	cpu_set_t set;

	if (cpu < 0 || cpu >= MAXCPU)
		return -EINVAL;
	CPU_ZERO(&set);
	CPU_SET(cpu, &set);
	return sched_setaffinity(0, sizeof(set), &set) ? -errno : 0;
}

/*
 * Worker threads, each pinned to a CPU of its own: the GUP-fast walkers of
 * collapse and unshare (run until stopped) and the threads of gup.
 */
struct crew;

struct worker {
	pthread_t thread;
	struct crew *crew;
	int idx;
	int cpu;
	long calls;		/* __atomic */
	long gen;		/* -U: the generation it last walked for, __atomic */
	int err;		/* errno of a failure, __atomic */
	int tid;		/* exit: its thread id, __atomic */
};

struct crew {
	int nr;			/* threads asked for */
	int started;
	int stop;		/* __atomic */
	long gate;		/* arrivals at gate_pass(), __atomic */
	long gen;		/* -U: walk generation, set by crew_step(), __atomic */
	void *arg;
	struct worker *w;
};

static void worker_fail(struct worker *w, int err)
{
	__atomic_store_n(&w->err, err ? err : EIO, __ATOMIC_RELAXED);
}

static bool crew_stopping(struct crew *c)
{
	return __atomic_load_n(&c->stop, __ATOMIC_RELAXED);
}

/*
 * Wait until every thread of the crew has arrived at its @gen-th gate (from
 * 1): keeps the threads of gup in step.  Fails when the crew is stopped.
 */
static int gate_pass(struct worker *w, long gen)
{
	struct crew *c = w->crew;

	__atomic_add_fetch(&c->gate, 1, __ATOMIC_ACQ_REL);
	while (__atomic_load_n(&c->gate, __ATOMIC_ACQUIRE) < gen * c->nr) {
		if (crew_stopping(c))
			return -1;
		sched_yield();
	}
	return 0;
}

/* Joins the threads: their calls in all, or -errno of a failed one. */
static long crew_join(struct crew *c)
{
	long calls = 0;
	int i, err = 0;

	for (i = 0; i < c->started; i++) {
		pthread_join(c->w[i].thread, NULL);
		calls += c->w[i].calls;
		if (c->w[i].err && !err)
			err = c->w[i].err;
	}
	free(c->w);
	c->w = NULL;
	c->started = 0;
	return err ? -err : calls;
}

static long crew_stop(struct crew *c)
{
	__atomic_store_n(&c->stop, 1, __ATOMIC_RELAXED);
	return crew_join(c);
}

/* Starts @nr threads of @fn on CPUs @first_cpu.. (one each). */
static int crew_start(struct crew *c, int nr, int first_cpu,
		      void *(*fn)(void *), void *arg)
{
	pthread_attr_t attr;
	cpu_set_t set;
	int i, ret = 0;

	memset(c, 0, sizeof(*c));
	c->nr = nr;
	c->arg = arg;
	c->w = calloc(nr > 0 ? nr : 1, sizeof(*c->w));
	if (!c->w)
		return -ENOMEM;
	for (i = 0; i < nr && !ret; i++) {
		struct worker *w = &c->w[i];

		w->crew = c;
		w->idx = i;
		w->cpu = first_cpu + i;
		if (w->cpu < 0 || w->cpu >= MAXCPU) {
			ret = -EINVAL;
			break;
		}
		CPU_ZERO(&set);
		CPU_SET(w->cpu, &set);
		pthread_attr_init(&attr);
		ret = -pthread_attr_setaffinity_np(&attr, sizeof(set), &set);
		if (!ret)
			ret = -pthread_create(&w->thread, &attr, fn, w);
		/*
		 * EINVAL: the CPU is offline.  The hotplug tests take one
		 * offline and back in a loop: wait for it, up to a second.
		 */
		for (int tries = 0; ret == -EINVAL && tries < 1000; tries++) {
			usleep(1000);
			ret = -pthread_create(&w->thread, &attr, fn, w);
		}
		pthread_attr_destroy(&attr);
		if (!ret)
			c->started++;
	}
	if (ret)
		crew_stop(c);
	return ret;
}

/* Waits until every thread has made a call (or failed). */
static int crew_wait(struct crew *c)
{
	unsigned long long deadline = now_ns() + START_USEC * 1000;
	int i, err;

	for (i = 0; i < c->started; i++) {
		while (!__atomic_load_n(&c->w[i].calls, __ATOMIC_RELAXED)) {
			err = __atomic_load_n(&c->w[i].err, __ATOMIC_RELAXED);
			if (err)
				return -err;
			if (now_ns() > deadline)
				return -ETIMEDOUT;
			usleep(1000);
		}
	}
	return 0;
}

/*
 * -U: starts generation @gen of the walkers' calls and waits until each
 * walker has made its call for it and is back in user space (or failed):
 * a walker publishes the generation after its ioctl() returns.
 */
static int crew_step(struct crew *c, long gen)
{
	unsigned long long deadline = now_ns() + START_USEC * 1000;
	int i, err;

	__atomic_store_n(&c->gen, gen, __ATOMIC_RELEASE);
	for (i = 0; i < c->started; i++) {
		while (__atomic_load_n(&c->w[i].gen, __ATOMIC_ACQUIRE) < gen) {
			err = __atomic_load_n(&c->w[i].err, __ATOMIC_RELAXED);
			if (err)
				return -err;
			if (now_ns() > deadline)
				return -ETIMEDOUT;
			usleep(100);
		}
	}
	return 0;
}

/*
 * A buffer of small pages to pin, with the gup_test file to pin it by.
 * Populated by writing it after MADV_NOHUGEPAGE (MAP_POPULATE would fault
 * in THPs first where THP is "always"); small pages also give khugepaged
 * nothing to do.
 */
struct pin_buf {
	int fd;
	char *buf;
	size_t size;
};

static int pin_buf_open(struct pin_buf *pb, size_t size)
{
	int err;

	pb->size = size;
	pb->buf = MAP_FAILED;
	pb->fd = open(GUP_TEST_FILE, O_RDWR);
	if (pb->fd < 0)
		return -errno;
	pb->buf = mmap(NULL, size, PROT_READ | PROT_WRITE,
		       MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (pb->buf == MAP_FAILED) {
		err = errno;
		close(pb->fd);
		pb->fd = -1;
		return -err;
	}
	madvise(pb->buf, size, MADV_NOHUGEPAGE);
	memset(pb->buf, 1, size);
	return 0;
}

static void pin_buf_close(struct pin_buf *pb)
{
	if (pb->buf != MAP_FAILED)
		munmap(pb->buf, pb->size);
	if (pb->fd >= 0)
		close(pb->fd);
}

/* One PIN_FAST_BENCHMARK over the whole buffer, @pages per call. */
static int pin_fast(struct pin_buf *pb, int pages, struct gup_test *gup)
{
	memset(gup, 0, sizeof(*gup));
	gup->addr = (uintptr_t)pb->buf;
	gup->size = pb->size;
	gup->nr_pages_per_call = pages;
	if (ioctl(pb->fd, PIN_FAST_BENCHMARK, gup))
		return -errno;
	return gup->size == pb->size ? 0 : -EFAULT;
}

/* The size of a walker's buffer: its crew's argument, else WALK_SIZE. */
static size_t walk_size(struct worker *w)
{
	const size_t *size = w->crew->arg;

	return size ? *size : WALK_SIZE;
}

/* A GUP-fast walker: PIN_FAST_BENCHMARK over its own buffer, in a loop. */
static void *walker(void *arg)
{
	struct worker *w = arg;
	struct gup_test gup;
	struct pin_buf pb;
	int err;

	__atomic_store_n(&w->tid, (int)syscall(SYS_gettid), __ATOMIC_RELAXED);
	err = pin_buf_open(&pb, walk_size(w));
	while (!err && !crew_stopping(w->crew)) {
		err = pin_fast(&pb, WALK_PAGES, &gup);
		if (!err)
			__atomic_add_fetch(&w->calls, 1, __ATOMIC_RELAXED);
	}
	if (err)
		worker_fail(w, -err);
	pin_buf_close(&pb);
	return NULL;
}

/*
 * Idle walkers block on this pipe until run_sync() closes its write end:
 * no timer wakes their CPUs while the syncs run.
 */
static int idle_pipe[2] = { -1, -1 };

/* One PIN_FAST_BENCHMARK over a buffer of its own (-i, -u, -U): 0 or -errno. */
static int walk_once(struct worker *w, struct pin_buf *pb)
{
	struct gup_test gup;
	int err;

	err = pin_buf_open(pb, walk_size(w));
	if (!err)
		err = pin_fast(pb, WALK_PAGES, &gup);
	if (err)
		worker_fail(w, -err);
	else
		__atomic_add_fetch(&w->calls, 1, __ATOMIC_RELAXED);
	return err;
}

/* A walker that walks once, then blocks: its CPU goes idle. */
static void *idle_walker(void *arg)
{
	struct worker *w = arg;
	struct pin_buf pb;
	char c;

	walk_once(w, &pb);
	/* EOF once the write end is closed; EINTR: block again. */
	while (read(idle_pipe[0], &c, 1) < 0 && errno == EINTR)
		;
	pin_buf_close(&pb);
	return NULL;
}

/* exit: a walker that walks once, then exits: its CPU goes idle. */
static void *once_walker(void *arg)
{
	struct worker *w = arg;
	struct pin_buf pb;

	__atomic_store_n(&w->tid, (int)syscall(SYS_gettid), __ATOMIC_RELAXED);
	walk_once(w, &pb);
	pin_buf_close(&pb);
	return NULL;
}

/* A walker that walks once, then spins in user space until stopped. */
static void *spin_walker(void *arg)
{
	struct worker *w = arg;
	struct pin_buf pb;
	int err;

	err = walk_once(w, &pb);
	while (!err && !crew_stopping(w->crew))
		;
	pin_buf_close(&pb);
	return NULL;
}

/*
 * A walker that walks once before each operation (-U): once at the start,
 * then once for each generation that run_sync() starts, spinning in user
 * space in between, until stopped.
 */
static void *rewalk_walker(void *arg)
{
	struct worker *w = arg;
	struct crew *c = w->crew;
	struct gup_test gup;
	struct pin_buf pb;
	long gen, done = 0;
	int err;

	err = walk_once(w, &pb);
	while (!err && !crew_stopping(c)) {
		gen = __atomic_load_n(&c->gen, __ATOMIC_ACQUIRE);
		if (gen == done)
			continue;
		err = pin_fast(&pb, WALK_PAGES, &gup);
		if (err) {
			worker_fail(w, -err);
			break;
		}
		__atomic_add_fetch(&w->calls, 1, __ATOMIC_RELAXED);
		done = gen;
		/* Back from the ioctl(): in user space again. */
		__atomic_store_n(&w->gen, gen, __ATOMIC_RELEASE);
	}
	pin_buf_close(&pb);
	return NULL;
}

/*
 * Forked helper processes (the hugetlb holder, the other process's
 * walkers): setup() runs in the child, which reports its result and, if it
 * succeeded, waits until child_stop() and reports finish()'s.
 */
struct child {
	pid_t pid;
	int ctl;		/* closed by child_stop(): "finish" */
	int res;		/* the child's reports */
};

/* The parent's ends of the children's pipes, which later children close. */
static int child_fds[2 * (MAX_SHARERS + 2)], nr_child_fds;

static int child_start(struct child *ch, long (*setup)(void *),
		       long (*finish)(void *), void *arg)
{
	int ctl[2], res[2], i;
	long r;
	char c;

	if (nr_child_fds + 2 > (int)ARRAY_SIZE(child_fds))
		return -EMFILE;
	if (pipe(ctl))
		return -errno;
	if (pipe(res)) {
		r = -errno;
		close(ctl[0]);
		close(ctl[1]);
		return r;
	}
	fflush(stdout);
	fflush(stderr);
	ch->pid = fork();
	if (ch->pid < 0) {
		r = -errno;
		close(ctl[0]);
		close(ctl[1]);
		close(res[0]);
		close(res[1]);
		return r;
	}
	if (!ch->pid) {
		prctl(PR_SET_PDEATHSIG, SIGKILL);
		for (i = 0; i < nr_child_fds; i++)
			close(child_fds[i]);
		close(ctl[1]);
		close(res[0]);
		r = setup(arg);
		if (write(res[1], &r, sizeof(r)) != sizeof(r) || r < 0)
			_exit(1);
		/* EOF when the parent closes its end (or dies). */
		while (read(ctl[0], &c, 1) > 0)
			;
		r = finish(arg);
		if (write(res[1], &r, sizeof(r)) != sizeof(r))
			_exit(1);
		_exit(r < 0);
	}
	close(ctl[0]);
	close(res[1]);
	ch->ctl = ctl[1];
	ch->res = res[0];
	child_fds[nr_child_fds++] = ch->ctl;
	child_fds[nr_child_fds++] = ch->res;
	if (read(ch->res, &r, sizeof(r)) != sizeof(r))
		r = -ECHILD;
	if (r < 0) {
		kill(ch->pid, SIGKILL);
		close(ch->ctl);
		close(ch->res);
		waitpid(ch->pid, NULL, 0);
		nr_child_fds -= 2;
		ch->pid = 0;
		return r;
	}
	return 0;
}

/* finish()'s result, or -ECHILD if the child did not report one. */
static long child_stop(struct child *ch)
{
	long r;

	if (ch->pid <= 0)
		return 0;
	close(ch->ctl);
	if (read(ch->res, &r, sizeof(r)) != sizeof(r))
		r = -ECHILD;
	close(ch->res);
	waitpid(ch->pid, NULL, 0);
	ch->pid = 0;
	return r;
}

struct huge;
static long holder_setup(void *arg);
static int huge_check(struct huge *h);

/*
 * The other process: K2 walkers of its own mm.  In unshare it is also one
 * of the sharers of the PMD table (@h), so that its walkers are those of
 * another sharer.
 */
struct other {
	struct crew crew;
	int nr;
	int first_cpu;
	struct huge *h;
};

static long other_setup(void *arg)
{
	struct other *o = arg;
	int ret = 0;

	if (o->h)
		ret = holder_setup(o->h);
	if (!ret)
		ret = crew_start(&o->crew, o->nr, o->first_cpu, walker, NULL);
	if (!ret)
		ret = crew_wait(&o->crew);
	if (ret && o->crew.w)
		crew_stop(&o->crew);
	return ret;
}

static long other_finish(void *arg)
{
	struct other *o = arg;
	long calls = crew_stop(&o->crew);
	int ret = o->h ? huge_check(o->h) : 0;

	return calls < 0 ? calls : ret ? ret : calls;
}

/* The tracefs directory with the csd events, or NULL. */
static const char *tracefs;
/* Events lost before this run (the per-CPU counts only grow). */
static long lost_before;

static long trace_overruns(int ncpus);

static int trace_write(const char *rel, const char *s)
{
	char path[256];

	snprintf(path, sizeof(path), "%s/%s", tracefs, rel);
	return write_file(path, s);
}

static int trace_start(int nr_ops, int ncpus)
{
	static const char * const dirs[] = {
		"/sys/kernel/tracing", "/sys/kernel/debug/tracing",
	};
	char path[256], buf[32];
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(dirs) && !tracefs; i++) {
		snprintf(path, sizeof(path), "%s/" CSD_EVENT "/enable", dirs[i]);
		if (!access(path, W_OK))
			tracefs = dirs[i];
	}
	if (!tracefs) {
		errno = ENOENT;
		return -1;
	}
	/*
	 * The events are recorded on the sending CPU: the caller's for the
	 * sync, whichever CPU runs the expedited grace period for its IPIs.
	 * Room on every CPU for one per target of each operation (and more);
	 * the top-level file sizes every CPU's buffer.
	 */
	snprintf(buf, sizeof(buf), "%ld",
		 (long)nr_ops * ncpus / 8 > 1024 ? (long)nr_ops * ncpus / 8 : 1024L);
	trace_write("buffer_size_kb", buf);
	lost_before = trace_overruns(ncpus);
	trace_write("tracing_on", "1");
	/*
	 * Only the sync handler's calls and the expedited grace periods',
	 * where the kernel can filter them.
	 */
	if (trace_write(CSD_EVENT "/filter", "func.function == " HANDLER
			" || func.function == " EXP_HANDLER))
		trace_write(CSD_EVENT "/filter", "func.function == " HANDLER);
	if (trace_write("trace", ""))
		return -1;
	return trace_write(CSD_EVENT "/enable", "1");
}

/* Events lost to a full buffer (since boot) would hide calls. */
static long trace_overruns(int ncpus)
{
	char rel[64], path[256], line[256];
	long lost = 0;
	FILE *f;
	int cpu;

	for (cpu = 0; cpu < ncpus; cpu++) {
		snprintf(rel, sizeof(rel), "per_cpu/cpu%d/stats", cpu);
		snprintf(path, sizeof(path), "%s/%s", tracefs, rel);
		f = fopen(path, "r");
		if (!f)
			continue;
		while (fgets(line, sizeof(line), f))
			if (!strncmp(line, "overrun:", 8))
				lost += strtol(line + 8, NULL, 10);
		fclose(f);
	}
	return lost;
}

/*
 * Counts csd_queue_cpu events of the sync handler (returned, and per target
 * CPU in sync_ipis[]) and of the expedited grace periods (exp_ipis[]).
 */
static int trace_stop(void)
{
	static const char tag[] = "csd_queue_cpu: cpu=";
	char path[256], line[4096], *p;
	int events = 0, cpu, exp;
	FILE *f;

	trace_write(CSD_EVENT "/enable", "0");
	snprintf(path, sizeof(path), "%s/trace", tracefs);
	f = fopen(path, "r");
	if (f) {
		while (fgets(line, sizeof(line), f)) {
			if (line[0] == '#')
				continue;
			exp = !!strstr(line, "func=" EXP_HANDLER " ");
			if (!exp && !strstr(line, "func=" HANDLER " "))
				continue;
			p = strstr(line, tag);
			if (!p)
				continue;
			cpu = atoi(p + strlen(tag));
			if (cpu < 0 || cpu >= MAXCPU)
				continue;
			if (exp) {
				exp_ipis[cpu]++;
				continue;
			}
			events++;
			sync_ipis[cpu]++;
		}
		fclose(f);
	}
	trace_write(CSD_EVENT "/filter", "0");
	return f ? events : -1;
}

/* Adds (sign * CAL count) of each CPU to cal[]; returns the CPU count. */
static int read_cal(int sign)
{
	static char line[65536];
	FILE *f = fopen("/proc/interrupts", "r");
	int n = 0, cpus = 0;
	char *p;

	if (!f)
		return -1;
	if (fgets(line, sizeof(line), f))
		for (p = strtok(line, " \t\n"); p; p = strtok(NULL, " \t\n"))
			cpus++;
	while (fgets(line, sizeof(line), f)) {
		p = line;
		while (*p == ' ')
			p++;
		/* x86's "CAL:" row; arm64's is "IPI1:" (its text says which). */
		if (strncmp(p, "CAL:", 4) && !strstr(p, "Function call interrupts"))
			continue;
		p = strchr(p, ':') + 1;
		for (n = 0; n < cpus && n < MAXCPU; n++)
			cal[n] += sign * strtol(p, &p, 10);
	}
	fclose(f);
	return n == cpus ? cpus : -1;
}

static int cmp_ll(const void *a, const void *b)
{
	long long x = *(const long long *)a, y = *(const long long *)b;

	return x < y ? -1 : x > y;
}

/* The @pct-th percentile of the sorted @v[0..n-1] (nearest rank below). */
static long long pctl(const long long *v, int n, int pct)
{
	return v[(long)(n - 1) * pct / 100];
}

/* A scenario that syncs once per operation (collapse, unshare, exit). */
struct sync_run {
	const char *what;	/* the operation, for humans */
	int n, cpu, nwalk, nother, quiet, idle, spin, rewalk, busy, sharers;
	const char *expect;
	int (*op)(void *ctx, long long *ns);
	void *ctx;
	/*
	 * exit: each operation runs the -w walkers itself, in the process it
	 * forks (run_sync() starts none), and adds their calls here.
	 */
	bool op_walkers;
	long op_walker_calls;
};

static int unshare_once(void *ctx, long long *ns);

static int collapse_once(void *ctx, long long *ns)
{
	unsigned long long t0;
	unsigned long i;
	char *raw, *p;
	int ret;

	(void)ctx;
	raw = mmap(NULL, 2 * PMD_SIZE, PROT_READ | PROT_WRITE,
		   MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (raw == MAP_FAILED)
		return -errno;
	p = (char *)(((unsigned long)raw + PMD_SIZE - 1) & ~(PMD_SIZE - 1));
	/* Small pages first, so that there is something to collapse. */
	madvise(p, PMD_SIZE, MADV_NOHUGEPAGE);
	for (i = 0; i < PMD_SIZE; i += 4096)
		p[i] = (char)i;
	madvise(p, PMD_SIZE, MADV_HUGEPAGE);
	t0 = now_ns();
	ret = madvise(p, PMD_SIZE, MADV_COLLAPSE) ? -errno : 0;
	*ns = now_ns() - t0;
	for (i = 0; !ret && i < PMD_SIZE; i += 4096)
		if (p[i] != (char)i)
			ret = -EIO;
	munmap(raw, 2 * PMD_SIZE);
	return ret;
}

static void print_list(const char *key, const long *v, int n)
{
	int i;

	printf(" %s=", key);
	for (i = 0; i < n; i++)
		printf("%s%ld", i ? "," : "", v[i]);
}

static int run_sync(struct sync_run *s)
{
	long min = -1, max = 0, sum = 0, others = 0, bad = 0, lost = 0;
	long to_walk = 0, to_other = 0, to_rest = 0;
	long walk_calls = 0, other_calls = 0;
	int i, fails = 0, err = 0, step_err = 0, events = 0, ncpus, ret = 1;
	int other_first = s->cpu + s->nwalk + 1;
	struct other other = {
		.nr = s->nother, .first_cpu = other_first,
		.h = s->op == unshare_once ? s->ctx : NULL,
	};
	struct child other_child = { 0 };
	struct crew crew = { 0 };
	long long *lat, *lat_run;

	lat = calloc(s->n > 0 ? s->n : 1, sizeof(*lat));
	lat_run = calloc(s->n > 0 ? s->n : 1, sizeof(*lat_run));
	if (!lat || !lat_run) {
		free(lat);
		free(lat_run);
		return ktap_fail("out of memory");
	}
	ncpus = read_cal(0);
	if (ncpus <= 0) {
		ktap_fail("cannot parse CAL in /proc/interrupts");
		goto out;
	}
	if (s->op_walkers)
		printf("# %d CPUs; exiting processes on CPU %d, %d sharer(s) of the PMD table in all; %d walker(s) of each from CPU %d%s\n",
		       ncpus, s->cpu, s->sharers, s->nwalk, s->cpu + 1,
		       !s->nwalk ? "" :
		       s->busy ? " (walking until just before the exit)" :
		       " (walked once, gone; CPUs idle at the exit)");
	else
		printf("# %d CPUs; caller on CPU %d; %d walker(s) of this process from CPU %d%s; %d of another process from CPU %d\n",
		       ncpus, s->cpu, s->nwalk, s->cpu + 1,
		       s->idle ? " (walked once, idle)" :
		       s->spin ? " (walked once, spinning in user space)" :
		       s->rewalk ? " (walking once before each operation, spinning in user space)" : "",
		       s->nother, other_first);
	/* Fork before this process has threads. */
	if (s->nother) {
		err = child_start(&other_child, other_setup, other_finish, &other);
		if (err) {
			ktap_fail("cannot start the other process's %d walkers on CPUs %d..: %s",
				  s->nother, other_first, strerror(-err));
			goto out;
		}
	}
	if (s->idle && pipe(idle_pipe)) {
		ktap_fail("cannot create a pipe: %s", strerror(errno));
		goto out;
	}
	if (s->nwalk && !s->op_walkers) {
		err = crew_start(&crew, s->nwalk, s->cpu + 1,
				 s->idle ? idle_walker :
				 s->spin ? spin_walker :
				 s->rewalk ? rewalk_walker : walker, NULL);
		if (!err)
			err = crew_wait(&crew);
		/* -i: the walkers walked once; let their CPUs go idle. */
		if (!err && s->idle)
			usleep(100000);
		if (err) {
			ktap_fail("cannot start %d GUP-fast walkers on CPUs %d..: %s",
				  s->nwalk, s->cpu + 1, strerror(-err));
			goto stop;
		}
	}
	if (trace_start(s->n, ncpus)) {
		ktap_fail("csd trace event unavailable (%s)", strerror(errno));
		goto stop;
	}
	read_cal(-1);
	for (i = 0; i < s->n; i++) {
		int r;

		/* -U: the walkers walk once between two operations. */
		if (i && s->rewalk) {
			step_err = crew_step(&crew, i);
			if (step_err)
				break;
		}
		r = s->op(s->ctx, &lat[i]);
		if (r) {
			fails++;
			err = r;
		}
		if (!s->quiet)
			printf("# op %d: %lld ns%s%s\n", i + 1, lat[i],
			       r ? ": " : "", r ? strerror(-r) : "");
	}
	events = trace_stop();
	lost = trace_overruns(ncpus) - lost_before;
	/*
	 * The CAL row is only a cross-check; with -e any CPUs may have gone
	 * offline or online meanwhile (the hotplug test), which changes its
	 * columns.
	 */
	if (step_err)
		ktap_fail("GUP-fast walkers did not walk after operation %d: %s",
			  i, strerror(-step_err));
	else if (read_cal(1) != ncpus && strcmp(s->expect, "any"))
		ktap_fail("cannot parse CAL in /proc/interrupts");
	else
		ret = 0;
stop:
	if (idle_pipe[1] >= 0) {
		close(idle_pipe[1]);	/* wakes the idle walkers */
		idle_pipe[1] = -1;
	}
	if (crew.w) {
		walk_calls = crew_stop(&crew);
		if (!ret && walk_calls < 0)
			ret = ktap_fail("a GUP-fast walker failed: %s",
					strerror(-walk_calls));
	}
	if (s->op_walkers)
		walk_calls = s->op_walker_calls;
	other_calls = child_stop(&other_child);
	if (!ret && other_calls < 0)
		ret = ktap_fail("the other process's walkers failed: %s",
				strerror(-other_calls));
	if (ret)
		goto out;
	ret = 1;

	memcpy(lat_run, lat, s->n * sizeof(*lat));
	qsort(lat, s->n, sizeof(*lat), cmp_ll);
	printf("# result: mode=%s ops=%d collapses=%d failed=%d caller=%d walkers=%d idle=%d spin=%d rewalk=%d busy=%d sharers=%d other_walkers=%d walker_calls=%ld other_walker_calls=%ld cpus=%d sync_events=%d",
	       test_name, s->n, s->n, fails, s->cpu, s->nwalk, s->idle,
	       s->spin, s->rewalk, s->busy, s->sharers, s->nother, walk_calls,
	       other_calls, ncpus, events);
	print_list("sync_ipis", sync_ipis, ncpus);
	print_list("exp_ipis", exp_ipis, ncpus);
	print_list("cal_delta", cal, ncpus);
	printf(" lat_ns=%lld,%lld,%lld,%lld,%lld", pctl(lat, s->n, 50),
	       lat[0], pctl(lat, s->n, 10), pctl(lat, s->n, 90),
	       lat[s->n - 1]);
	printf(" lat_all=");
	for (i = 0; i < s->n; i++)
		printf("%s%lld", i ? "," : "", lat_run[i]);
	printf("\n");
	for (i = 0; i < ncpus; i++) {
		if (i == s->cpu)
			continue;
		others++;
		sum += sync_ipis[i];
		if (min < 0 || sync_ipis[i] < min)
			min = sync_ipis[i];
		if (sync_ipis[i] > max)
			max = sync_ipis[i];
		if (i > s->cpu && i <= s->cpu + s->nwalk)
			to_walk += sync_ipis[i];
		else if (i >= other_first && i < other_first + s->nother)
			to_other += sync_ipis[i];
		else
			to_rest += sync_ipis[i];
		if (!strcmp(s->expect, "broadcast") &&
		    sync_ipis[i] * 10 < (long)s->n * 9)
			bad++;
		if (!strcmp(s->expect, "targeted") && sync_ipis[i] != 0 &&
		    (i < s->cpu || i > s->cpu + s->nwalk))
			bad++;
		if (!strcmp(s->expect, "walkers") &&
		    (i > s->cpu && i <= s->cpu + s->nwalk ?
		     sync_ipis[i] * 10 < (long)s->n * 9 : sync_ipis[i] != 0))
			bad++;
		if (!strcmp(s->expect, "none") && sync_ipis[i] != 0)
			bad++;
	}
	printf("# %d %s on CPU %d: sync IPIs per other CPU min %ld max %ld total %ld (%ld CPUs)\n",
	       s->n, s->what, s->cpu, min, max, sum, others);
	printf("# sync IPIs to this process's walkers %ld, to the other process's walkers %ld, to other CPUs %ld\n",
	       to_walk, to_other, to_rest);
	printf("# latency (ns): median %lld min %lld p10 %lld p90 %lld max %lld\n",
	       pctl(lat, s->n, 50), lat[0], pctl(lat, s->n, 10),
	       pctl(lat, s->n, 90), lat[s->n - 1]);
	if (fails)
		ktap_fail("%d of %d %s failed: %s", fails, s->n, s->what,
			  strerror(-err));
	else if (events < 0)
		ktap_fail("cannot read %s/trace", tracefs);
	else if (lost)
		ktap_fail("%ld trace events lost (buffer overrun)", lost);
	else if (bad)
		ktap_fail("expected %s sync, %ld CPU(s) disagree", s->expect,
			  bad);
	else
		ret = 0;
	if (!ret)
		printf("ok 1 %s # expect=%s\n", test_name, s->expect);
out:
	if (idle_pipe[0] >= 0) {
		close(idle_pipe[0]);
		idle_pipe[0] = -1;
	}
	free(lat);
	free(lat_run);
	return ret;
}

/* A 1 GiB (PUD-sized) hugetlb file, mapped over a PUD-aligned range. */
struct huge {
	int fd;
	size_t hpage;
	size_t pud;
	char *reserve;		/* 2 * pud, PROT_NONE, around area */
	char *area;
	long nr_restore;	/* vm.nr_hugepages to restore, or -1 */
};

static int huge_map(struct huge *h)
{
	void *p = mmap(h->area, h->pud, PROT_READ | PROT_WRITE,
		       MAP_SHARED | MAP_NORESERVE | MAP_FIXED, h->fd, 0);

	return p == MAP_FAILED ? -errno : 0;
}

/* Reads (faulting it in) and checks the first huge page. */
static int huge_check(struct huge *h)
{
	uint64_t v = __atomic_load_n((uint64_t *)h->area, __ATOMIC_RELAXED);

	return v == HUGE_PATTERN ? 0 : -EIO;
}

/* The holder, in its own mm: maps the file, faults the first page in. */
static long holder_setup(void *arg)
{
	struct huge *h = arg;
	int ret = huge_map(h);

	if (!ret)
		__atomic_store_n((uint64_t *)h->area, HUGE_PATTERN, __ATOMIC_RELAXED);
	return ret;
}

static long holder_finish(void *arg)
{
	struct huge *h = arg;

	return huge_check(h);
}

/*
 * One unshare: map, fault in (shares the holder's PMD table), munmap()
 * (unshares it, timed), and put the PROT_NONE placeholder back so that
 * the range stays this program's.
 */
static int unshare_once(void *ctx, long long *ns)
{
	struct huge *h = ctx;
	unsigned long long t0;
	int ret;
	void *p;

	ret = huge_map(h);
	if (ret)
		return ret;
	ret = huge_check(h);
	t0 = now_ns();
	if (munmap(h->area, h->pud) && !ret)
		ret = -errno;
	*ns = now_ns() - t0;
	p = mmap(h->area, h->pud, PROT_NONE,
		 MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE | MAP_FIXED_NOREPLACE,
		 -1, 0);
	if (p != h->area && !ret)
		ret = p == MAP_FAILED ? -errno : -EEXIST;
	return ret;
}

/* exit: what an exiting process tells the caller, in memory they share. */
struct exit_report {
	long calls;		/* its walkers' PIN_FAST_BENCHMARK calls */
	int err;		/* 0, or -errno of what failed */
	unsigned long long t0;	/* now_ns() just before its _exit() */
};

struct exit_run {
	struct sync_run *s;
	struct huge *h;
	struct exit_report *rep;	/* MAP_SHARED */
};

/*
 * Waits until the threads @tid[0..n-1] of this process are gone: released,
 * which comes after their exit_mm() dropped their reference to the mm
 * (pthread_join() may return before that).  0 or -errno.
 */
static int threads_gone(const int *tid, int n)
{
	unsigned long long deadline = now_ns() + START_USEC * 1000;
	pid_t pid = getpid();
	int i;

	for (i = 0; i < n; i++) {
		if (tid[i] <= 0)
			continue;
		while (!syscall(SYS_tgkill, pid, tid[i], 0)) {
			if (now_ns() > deadline)
				return -ETIMEDOUT;
			usleep(100);
		}
		if (errno != ESRCH)
			return -errno;
	}
	return 0;
}

/*
 * In the exiting process: its -w walkers on CPUs c+1..c+K walk (once, or
 * with -B in a loop until now), stop, and are gone on return, so that this
 * thread's exit drops the mm's last user and exit_mmap() runs on CPU c.
 * Without -B their CPUs then get EXIT_IDLE_USEC to go idle.  Their calls,
 * or -errno.
 */
static long exit_walkers(struct sync_run *s)
{
	static int tid[MAXCPU];
	size_t size = WALK_PAGES * page_size;
	struct crew crew;
	long calls;
	int i, n, err;

	err = crew_start(&crew, s->nwalk, s->cpu + 1,
			 s->busy ? walker : once_walker, &size);
	if (err)
		return err;
	err = crew_wait(&crew);
	n = crew.started;
	for (i = 0; i < n; i++)
		tid[i] = __atomic_load_n(&crew.w[i].tid, __ATOMIC_RELAXED);
	calls = crew_stop(&crew);
	if (!err && calls < 0)
		err = calls;
	if (!err)
		err = threads_gone(tid, n);
	if (!err && !s->busy)
		usleep(EXIT_IDLE_USEC);
	return err ? err : calls;
}

/*
 * The exiting process: maps the hugetlb file as unshare_once() does and
 * faults the page in, which shares the holders' PMD table, runs its
 * walkers, and exits with the file still mapped: the teardown of its mm
 * unshares the table.
 */
static void __attribute__((noreturn)) exit_child(struct exit_run *e)
{
	struct exit_report *rep = e->rep;
	long r;
	int i;

	prctl(PR_SET_PDEATHSIG, SIGKILL);
	for (i = 0; i < nr_child_fds; i++)
		close(child_fds[i]);
	r = huge_map(e->h);
	if (!r)
		r = huge_check(e->h);
	if (!r && e->s->nwalk) {
		r = exit_walkers(e->s);
		if (r >= 0) {
			rep->calls = r;
			r = 0;
		}
	}
	rep->err = r;
	rep->t0 = now_ns();
	_exit(r ? 1 : 0);
}

/*
 * One exit: fork the exiting process (on CPU c, the caller's) and reap it.
 * Timed from just before its _exit() to waitpid()'s return, which comes
 * after exit_mmap() and so after the teardown's unshare and its sync.
 */
static int exit_once(void *ctx, long long *ns)
{
	struct exit_run *e = ctx;
	struct exit_report *rep = e->rep;
	unsigned long long t1;
	int status;
	pid_t pid;

	memset(rep, 0, sizeof(*rep));
	rep->err = -ECHILD;
	fflush(stdout);
	fflush(stderr);
	pid = fork();
	if (pid < 0)
		return -errno;
	if (!pid)
		exit_child(e);
	if (waitpid(pid, &status, 0) != pid)
		return -errno;
	t1 = now_ns();
	if (!WIFEXITED(status))
		return -ECHILD;
	if (rep->err)
		return rep->err;
	if (WEXITSTATUS(status))
		return -ECHILD;
	*ns = t1 - rep->t0;
	e->s->op_walker_calls += rep->calls;
	return 0;
}

/* A hugetlb file: a memfd, else a file on a hugetlbfs mount of our own. */
static int hugetlb_file(void)
{
	int fd, err;

	fd = memfd_create("lwbench", MFD_HUGETLB);
	if (fd >= 0 || (errno != EINVAL && errno != ENOSYS))
		return fd;
	if (mkdir(HUGE_MNT, 0700) && errno != EEXIST)
		return -1;
	if (mount("none", HUGE_MNT, "hugetlbfs", 0, NULL)) {
		err = errno;
		rmdir(HUGE_MNT);
		errno = err;
		return -1;
	}
	fd = open(HUGE_MNT "/lwbench", O_CREAT | O_RDWR | O_TRUNC, 0600);
	err = errno;
	unlink(HUGE_MNT "/lwbench");
	/* The open file keeps the detached mount alive. */
	umount2(HUGE_MNT, MNT_DETACH);
	rmdir(HUGE_MNT);
	errno = err;
	return fd;
}

static void huge_teardown(struct huge *h)
{
	char buf[32];

	if (h->reserve != MAP_FAILED)
		munmap(h->reserve, 2 * h->pud);
	if (h->fd >= 0)
		close(h->fd);
	if (h->nr_restore >= 0) {
		snprintf(buf, sizeof(buf), "%ld", h->nr_restore);
		write_file("/proc/sys/vm/nr_hugepages", buf);
	}
}

/* 0, 1 (failed, reported) or 4 (skipped, reported). */
static int huge_setup(struct huge *h)
{
	long kb = meminfo_value("Hugepagesize"), avail, total;
	char buf[32];

	h->fd = -1;
	h->reserve = MAP_FAILED;
	h->nr_restore = -1;
	if (kb <= 0)
		return ktap_skip("no hugetlb support (CONFIG_HUGETLBFS)");
	h->hpage = kb * 1024;
	/* A PMD table maps PUD_SIZE: page_size / 8 entries of hpage each. */
	if (h->hpage != page_size * (page_size / sizeof(void *)))
		return ktap_skip("default huge page size %ld kB is not the PMD size",
				 kb);
	h->pud = h->hpage * (page_size / sizeof(void *));
	avail = meminfo_value("HugePages_Free") - meminfo_value("HugePages_Rsvd");
	if (avail < HUGE_NEED) {
		total = read_long("/proc/sys/vm/nr_hugepages");
		if (total < 0)
			return ktap_skip("cannot read vm.nr_hugepages");
		snprintf(buf, sizeof(buf), "%ld", total + HUGE_NEED - avail);
		write_file("/proc/sys/vm/nr_hugepages", buf);
		h->nr_restore = total;
		printf("# raised vm.nr_hugepages from %ld to %ld (%d free huge page needed)\n",
		       total, read_long("/proc/sys/vm/nr_hugepages"), HUGE_NEED);
		avail = meminfo_value("HugePages_Free") - meminfo_value("HugePages_Rsvd");
		if (avail < HUGE_NEED) {
			huge_teardown(h);
			return ktap_skip("cannot get %d free huge page(s)",
					 HUGE_NEED);
		}
	}
	h->fd = hugetlb_file();
	if (h->fd < 0) {
		ktap_fail("cannot create a hugetlb file: %s", strerror(errno));
		goto fail;
	}
	if (ftruncate(h->fd, h->pud)) {
		ktap_fail("cannot size the hugetlb file: %s", strerror(errno));
		goto fail;
	}
	h->reserve = mmap(NULL, 2 * h->pud, PROT_NONE,
			  MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
	if (h->reserve == MAP_FAILED) {
		ktap_fail("cannot reserve 2 GiB of address space: %s",
			  strerror(errno));
		goto fail;
	}
	h->area = (char *)(((uintptr_t)h->reserve + h->pud - 1) & ~(h->pud - 1));
	return 0;
fail:
	huge_teardown(h);
	return 1;
}

/*
 * unshare and exit: S - 1 other sharers, one after the other, each sharing
 * the first's PMD table: holders, and the -W process last (run_sync()
 * starts it).
 */
static int run_hugetlb(struct sync_run *s)
{
	struct child holder[MAX_SHARERS] = { 0 };
	int i, nr = s->sharers - 1 - !!s->nother, ret;
	struct exit_run e = { .s = s, .rep = MAP_FAILED };
	struct huge h;
	long r;

	ret = huge_setup(&h);
	if (ret)
		return ret;
	s->ctx = &h;
	if (s->op == exit_once) {
		e.h = &h;
		e.rep = mmap(NULL, sizeof(*e.rep), PROT_READ | PROT_WRITE,
			     MAP_SHARED | MAP_ANONYMOUS, -1, 0);
		if (e.rep == MAP_FAILED) {
			ret = ktap_fail("cannot map a shared page: %s",
					strerror(errno));
			huge_teardown(&h);
			return ret;
		}
		s->ctx = &e;
	}
	for (i = 0; i < nr; i++) {
		ret = child_start(&holder[i], holder_setup, holder_finish, &h);
		if (ret) {
			ret = ktap_fail("cannot start holder %d of the PMD table: %s",
					i + 1, strerror(-ret));
			goto out;
		}
	}
	ret = run_sync(s);
out:
	for (i = nr - 1; i >= 0; i--) {
		r = child_stop(&holder[i]);
		if (!ret && r)
			ret = ktap_fail("holder %d saw wrong data: %s", i + 1,
					strerror(-r));
	}
	if (e.rep != MAP_FAILED)
		munmap(e.rep, sizeof(*e.rep));
	huge_teardown(&h);
	return ret;
}

/* gup: per-thread results, [thread * reps + rep]. */
struct gup_run {
	int reps;
	int pages;
	size_t size;
	unsigned long long *get_us, *put_us;
	long *calls;
};

static void *gup_thread(void *arg)
{
	struct worker *w = arg;
	struct gup_run *g = w->crew->arg;
	struct gup_test gup;
	struct pin_buf pb;
	int rep, k, err;

	err = pin_buf_open(&pb, g->size);
	for (rep = 0; rep < g->reps; rep++) {
		/* Keep going through the gates on error: others wait there. */
		if (gate_pass(w, rep + 1))
			break;
		if (err)
			continue;
		err = pin_fast(&pb, g->pages, &gup);
		k = w->idx * g->reps + rep;
		g->get_us[k] = gup.get_delta_usec;
		g->put_us[k] = gup.put_delta_usec;
		g->calls[k] = (g->size / page_size + g->pages - 1) / g->pages;
		__atomic_add_fetch(&w->calls, 1, __ATOMIC_RELAXED);
	}
	if (err)
		worker_fail(w, -err);
	pin_buf_close(&pb);
	return NULL;
}

static int run_gup(int cpu, int threads, int pages, int mb, int reps,
		   int quiet)
{
	struct gup_run g = { .reps = reps, .pages = pages };
	unsigned long long get, put;
	struct crew crew;
	int t, rep, ret = 1;
	long calls, r;
	double *ns;
	size_t nr;

	g.size = (size_t)mb << 20;
	nr = (size_t)threads * reps;
	g.get_us = calloc(nr, sizeof(*g.get_us));
	g.put_us = calloc(nr, sizeof(*g.put_us));
	g.calls = calloc(nr, sizeof(*g.calls));
	ns = calloc(reps, sizeof(*ns));
	if (!g.get_us || !g.put_us || !g.calls || !ns) {
		ktap_fail("out of memory");
		goto out;
	}
	printf("# %d thread(s) on CPUs %d-%d, %d MiB each, %d page(s) per pin_user_pages_fast() call, %d repetitions\n",
	       threads, cpu, cpu + threads - 1, mb, pages, reps);
	r = crew_start(&crew, threads, cpu, gup_thread, &g);
	if (r) {
		ktap_fail("cannot start %d threads on CPUs %d..: %s", threads,
			  cpu, strerror(-r));
		goto out;
	}
	r = crew_join(&crew);
	if (r < 0) {
		ktap_fail("PIN_FAST_BENCHMARK failed: %s", strerror(-r));
		goto out;
	}
	for (rep = 0; rep < reps; rep++) {
		get = 0;
		put = 0;
		calls = 0;
		for (t = 0; t < threads; t++) {
			get += g.get_us[t * reps + rep];
			put += g.put_us[t * reps + rep];
			calls += g.calls[t * reps + rep];
			if (!quiet)
				printf("# rep %d thread %d (CPU %d): get %llu us, put %llu us\n",
				       rep + 1, t, cpu + t,
				       g.get_us[t * reps + rep],
				       g.put_us[t * reps + rep]);
		}
		ns[rep] = calls ? get * 1000.0 / calls : 0;
		printf("# rep %d: %.1f ns per call (get %llu us, put %llu us, %ld calls)\n",
		       rep + 1, ns[rep], get, put, calls);
	}
	calls = 0;
	for (t = 0; t < threads; t++)
		calls += g.calls[t * reps];
	printf("# result: mode=gup pages=%d threads=%d reps=%d calls_per_rep=%ld ns_per_call=",
	       pages, threads, reps, calls);
	for (rep = 0; rep < reps; rep++)
		printf("%s%.1f", rep ? "," : "", ns[rep]);
	printf("\n");
	printf("ok 1 %s\n", test_name);
	ret = 0;
out:
	free(g.get_us);
	free(g.put_us);
	free(g.calls);
	free(ns);
	return ret;
}

static int bad_usage(const char *prog)
{
	fprintf(stderr,
		"usage: %s collapse|unshare [-n N] [-c CPU] [-w K [-i|-u|-U]] [-W K2] [-s SHARERS] [-e broadcast|targeted|walkers|none|any] [-q]\n"
		"       %s exit [-n N] [-c CPU] [-w K [-B]] [-s SHARERS] [-e broadcast|targeted|none|any] [-q]\n"
		"       %s gup [-c CPU] [-p PAGES] [-j THREADS] [-m MB] [-r REPS] [-q]\n"
		"(unshare: -s only; exit: no -i, -u, -U, -W; -e walkers: with -w, not in exit)\n",
		prog, prog, prog);
	return 2;
}

int main(int argc, char **argv)
{
	struct sync_run s = { .n = 100, .expect = "any", .sharers = 2 };
	bool sharers = false;
	int c, pages = 1, threads = 1, mb = 16, reps = 9;
	bool sync_opts = false, gup_opts = false;
	const char *mode;

	page_size = sysconf(_SC_PAGESIZE);
	if (argc < 2)
		return bad_usage(argv[0]);
	mode = argv[1];
	while ((c = getopt(argc - 1, argv + 1, "n:c:w:W:iuUBs:e:qp:j:m:r:")) != -1) {
		switch (c) {
		case 'n':
			s.n = atoi(optarg);
			sync_opts = true;
			break;
		case 'c':
			s.cpu = atoi(optarg);
			break;
		case 'w':
			s.nwalk = atoi(optarg);
			sync_opts = true;
			break;
		case 'W':
			s.nother = atoi(optarg);
			sync_opts = true;
			break;
		case 'i':
			s.idle = 1;
			sync_opts = true;
			break;
		case 'u':
			s.spin = 1;
			sync_opts = true;
			break;
		case 'U':
			s.rewalk = 1;
			sync_opts = true;
			break;
		case 'B':
			s.busy = 1;
			sync_opts = true;
			break;
		case 's':
			s.sharers = atoi(optarg);
			sharers = true;
			break;
		case 'e':
			s.expect = optarg;
			sync_opts = true;
			break;
		case 'q':
			s.quiet = 1;
			break;
		case 'p':
			pages = atoi(optarg);
			gup_opts = true;
			break;
		case 'j':
			threads = atoi(optarg);
			gup_opts = true;
			break;
		case 'm':
			mb = atoi(optarg);
			gup_opts = true;
			break;
		case 'r':
			reps = atoi(optarg);
			gup_opts = true;
			break;
		default:
			return bad_usage(argv[0]);
		}
	}
	if (optind != argc - 1)
		return bad_usage(argv[0]);
	if (!strcmp(mode, "collapse")) {
		s.what = "MADV_COLLAPSE";
		s.op = collapse_once;
	} else if (!strcmp(mode, "unshare")) {
		s.what = "hugetlb PMD unshares";
		s.op = unshare_once;
	} else if (!strcmp(mode, "exit")) {
		s.what = "exits";
		s.op = exit_once;
		s.op_walkers = true;
	} else if (strcmp(mode, "gup")) {
		return bad_usage(argv[0]);
	}
	if ((s.op && gup_opts) || (!s.op && sync_opts) || s.n < 1 ||
	    s.nwalk < 0 || s.nother < 0 || (s.idle && !s.nwalk) ||
	    (s.spin && (!s.nwalk || s.idle)) ||
	    (s.rewalk && (!s.nwalk || s.idle || s.spin)) ||
	    (s.busy && (!s.nwalk || strcmp(mode, "exit"))) ||
	    (!strcmp(mode, "exit") &&
	     (s.idle || s.spin || s.rewalk || s.nother)) ||
	    (sharers && strcmp(mode, "unshare") && strcmp(mode, "exit")) ||
	    s.sharers < 2 || s.sharers > MAX_SHARERS ||
	    pages < 1 || threads < 1 ||
	    mb < 1 || reps < 1 ||
	    (!strcmp(s.expect, "walkers") &&
	     (!s.nwalk || !strcmp(mode, "exit"))) ||
	    (strcmp(s.expect, "broadcast") && strcmp(s.expect, "targeted") &&
	     strcmp(s.expect, "walkers") && strcmp(s.expect, "none") &&
	     strcmp(s.expect, "any")))
		return bad_usage(argv[0]);
	test_name = mode;

	printf("KTAP version 1\n1..1\n");
	if (pin_to(s.cpu))
		return ktap_fail("cannot pin to CPU %d", s.cpu);
	if (!strcmp(mode, "collapse"))
		return run_sync(&s);
	if (!strcmp(mode, "unshare") || !strcmp(mode, "exit"))
		return run_hugetlb(&s);
	return run_gup(s.cpu, threads, pages, mb, reps, s.quiet);
}
