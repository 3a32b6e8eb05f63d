// SPDX-License-Identifier: GPL-2.0
/*
 * Which CPUs does the page-table "TLB sync" interrupt?
 *
 * A THP collapse (MADV_COLLAPSE, khugepaged) and a hugetlb PMD unshare wait
 * for IRQ-disabled lockless page-table walkers, GUP-fast above all, before
 * they reuse or free the page tables those may still be walking. The kernel
 * does that with a cross-CPU call of tlb_remove_table_smp_sync(): either to
 * every online CPU (tlb_remove_table_sync_one()), or, with targeted syncs
 * (tlb_remove_table_sync_mm()), only to the CPUs that walk the mm concerned.
 *
 * These tests count those calls per target CPU with the csd:csd_queue_cpu
 * trace event, which names the function queued for each CPU, and check that
 * a targeted kernel calls nobody when nobody walks the mm, only the CPUs of
 * GUP-fast walkers of that mm when they do, and never the walkers of another
 * mm sharing a hugetlb PMD table. On a kernel that broadcasts, the targeted
 * tests report what they saw and SKIP; a mix of the two is a failure.
 *
 * The stress test runs GUP-fast against collapses, munmap() and hugetlb PMD
 * unsharing for a while (-S SECONDS, default 20) and checks that the data
 * stays consistent; a debug kernel checks the rest.
 *
 * The counting keys on the names of two kernel-internal functions, which
 * are no ABI: the sync's handler, tlb_remove_table_smp_sync(), named by the
 * csd_queue_cpu event's func field (and filter), and the targeted sync,
 * tlb_remove_table_sync_mm(), on which a kprobe event counts the syncs. A
 * kernel that renames either, or cannot resolve or probe it (no kallsyms,
 * no kprobe events), would otherwise show no calls and pass: all tests SKIP
 * when /proc/kallsyms lacks the handler, and those that check a targeted
 * sync SKIP when the syncs cannot be counted.
 *
 * Needs root, debugfs (CONFIG_GUP_TEST), tracefs, THP (MADV_COLLAPSE) and,
 * for the hugetlb tests, a few free huge pages of the default size.
 */
#define _GNU_SOURCE
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <pthread.h>
#include <sched.h>
#include <signal.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <mm/gup_test.h>
#include "../kselftest_harness.h"
#include "hugepage_settings.h"
#include "vm_util.h"

#ifndef MADV_COLLAPSE
#define MADV_COLLAPSE		25
#endif
#ifndef MFD_HUGETLB
#define MFD_HUGETLB		0x0004U
#endif
#define FOLL_WRITE		0x01	/* include/linux/mm_types.h */

#define TRACEFS			"/sys/kernel/tracing"
#define CSD_EVENT		TRACEFS "/events/csd/csd_queue_cpu"
#define SYNC_HANDLER		"tlb_remove_table_smp_sync"
#define KPROBE_EVENTS		TRACEFS "/kprobe_events"
#define SYNC_PROBE		"lockless_walk_sync/sync"
#define SYNC_EVENT		TRACEFS "/events/" SYNC_PROBE
#define SYNC_FUNC		"tlb_remove_table_sync_mm"
#define GUP_TEST_FILE		"/sys/kernel/debug/gup_test"
#define MAX_CPUS		1024

/* Collapses per collapse test: each syncs once. */
#define NR_COLLAPSE		64
/* Most GUP-fast walker threads: leave CPUs idle to see who gets called. */
#define NR_WALKERS		3
/* Pinned by each GUP-fast call of a walker thread, in small pages. */
#define WALK_SIZE		(4UL << 20)
/* hugetlb PMD unshares per unshare test: each syncs once. */
#define NR_UNSHARE		128
/* Huge pages touched (so allocated) in the shared 1 GiB range. */
#define NR_HUGE_TOUCH		4
#define STRESS_SECONDS		20
/* The most -S takes: the stress test's timeout is fixed at build time. */
#define STRESS_MAX_SECONDS	600

static unsigned long page_size;
static int stress_seconds = STRESS_SECONDS;

struct cpus {
	int nr;
	int cpu[MAX_CPUS];	/* CPUs this task may run on, ascending */
};

/* Calls of the sync handler queued for each CPU. */
struct sync_count {
	long to[MAX_CPUS];
	long total;
	long syncs;	/* targeted syncs, -1: not counted */
};

struct walker {
	pthread_t thread;
	int cpu;
	int gup_fd;
	unsigned int id;
	char *buf;		/* own buffer, pinned and checked */
	size_t size;
	char *extra;		/* pinned too, contents not checked */
	size_t extra_size;
	int *stop;
	/* Results, read after pthread_join() or with __atomic loads. */
	long calls;
	long errors;		/* failed or short pins of buf */
	long bad;		/* pattern mismatches in buf */
	int err;
	unsigned long long walk_usec;	/* time in pin_user_pages_fast() */
	unsigned long long wall_usec;
};

/* A MAP_SHARED hugetlb mapping of a PUD-sized, PUD-aligned range. */
struct shared_huge {
	int fd;
	size_t hpage;
	size_t pud;
	char *reserve;
	char *area;
};

static unsigned long long now_usec(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1000000ULL + ts.tv_nsec / 1000;
}

/* Writes @s to @path, truncating it, or appending with O_APPEND in @flags. */
static int tracefs_write(const char *path, const char *s, int flags)
{
	int fd = open(path, O_WRONLY | flags);
	ssize_t len = strlen(s), ret;

	if (fd < 0)
		return -errno;
	ret = write(fd, s, len);
	if (ret != len)
		ret = ret < 0 ? -errno : -EIO;
	else
		ret = 0;
	close(fd);
	return ret;
}

static int write_str(const char *path, const char *s)
{
	return tracefs_write(path, s, O_TRUNC);
}

static int get_cpus(struct cpus *c)
{
	cpu_set_t set;
	int cpu;

	if (sched_getaffinity(0, sizeof(set), &set))
		return -errno;
	c->nr = 0;
	for (cpu = 0; cpu < CPU_SETSIZE && cpu < MAX_CPUS; cpu++)
		if (CPU_ISSET(cpu, &set))
			c->cpu[c->nr++] = cpu;
	return 0;
}

/* Bind the calling thread to @cpu. */
static int pin_to(int cpu)
{
	cpu_set_t set;

	CPU_ZERO(&set);
	CPU_SET(cpu, &set);
	return sched_setaffinity(0, sizeof(set), &set) ? -errno : 0;
}

static bool trace_available(void)
{
	return !access(CSD_EVENT "/enable", W_OK);
}

/* Is @name a function of the kernel's text, as /proc/kallsyms lists it? */
static bool kallsyms_has(const char *name)
{
	char line[512], sym[256], type;
	unsigned long long addr;
	bool found = false;
	FILE *f;

	f = fopen("/proc/kallsyms", "r");
	if (!f)
		return false;
	while (!found && fgets(line, sizeof(line), f))
		found = sscanf(line, "%llx %c %255s", &addr, &type, sym) == 3 &&
			(type == 't' || type == 'T') && !strcmp(sym, name);
	fclose(f);
	return found;
}

static int append_str(const char *path, const char *s)
{
	return tracefs_write(path, s, O_APPEND);
}

static void trace_disable(void)
{
	write_str(CSD_EVENT "/enable", "0");
	write_str(CSD_EVENT "/filter", "0");
	if (!access(SYNC_EVENT "/enable", F_OK)) {
		write_str(SYNC_EVENT "/enable", "0");
		append_str(KPROBE_EVENTS, "-:" SYNC_PROBE "\n");
	}
}

/*
 * Count the targeted syncs too, with a kprobe: a sync that calls nobody
 * leaves no other trace. Not on a kernel without them. Syncs of any task
 * count: khugepaged may collapse a range just before MADV_COLLAPSE does,
 * which then has nothing left to do.
 */
static bool sync_probe_start(void)
{
	if (append_str(KPROBE_EVENTS, "p:" SYNC_PROBE " " SYNC_FUNC "\n"))
		return false;
	return !write_str(SYNC_EVENT "/enable", "1");
}

static bool sync_probe_on;

static int trace_start(void)
{
	int ret;

	trace_disable();
	sync_probe_on = sync_probe_start();
	write_str(TRACEFS "/tracing_on", "1");
	write_str(TRACEFS "/buffer_size_kb", "4096");
	/*
	 * Record the sync handler only, so that other cross-CPU calls (remote
	 * wakeups) cannot fill the buffer. Without the filter (a kernel that
	 * cannot resolve the symbol), every call is recorded and the handler
	 * is picked out when counting.
	 */
	write_str(CSD_EVENT "/filter", "func.function == " SYNC_HANDLER);
	ret = write_str(TRACEFS "/trace", "");
	if (ret)
		return ret;
	return write_str(CSD_EVENT "/enable", "1");
}

/* Events lost to a full buffer would hide calls: refuse to count then. */
static long trace_overruns(void)
{
	char path[512], line[256];
	long lost = 0;
	struct dirent *d;
	DIR *dir;
	FILE *f;

	dir = opendir(TRACEFS "/per_cpu");
	if (!dir)
		return 0;
	while ((d = readdir(dir))) {
		if (strncmp(d->d_name, "cpu", 3))
			continue;
		snprintf(path, sizeof(path), TRACEFS "/per_cpu/%s/stats",
			 d->d_name);
		f = fopen(path, "r");
		if (!f)
			continue;
		while (fgets(line, sizeof(line), f))
			if (!strncmp(line, "overrun:", 8))
				lost += strtol(line + 8, NULL, 10);
		fclose(f);
	}
	closedir(dir);
	return lost;
}

static int trace_stop(struct sync_count *sc)
{
	static const char tag[] = "csd_queue_cpu: cpu=";
	char line[1024], *p, *func;
	long lost;
	FILE *f;
	int cpu;

	write_str(CSD_EVENT "/enable", "0");
	if (sync_probe_on)
		write_str(SYNC_EVENT "/enable", "0");
	memset(sc, 0, sizeof(*sc));
	sc->syncs = sync_probe_on ? 0 : -1;
	f = fopen(TRACEFS "/trace", "r");
	if (!f)
		return -errno;
	while (fgets(line, sizeof(line), f)) {
		if (line[0] == '#')
			continue;
		if (sync_probe_on && strstr(line, " sync: (" SYNC_FUNC "+")) {
			sc->syncs++;
			continue;
		}
		p = strstr(line, tag);
		func = strstr(line, " func=" SYNC_HANDLER);
		if (!p || !func)
			continue;
		func += strlen(" func=" SYNC_HANDLER);
		if (*func != ' ' && *func != '\n' && *func != '\0')
			continue;
		cpu = atoi(p + strlen(tag));
		if (cpu >= 0 && cpu < MAX_CPUS)
			sc->to[cpu]++;
		sc->total++;
	}
	fclose(f);
	lost = trace_overruns();
	trace_disable();
	return lost ? -EOVERFLOW : 0;
}

static void report(const char *what, const struct sync_count *sc,
		   const struct cpus *cpus, int syncer, int nr_syncs)
{
	char buf[4096];
	int i, n = 0;

	for (i = 0; i < cpus->nr && n < (int)sizeof(buf) - 32; i++)
		n += snprintf(buf + n, sizeof(buf) - n, " %d:%ld",
			      cpus->cpu[i], sc->to[cpus->cpu[i]]);
	ksft_print_msg("%s: %d operations on CPU %d\n", what, nr_syncs, syncer);
	if (sc->syncs >= 0)
		ksft_print_msg("%s: %ld targeted syncs\n", what, sc->syncs);
	ksft_print_msg("%s: %ld sync calls, per CPU:%s\n", what, sc->total, buf);
}

/* Does every CPU but @syncer show at least @nr calls: a broadcast? */
static bool broadcast_seen(const struct sync_count *sc, const struct cpus *cpus,
			   int syncer, int nr)
{
	int i;

	for (i = 0; i < cpus->nr; i++)
		if (cpus->cpu[i] != syncer && sc->to[cpus->cpu[i]] < nr)
			return false;
	return true;
}

/* Calls to CPUs that are not in @allowed (of @nr_allowed). */
static long calls_outside(const struct sync_count *sc, const int *allowed,
			  int nr_allowed)
{
	long sum = 0;
	int cpu, i;

	for (cpu = 0; cpu < MAX_CPUS; cpu++) {
		for (i = 0; i < nr_allowed; i++)
			if (allowed[i] == cpu)
				break;
		if (i == nr_allowed)
			sum += sc->to[cpu];
	}
	return sum;
}

static uint64_t pattern(unsigned int id, unsigned long gen, unsigned long pg)
{
	return 0x5a00000000000000ULL ^ ((uint64_t)id << 48) ^
	       ((uint64_t)gen << 20) ^ pg;
}

/*
 * Fill the PMD-aligned, mapped range @p with small pages and collapse it
 * into a THP: MADV_COLLAPSE syncs once after clearing the PMD.
 */
static int collapse_range(char *p, size_t len, unsigned int seed)
{
	int tries = 0, ret = 0;
	size_t i;

	if (madvise(p, len, MADV_NOHUGEPAGE))
		return -errno;
	for (i = 0; i < len; i += page_size)
		*(uint64_t *)(p + i) = pattern(0, seed, i / page_size);
	if (madvise(p, len, MADV_HUGEPAGE))
		return -errno;
	while (madvise(p, len, MADV_COLLAPSE)) {
		ret = -errno;
		if (ret != -EAGAIN || ++tries > 3)
			break;
		ret = 0;
	}
	for (i = 0; i < len; i += page_size)
		if (*(uint64_t *)(p + i) != pattern(0, seed, i / page_size))
			return -EIO;
	return ret;
}

static int collapse_fresh(size_t pmd, unsigned int seed)
{
	char *raw, *p;
	int ret;

	raw = mmap(NULL, 2 * pmd, PROT_READ | PROT_WRITE,
		   MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (raw == MAP_FAILED)
		return -errno;
	p = (char *)(((unsigned long)raw + pmd - 1) & ~(pmd - 1));
	ret = collapse_range(p, pmd, seed);
	munmap(raw, 2 * pmd);
	return ret;
}

static void *walker_fn(void *arg)
{
	struct walker *w = arg;
	unsigned long long start;
	unsigned long gen, pg, nr = w->size / page_size;
	struct gup_test g;

	if (pin_to(w->cpu)) {
		w->err = errno;
		__atomic_store_n(&w->errors, 1, __ATOMIC_RELAXED);
		return NULL;
	}
	start = now_usec();
	for (gen = 0; !__atomic_load_n(w->stop, __ATOMIC_RELAXED); gen++) {
		for (pg = 0; pg < nr; pg++)
			*(uint64_t *)(w->buf + pg * page_size) =
				pattern(w->id, gen, pg);

		memset(&g, 0, sizeof(g));
		g.addr = (unsigned long)w->buf;
		g.size = w->size;
		g.nr_pages_per_call = nr;
		g.gup_flags = FOLL_WRITE;
		if (ioctl(w->gup_fd, PIN_FAST_BENCHMARK, &g)) {
			w->err = errno;
			w->errors++;
		} else if (g.size != w->size) {
			w->err = EFAULT;
			w->errors++;
		}
		w->walk_usec += g.get_delta_usec;

		for (pg = 0; pg < nr; pg++)
			if (*(uint64_t *)(w->buf + pg * page_size) !=
			    pattern(w->id, gen, pg))
				w->bad++;

		if (w->extra) {
			/* Races with whatever happens there: result ignored. */
			memset(&g, 0, sizeof(g));
			g.addr = (unsigned long)w->extra;
			g.size = w->extra_size;
			g.nr_pages_per_call = w->extra_size / page_size;
			g.gup_flags = FOLL_WRITE;
			ioctl(w->gup_fd, PIN_FAST_BENCHMARK, &g);
		}
		__atomic_add_fetch(&w->calls, 1, __ATOMIC_RELAXED);
	}
	w->wall_usec = now_usec() - start;
	return NULL;
}

/* Start GUP-fast walkers of this mm on @cpu[0..nr-1]; wait until they run. */
static int walkers_start(struct walker *w, int nr, const int *cpu, int gup_fd,
			 int *stop, char *extra, size_t extra_size)
{
	unsigned long long deadline;
	int i, ret;

	*stop = 0;
	for (i = 0; i < nr; i++) {
		memset(&w[i], 0, sizeof(w[i]));
		w[i].cpu = cpu[i];
		w[i].gup_fd = gup_fd;
		w[i].id = i + 1;
		w[i].size = WALK_SIZE;
		w[i].stop = stop;
		w[i].extra = i ? NULL : extra;
		w[i].extra_size = extra_size;
		w[i].buf = mmap(NULL, WALK_SIZE, PROT_READ | PROT_WRITE,
				MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
		if (w[i].buf == MAP_FAILED)
			return -errno;
		/* Small pages: a longer walk, and nothing for khugepaged. */
		madvise(w[i].buf, WALK_SIZE, MADV_NOHUGEPAGE);
		memset(w[i].buf, 0, WALK_SIZE);
	}
	for (i = 0; i < nr; i++) {
		ret = pthread_create(&w[i].thread, NULL, walker_fn, &w[i]);
		if (ret) {
			*stop = 1;
			while (i--)
				pthread_join(w[i].thread, NULL);
			return -ret;
		}
	}
	deadline = now_usec() + 20000000ULL;
	for (i = 0; i < nr; i++) {
		while (!__atomic_load_n(&w[i].calls, __ATOMIC_RELAXED) &&
		       !__atomic_load_n(&w[i].errors, __ATOMIC_RELAXED) &&
		       now_usec() < deadline)
			usleep(1000);
	}
	return 0;
}

static void walkers_stop(struct walker *w, int nr, int *stop)
{
	int i;

	__atomic_store_n(stop, 1, __ATOMIC_RELAXED);
	for (i = 0; i < nr; i++) {
		pthread_join(w[i].thread, NULL);
		munmap(w[i].buf, w[i].size);
	}
}

/*
 * The chance that none of @nr syncs found a walker inside GUP-fast, if each
 * walker spends the fraction of its time there that it measured.
 */
static double miss_chance(const struct walker *w, int nr_walkers, int nr)
{
	double per_sync = 1.0, p = 1.0;
	int i;

	for (i = 0; i < nr_walkers; i++)
		if (w[i].wall_usec)
			per_sync *= 1.0 - (double)w[i].walk_usec / w[i].wall_usec;
	for (i = 0; i < nr; i++)
		p *= per_sync;
	return p;
}

static void walkers_report(const struct walker *w, int nr)
{
	double busy;
	int i;

	for (i = 0; i < nr; i++) {
		busy = w[i].wall_usec ? 100.0 * w[i].walk_usec / w[i].wall_usec : 0;
		ksft_print_msg("walker CPU %d: %ld calls, %.0f%% in GUP-fast\n",
			       w[i].cpu, w[i].calls, busy);
		if (w[i].errors || w[i].bad)
			ksft_print_msg("walker CPU %d: %ld errors (%s), %ld bad values\n",
				       w[i].cpu, w[i].errors, strerror(w[i].err),
				       w[i].bad);
	}
}

static int shared_huge_map(struct shared_huge *h)
{
	void *p;

	p = mmap(h->area, h->pud, PROT_READ | PROT_WRITE,
		 MAP_SHARED | MAP_FIXED | MAP_NORESERVE, h->fd, 0);
	return p == MAP_FAILED ? -errno : 0;
}

/*
 * A 1 GiB (PUD_SIZE) MAP_SHARED hugetlb mapping at a PUD-aligned address:
 * the condition for PMD table sharing. MAP_NORESERVE, so that only the
 * touched huge pages are needed.
 */
static void shared_huge_teardown(struct shared_huge *h)
{
	if (h->reserve != MAP_FAILED)
		munmap(h->reserve, 2 * h->pud);
	if (h->fd >= 0)
		close(h->fd);
	h->reserve = MAP_FAILED;
	h->fd = -1;
}

static int shared_huge_setup(struct shared_huge *h)
{
	unsigned long hpage = default_huge_page_size();
	int ret;

	memset(h, 0, sizeof(*h));
	h->fd = -1;
	h->reserve = MAP_FAILED;
	if (!hpage)
		return -ENOENT;
	h->hpage = hpage;
	/* A PMD table maps PUD_SIZE: hpage times the entries per table. */
	h->pud = h->hpage * (page_size / sizeof(void *));
	h->fd = memfd_create("lockless_walk_sync", MFD_HUGETLB);
	if (h->fd < 0)
		return -errno;
	ret = ftruncate(h->fd, h->pud) ? -errno : 0;
	if (!ret) {
		h->reserve = mmap(NULL, 2 * h->pud, PROT_NONE,
				  MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE,
				  -1, 0);
		if (h->reserve == MAP_FAILED)
			ret = -errno;
	}
	if (!ret) {
		h->area = (char *)(((unsigned long)h->reserve + h->pud - 1) &
				   ~(h->pud - 1));
		ret = shared_huge_map(h);
	}
	if (ret)
		shared_huge_teardown(h);
	return ret;
}

static void shared_huge_fill(struct shared_huge *h)
{
	int i;

	for (i = 0; i < NR_HUGE_TOUCH; i++)
		*(uint64_t *)(h->area + i * h->hpage) = pattern(7, 0, i);
}

/* Touch (fault in, sharing the PMD table if another mm has it) and check. */
static int shared_huge_check(struct shared_huge *h)
{
	int i, bad = 0;

	for (i = 0; i < NR_HUGE_TOUCH; i++)
		if (FORCE_READ(*(uint64_t *)(h->area + i * h->hpage)) !=
		    pattern(7, 0, i))
			bad++;
	return bad;
}

/*
 * Unshare this mm's PMD table over the range: by mprotect(), by
 * MADV_DONTNEED, by mapping over it with MAP_FIXED and, unless other
 * threads may mmap() meanwhile (into the hole), by munmap().
 */
static int shared_huge_unshare(struct shared_huge *h, int how, bool hole)
{
	switch (how % (hole ? 4 : 3)) {
	case 0:
		if (mprotect(h->area, h->pud, PROT_READ))
			return -errno;
		return mprotect(h->area, h->pud, PROT_READ | PROT_WRITE) ? -errno : 0;
	case 1:
		return madvise(h->area, h->pud, MADV_DONTNEED) ? -errno : 0;
	case 2:
		return shared_huge_map(h);
	default:
		if (munmap(h->area, h->pud))
			return -errno;
		return shared_huge_map(h);
	}
}

static bool stop_requested(int fd)
{
	struct pollfd pfd = { .fd = fd, .events = POLLIN };

	return poll(&pfd, 1, 0) != 0;
}

/*
 * The other mm: share the PMD table and walk it with GUP-fast on @cpu until
 * @stop_fd reads EOF. Exit status: 0, or what went wrong.
 */
static void __noreturn
huge_child(struct shared_huge *h, int cpu, int gup_fd, int ready_fd,
	   int stop_fd)
{
	size_t size = NR_HUGE_TOUCH * h->hpage;
	long calls = 0, errors = 0;
	struct gup_test g;
	int bad;

	prctl(PR_SET_PDEATHSIG, SIGKILL);
	if (pin_to(cpu))
		_exit(10);
	bad = shared_huge_check(h);
	if (write(ready_fd, "r", 1) != 1)
		_exit(11);
	close(ready_fd);
	while (!stop_requested(stop_fd) && getppid() != 1) {
		memset(&g, 0, sizeof(g));
		g.addr = (unsigned long)h->area;
		g.size = size;
		g.nr_pages_per_call = size / page_size;
		g.gup_flags = FOLL_WRITE;
		if (ioctl(gup_fd, PIN_FAST_BENCHMARK, &g) || g.size != size)
			errors++;
		calls++;
		bad += shared_huge_check(h);
	}
	if (bad)
		_exit(12);
	if (errors)
		_exit(13);
	_exit(calls ? 0 : 14);
}

static const char *huge_child_error(int status)
{
	if (status == -1)
		return "lost";
	if (!WIFEXITED(status))
		return "killed";
	switch (WEXITSTATUS(status)) {
	case 0:
		return NULL;
	case 10:
		return "cannot bind to its CPU";
	case 11:
		return "cannot report ready";
	case 12:
		return "saw wrong data in the shared hugetlb pages";
	case 13:
		return "GUP-fast failed on the shared hugetlb pages";
	case 14:
		return "made no GUP-fast call";
	default:
		return "failed";
	}
}

static int huge_child_start(struct shared_huge *h, int cpu, int gup_fd,
			    pid_t *pid, int *stop_wr)
{
	int ready[2], stop[2];
	char c;

	if (pipe(ready))
		return -errno;
	if (pipe(stop)) {
		close(ready[0]);
		close(ready[1]);
		return -errno;
	}
	fflush(stdout);
	fflush(stderr);
	*pid = fork();
	if (*pid < 0)
		return -errno;
	if (!*pid) {
		close(ready[0]);
		close(stop[1]);
		huge_child(h, cpu, gup_fd, ready[1], stop[0]);
	}
	close(ready[1]);
	close(stop[0]);
	*stop_wr = stop[1];
	if (read(ready[0], &c, 1) != 1) {
		close(ready[0]);
		return -ECHILD;
	}
	close(ready[0]);
	return 0;
}

static int huge_child_stop(pid_t pid, int stop_wr)
{
	int status = 0;

	close(stop_wr);
	if (waitpid(pid, &status, 0) != pid)
		return -1;
	return status;
}

/* Each operation must have synced (if the syncs can be counted). */
static void expect_syncs(struct __test_metadata *_metadata,
			 const struct sync_count *sc, long nr)
{
	if (sc->syncs < 0) {
		/* No call may just mean no sync: do not pass on that. */
		if (_metadata->exit_code == KSFT_PASS)
			SKIP(return,
			     "syncs not counted: no kprobe on %s (an internal name; CONFIG_KPROBE_EVENTS?)",
			     SYNC_FUNC);
		return;
	}
	EXPECT_GE(sc->syncs, nr)
		TH_LOG("%ld of %ld operations did not sync", nr - sc->syncs, nr);
}

FIXTURE(lws) {
	struct cpus cpus;
	int gup_fd;
};

FIXTURE_SETUP(lws)
{
	self->gup_fd = -1;
	page_size = getpagesize();
	if (geteuid())
		SKIP(return, "must run as root");
	ASSERT_EQ(get_cpus(&self->cpus), 0);
	if (self->cpus.nr < 2)
		SKIP(return, "needs at least 2 CPUs");
	if (!trace_available())
		SKIP(return, "no %s (tracefs mounted? CONFIG_TRACEPOINTS?)",
		     CSD_EVENT);
	if (!kallsyms_has(SYNC_HANDLER))
		SKIP(return, "no %s in /proc/kallsyms: the test keys on that internal name",
		     SYNC_HANDLER);
}

FIXTURE_TEARDOWN(lws)
{
	trace_disable();
	if (self->gup_fd >= 0)
		close(self->gup_fd);
}

static int open_gup_test(int *fd)
{
	*fd = open(GUP_TEST_FILE, O_RDWR);
	return *fd < 0 ? -errno : 0;
}

/*
 * Collapses in an mm that nobody else walks: a targeted sync calls nobody.
 */
TEST_F_TIMEOUT(lws, collapse_no_walker, 120)
{
	size_t pmd = read_pmd_pagesize();
	int syncer = self->cpus.cpu[0], i, fails = 0, err = 0, ret;
	struct sync_count sc;
	long outside;

	if (!pmd)
		SKIP(return, "no THP (hpage_pmd_size)");
	ASSERT_EQ(pin_to(syncer), 0);
	ret = collapse_fresh(pmd, 0);
	if (ret == -EINVAL)
		SKIP(return, "MADV_COLLAPSE not supported");
	ASSERT_EQ(ret, 0) TH_LOG("MADV_COLLAPSE: %s", strerror(-ret));

	ASSERT_EQ(trace_start(), 0);
	for (i = 0; i < NR_COLLAPSE; i++) {
		ret = collapse_fresh(pmd, i + 1);
		if (ret) {
			fails++;
			err = ret;
		}
	}
	ret = trace_stop(&sc);
	ASSERT_EQ(ret, 0) TH_LOG("trace: %s", strerror(-ret));
	report("collapse, no walker", &sc, &self->cpus, syncer, NR_COLLAPSE);
	ASSERT_EQ(fails, 0) TH_LOG("%d of %d collapses failed: %s", fails,
				   NR_COLLAPSE, strerror(-err));

	if (broadcast_seen(&sc, &self->cpus, syncer, NR_COLLAPSE)) {
		ksft_print_msg("the sync was broadcast: every other CPU got at least %d calls\n",
			       NR_COLLAPSE);
		/* Not when something else failed already. */
		if (_metadata->exit_code == KSFT_PASS)
			SKIP(return, "kernel broadcasts the TLB sync (no targeted sync)");
		return;
	}
	outside = calls_outside(&sc, NULL, 0);
	EXPECT_EQ(outside, 0)
		TH_LOG("%ld sync calls although nobody walks this mm", outside);
	expect_syncs(_metadata, &sc, NR_COLLAPSE);
}

/*
 * Collapses while k threads of the same process run GUP-fast on CPUs
 * 1..k: every sync calls only (some of) those CPUs, and at least one sync
 * finds a walker inside GUP-fast and calls its CPU.
 *
 * Why "at least one" is reliable: each walker pins a 4 MiB buffer of small
 * pages in one pin_user_pages_fast() call, so a large part of its time is
 * spent in the IRQ-disabled walk; the rest is the ioctl, the unpin and the
 * pattern writes and checks. If a walker spends a fraction f of its time in
 * the walk, a sync misses all k walkers with probability (1 - f)^k, and all
 * of NR_COLLAPSE syncs do with (1 - f)^(k * NR_COLLAPSE): for f = 0.1,
 * k = 3 and 64 syncs that is 2e-9. Under QEMU TCG f is higher, not lower,
 * since the walk is emulated code. The test measures f (the time
 * gup_test reports spent pinning) and prints the resulting chance of a
 * miss when it fails.
 */
TEST_F_TIMEOUT(lws, collapse_with_gup_walkers, 180)
{
	size_t pmd = read_pmd_pagesize();
	int syncer = self->cpus.cpu[0], nr_walkers, i, fails = 0, err = 0, ret;
	int walker_cpus[NR_WALKERS], allowed[NR_WALKERS], stop;
	struct walker w[NR_WALKERS];
	struct sync_count sc;
	long outside, hits = 0, errors = 0, bad = 0;

	if (!pmd)
		SKIP(return, "no THP (hpage_pmd_size)");
	ret = open_gup_test(&self->gup_fd);
	if (ret)
		SKIP(return, "%s: %s (CONFIG_GUP_TEST, debugfs)", GUP_TEST_FILE,
		     strerror(-ret));
	ASSERT_EQ(pin_to(syncer), 0);
	ret = collapse_fresh(pmd, 0);
	if (ret == -EINVAL)
		SKIP(return, "MADV_COLLAPSE not supported");
	ASSERT_EQ(ret, 0) TH_LOG("MADV_COLLAPSE: %s", strerror(-ret));

	/* Leave at least one CPU idle when there are 4 or more. */
	nr_walkers = self->cpus.nr - 2;
	if (nr_walkers > NR_WALKERS)
		nr_walkers = NR_WALKERS;
	if (nr_walkers < 1)
		nr_walkers = 1;
	for (i = 0; i < nr_walkers; i++) {
		walker_cpus[i] = self->cpus.cpu[i + 1];
		allowed[i] = walker_cpus[i];
	}

	ret = walkers_start(w, nr_walkers, walker_cpus, self->gup_fd, &stop,
			    NULL, 0);
	ASSERT_EQ(ret, 0) TH_LOG("starting the walkers: %s", strerror(-ret));
	ret = trace_start();
	for (i = 0; !ret && i < NR_COLLAPSE; i++) {
		int r = collapse_fresh(pmd, i + 1);

		if (r) {
			fails++;
			err = r;
		}
	}
	if (!ret)
		ret = trace_stop(&sc);
	walkers_stop(w, nr_walkers, &stop);
	ASSERT_EQ(ret, 0) TH_LOG("trace: %s", strerror(-ret));

	report("collapse, GUP-fast walkers", &sc, &self->cpus, syncer,
	       NR_COLLAPSE);
	walkers_report(w, nr_walkers);
	for (i = 0; i < nr_walkers; i++) {
		hits += sc.to[walker_cpus[i]];
		errors += w[i].errors;
		bad += w[i].bad;
	}
	EXPECT_EQ(fails, 0) TH_LOG("%d of %d collapses failed: %s", fails,
				   NR_COLLAPSE, strerror(-err));
	EXPECT_EQ(errors, 0) TH_LOG("GUP-fast failed %ld times", errors);
	EXPECT_EQ(bad, 0) TH_LOG("%ld pattern mismatches in pinned buffers", bad);

	if (broadcast_seen(&sc, &self->cpus, syncer, NR_COLLAPSE)) {
		ksft_print_msg("the sync was broadcast: every other CPU got at least %d calls\n",
			       NR_COLLAPSE);
		/* Not when something else failed already. */
		if (_metadata->exit_code == KSFT_PASS)
			SKIP(return, "kernel broadcasts the TLB sync (no targeted sync)");
		return;
	}
	outside = calls_outside(&sc, allowed, nr_walkers);
	EXPECT_EQ(outside, 0)
		TH_LOG("%ld sync calls to CPUs that do not walk this mm", outside);
	EXPECT_GT(hits, 0)
		TH_LOG("no sync reached a GUP-fast walker (registered?), chance %.2g",
		       miss_chance(w, nr_walkers, NR_COLLAPSE));
	expect_syncs(_metadata, &sc, NR_COLLAPSE);
}

/*
 * hugetlb PMD table sharing: the parent and a forked child map the same
 * hugetlb file over a PUD-aligned 1 GiB range and share its PMD table. The
 * child runs GUP-fast on the shared range on CPU 2, a thread of the parent
 * runs GUP-fast (on its own buffer, i.e. in the parent's mm) on CPU 1, and
 * the parent unshares the table on CPU 0 again and again (mprotect(),
 * MADV_DONTNEED, mmap(MAP_FIXED) over it, munmap()), faulting it back in
 * (and so sharing it again) after each.
 *
 * Each unshare syncs the parent's walkers only: the child walks its own mm,
 * in which the table stays valid. So the child's CPU and the idle CPUs must
 * not be called at all, and the parent's walker must be called by some of
 * the syncs (which also shows that the table was shared and unshared).
 * A kernel that broadcasts when the table becomes exclusive calls every
 * CPU on each of these unshares: reported and skipped.
 */
TEST_F_TIMEOUT(lws, hugetlb_unshare, 180)
{
	int syncer = self->cpus.cpu[0], walker_cpu, child_cpu;
	int i, ret, status, stop, stop_wr, bad = 0, fails = 0, err = 0;
	struct shared_huge h;
	struct sync_count sc;
	struct walker w;
	const char *child_err;
	long outside;
	pid_t pid;

	if (self->cpus.nr < 3)
		SKIP(return, "needs 3 CPUs");
	walker_cpu = self->cpus.cpu[1];
	child_cpu = self->cpus.cpu[2];
	ret = open_gup_test(&self->gup_fd);
	if (ret)
		SKIP(return, "%s: %s (CONFIG_GUP_TEST, debugfs)", GUP_TEST_FILE,
		     strerror(-ret));
	if (!default_huge_page_size())
		SKIP(return, "no hugetlb support");
	/* main() saved the huge page settings; its exit restores them. */
	if (!hugetlb_setup_default(NR_HUGE_TOUCH))
		SKIP(return, "cannot get %d free huge pages", NR_HUGE_TOUCH);
	ret = shared_huge_setup(&h);
	if (ret)
		SKIP(return, "cannot map a 1 GiB hugetlb range: %s", strerror(-ret));
	ASSERT_EQ(pin_to(syncer), 0);
	shared_huge_fill(&h);

	ret = huge_child_start(&h, child_cpu, self->gup_fd, &pid, &stop_wr);
	ASSERT_EQ(ret, 0) TH_LOG("starting the child: %s", strerror(-ret));
	ret = walkers_start(&w, 1, &walker_cpu, self->gup_fd, &stop, NULL, 0);
	if (ret) {
		kill(pid, SIGKILL);
		huge_child_stop(pid, stop_wr);
		ASSERT_EQ(ret, 0) TH_LOG("starting the walker: %s", strerror(-ret));
	}

	ret = trace_start();
	for (i = 0; !ret && i < NR_UNSHARE; i++) {
		int r = shared_huge_unshare(&h, i, true);

		if (r) {
			fails++;
			err = r;
		}
		/* Fault it back in: shares the child's table again. */
		bad += shared_huge_check(&h);
	}
	if (!ret)
		ret = trace_stop(&sc);
	walkers_stop(&w, 1, &stop);
	status = huge_child_stop(pid, stop_wr);
	shared_huge_teardown(&h);
	ASSERT_EQ(ret, 0) TH_LOG("trace: %s", strerror(-ret));

	report("hugetlb PMD unshare", &sc, &self->cpus, syncer, NR_UNSHARE);
	walkers_report(&w, 1);
	ksft_print_msg("child (another mm) walking on CPU %d: %ld sync calls\n",
		       child_cpu, sc.to[child_cpu]);
	child_err = huge_child_error(status);
	EXPECT_TRUE(!child_err) TH_LOG("child: %s", child_err);
	EXPECT_EQ(fails, 0) TH_LOG("%d of %d unshares failed: %s", fails,
				   NR_UNSHARE, strerror(-err));
	EXPECT_EQ(bad, 0) TH_LOG("%d wrong values in the shared huge pages", bad);
	EXPECT_EQ(w.errors, 0) TH_LOG("GUP-fast failed %ld times", w.errors);
	EXPECT_EQ(w.bad, 0) TH_LOG("%ld pattern mismatches in the pinned buffer", w.bad);

	if (broadcast_seen(&sc, &self->cpus, syncer, NR_UNSHARE)) {
		ksft_print_msg("the sync was broadcast: every other CPU got at least %d calls\n",
			       NR_UNSHARE);
		/* Not when something else failed already. */
		if (_metadata->exit_code == KSFT_PASS)
			SKIP(return, "kernel broadcasts the TLB sync (no targeted sync)");
		return;
	}
	EXPECT_EQ(sc.to[child_cpu], 0)
		TH_LOG("the walker of the other mm was called");
	outside = calls_outside(&sc, &walker_cpu, 1);
	EXPECT_EQ(outside, 0)
		TH_LOG("%ld sync calls to CPUs that do not walk this mm", outside);
	/*
	 * Each unshare also flushes the TLB, which on x86 IPIs the walker's
	 * CPU and waits for the walk to end just before the sync: the sync
	 * rarely finds it walking, so there is no minimum here.
	 */
	ksft_print_msg("%ld sync calls reached this mm's walker\n",
		       sc.to[walker_cpu]);
	expect_syncs(_metadata, &sc, NR_UNSHARE);
}

struct unsharer {
	pthread_t thread;
	struct shared_huge *h;
	int cpu;
	int *stop;
	long rounds;
	long fails;
	long bad;
};

static void *unsharer_fn(void *arg)
{
	struct unsharer *u = arg;

	pin_to(u->cpu);
	while (!__atomic_load_n(u->stop, __ATOMIC_RELAXED)) {
		/* No munmap(): the main thread mmap()s meanwhile. */
		if (shared_huge_unshare(u->h, u->rounds, false))
			u->fails++;
		u->bad += shared_huge_check(u->h);
		u->rounds++;
	}
	return NULL;
}

/*
 * GUP-fast (on own buffers and on the range being collapsed) against
 * MADV_COLLAPSE, munmap() and hugetlb PMD unsharing, for -S seconds. Passes
 * if the data stays consistent; the kernel's own checkers do the rest.
 */
TEST_F_TIMEOUT(lws, stress, STRESS_MAX_SECONDS + 90)
{
	size_t pmd = read_pmd_pagesize();
	int syncer = self->cpus.cpu[0], nr_walkers, i, ret, stop, stop_wr = -1;
	int walker_cpus[NR_WALKERS], status = 0;
	long collapses = 0, collapse_fails = 0, collapse_bad = 0, errors = 0, bad = 0;
	struct unsharer u = { 0 };
	struct walker w[NR_WALKERS];
	unsigned long long end;
	struct shared_huge h;
	bool mapped = false, huge = false, unsharing = false;
	char *reserve, *area;
	const char *child_err;
	pid_t pid = -1;

	if (!pmd)
		SKIP(return, "no THP (hpage_pmd_size)");
	ret = open_gup_test(&self->gup_fd);
	if (ret)
		SKIP(return, "%s: %s (CONFIG_GUP_TEST, debugfs)", GUP_TEST_FILE,
		     strerror(-ret));
	ASSERT_EQ(pin_to(syncer), 0);

	/* The collapsed range, at a fixed address the walkers also pin. */
	reserve = mmap(NULL, 2 * pmd, PROT_NONE,
		       MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
	ASSERT_NE(reserve, MAP_FAILED);
	area = (char *)(((unsigned long)reserve + pmd - 1) & ~(pmd - 1));

	/* hugetlb sharing if possible: the child first, before any thread. */
	if (self->cpus.nr >= 3 && default_huge_page_size() &&
	    hugetlb_setup_default(NR_HUGE_TOUCH)) {
		mapped = !shared_huge_setup(&h);
		if (mapped) {
			shared_huge_fill(&h);
			huge = !huge_child_start(&h, self->cpus.cpu[self->cpus.nr - 1],
						 self->gup_fd, &pid, &stop_wr);
		}
	}
	if (!huge)
		ksft_print_msg("no hugetlb PMD sharing in this run\n");

	nr_walkers = self->cpus.nr - 2;
	if (nr_walkers > NR_WALKERS)
		nr_walkers = NR_WALKERS;
	if (nr_walkers < 1)
		nr_walkers = 1;
	for (i = 0; i < nr_walkers; i++)
		walker_cpus[i] = self->cpus.cpu[1 + i % (self->cpus.nr - 1)];
	/* The first walker also pins the range being collapsed. */
	ret = walkers_start(w, nr_walkers, walker_cpus, self->gup_fd, &stop,
			    area, pmd);
	if (!ret && huge) {
		u.h = &h;
		u.cpu = self->cpus.cpu[1 + nr_walkers % (self->cpus.nr - 1)];
		u.stop = &stop;
		ret = -pthread_create(&u.thread, NULL, unsharer_fn, &u);
		unsharing = !ret;
	}

	end = now_usec() + stress_seconds * 1000000ULL;
	while (!ret && now_usec() < end) {
		void *p;
		int r;

		/* Replaces (zaps, frees the old page table) and collapses. */
		p = mmap(area, pmd, PROT_READ | PROT_WRITE,
			 MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0);
		if (p == MAP_FAILED) {
			ret = -errno;
			break;
		}
		r = collapse_range(area, pmd, collapses);
		if (r == -EIO)
			collapse_bad++;
		else if (r)
			collapse_fails++;
		collapses++;
		/* And a plain munmap() of a populated range. */
		p = mmap(NULL, pmd, PROT_READ | PROT_WRITE,
			 MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
		if (p != MAP_FAILED) {
			memset(p, 1, pmd);
			munmap(p, pmd);
		}
	}

	walkers_stop(w, nr_walkers, &stop);
	if (unsharing)
		pthread_join(u.thread, NULL);
	if (pid > 0)
		status = huge_child_stop(pid, stop_wr);
	if (mapped)
		shared_huge_teardown(&h);
	munmap(reserve, 2 * pmd);
	ASSERT_EQ(ret, 0) TH_LOG("%s", strerror(-ret));

	walkers_report(w, nr_walkers);
	ksft_print_msg("%ld collapses (%ld failed), %ld hugetlb unshares (%ld failed) in %d s\n",
		       collapses, collapse_fails, u.rounds, u.fails, stress_seconds);
	for (i = 0; i < nr_walkers; i++) {
		errors += w[i].errors;
		bad += w[i].bad;
	}
	EXPECT_EQ(errors, 0) TH_LOG("GUP-fast of the walkers' own buffers failed %ld times",
				    errors);
	EXPECT_EQ(bad, 0) TH_LOG("%ld pattern mismatches in pinned buffers", bad);
	EXPECT_EQ(collapse_bad, 0) TH_LOG("%ld collapsed ranges lost data", collapse_bad);
	EXPECT_GT(collapses - collapse_fails, 0) TH_LOG("no collapse succeeded");
	if (huge) {
		child_err = huge_child_error(status);
		EXPECT_TRUE(!child_err) TH_LOG("child: %s", child_err);
		EXPECT_EQ(u.bad, 0) TH_LOG("%ld wrong values in the shared huge pages", u.bad);
		EXPECT_EQ(u.fails, 0) TH_LOG("%ld unshares failed", u.fails);
	}
}

/*
 * -S SECONDS (1 to STRESS_MAX_SECONDS) sets the stress test's length; the
 * rest goes to the harness.  The huge page settings are saved here, in the
 * harness's process, and restored when it exits: each test runs in a child
 * that leaves with _exit().
 */
int main(int argc, char **argv)
{
	int i, j;

	for (i = 1, j = 1; i < argc; i++) {
		if (!strcmp(argv[i], "-S") && i + 1 < argc) {
			stress_seconds = atoi(argv[++i]);
			if (stress_seconds < 1 || stress_seconds > STRESS_MAX_SECONDS) {
				fprintf(stderr, "-S takes 1 to %d seconds\n",
					STRESS_MAX_SECONDS);
				return KSFT_FAIL;
			}
			continue;
		}
		argv[j++] = argv[i];
	}
	argv[j] = NULL;
	hugetlb_save_settings();
	return test_harness_run(j, argv);
}
