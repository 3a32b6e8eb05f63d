// SPDX-License-Identifier: GPL-2.0
/*
 * walker_model.c - a userspace MODEL, not the kernel, of the walker-side
 * cost of the designs for tracking lockless page-table walkers (GUP-fast).
 *
 * Each thread is pinned to its own CPU and loops: begin (the design's
 * registration), a modelled GUP-fast walk of P pages, end.  The threads
 * model one process (one mm) by default, the worst case for a shared
 * per-mm mask; a design name ending in "-ownmm" (or -s) gives every
 * thread its own mm.  Designs:
 *
 *   baseline  no registration, just the walk (hand-written).
 *   percpu    per-CPU pointer slot: load; if it is not already mm,
 *             xchg(slot, mm) (full barrier); end: store-release NULL
 *             (hand-written, here).
 *   cpumask   shared per-mm bitmap, strict: the series' own
 *             mm_lockless_walk_begin()/end() as the strict comparison
 *             patch has them (test_and_set_bit, lock bts; end:
 *             clear_bit_unlock, lock btr, when begin set the bit).
 *   lazy      shared per-mm bitmap, lazy: the series' own
 *             mm_lockless_walk_begin()/end() as mailed (test_bit, bt;
 *             test_and_set_bit only when the bit is clear; end: nothing).
 *             lazy-syncN (or -y N): every N walks the thread drops its
 *             own bit, as the sync IPI handler does, so that the next
 *             walk sets it again.
 *
 * cpumask and lazy run walker_loop.c, compiled by model.sh from the
 * series' <linux/mm_lockless_walk.h> (see walker_model.h); baseline and
 * percpu run run_loop() below.
 *
 * What it is not: no IRQ disabling, no real page tables, no struct page
 * refcounts, no NUMA placement control, no IPIs.  It measures the
 * instruction sequences and their cache-line traffic, nothing else.
 *
 * Build: workbench/model.sh (make model), which derives each version of
 * the header and compiles walker_loop.c against it; this file alone does
 * not link.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <limits.h>
#include <pthread.h>
#include <sched.h>
#include <stdalign.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/utsname.h>
#include <time.h>
#include <unistd.h>

#if defined(__x86_64__) || defined(__i386__)
#include <x86intrin.h>
#define HAVE_TSC 1
static inline uint64_t tsc(void) { return __rdtsc(); }
static inline void cpu_relax(void) { __builtin_ia32_pause(); }
#else
#define HAVE_TSC 0
static inline uint64_t tsc(void) { return 0; }
static inline void cpu_relax(void) { __asm__ __volatile__("" ::: "memory"); }
#endif

#include "walker_model.h"

#define MAX_THREADS	MODEL_NR_CPUS
#define BITS_PER_LONG	MODEL_LONG_BITS
#define MASK_WORDS	MODEL_MASK_WORDS
#define LINE		MODEL_LINE
#define MAX_LIST	64

enum design { D_BASELINE, D_PERCPU, D_CPUMASK, D_LAZY };
static const char *const design_names[] = { "baseline", "percpu", "cpumask",
					    "lazy" };

struct design_spec {
	enum design d;
	bool own_mm;
	bool aref;			/* per-page refcount is atomic */
	unsigned long sync_every;	/* lazy only: 0 = never */
	char label[48];
};

/* A per-CPU slot of the percpu design. */
struct pcpu_slot {
	alignas(LINE) struct mm_struct *active;
};

struct thread_ctx {
	alignas(LINE) int idx;
	int cpu;
	pthread_t th;
	struct mm_struct *mm;
	struct pcpu_slot *slot;
	int err;		/* errno of a failed pin, -1: wrong CPU */
	int got_cpu;
	unsigned long walks;
	uint64_t ns;
	uint64_t cycles;
	struct walk_acc acc;
};

/*
 * What the loops built from the series' header read (walker_model.h): the
 * mask's offset in the mm (read-mostly, as the kernel's __ro_after_init
 * one), the thread's index, and the run control, on lines of their own.
 */
struct model_ro model_ro = {
	.walkers_offset = offsetof(struct mm_struct, lockless_walkers),
};
__thread int model_cpu_number = -1;
struct model_ctl model_ctl;
static struct {
	alignas(LINE) int ready;
} ready_ctl;

static struct mm_struct shared_mm;
static struct mm_struct *own_mms;	/* [MAX_THREADS] */
static struct pcpu_slot *slots;		/* [MAX_THREADS] */
static struct thread_ctx *ctxs;		/* [MAX_THREADS] */

static struct design_spec cur;
static int cur_pages;
static bool inject_fault;

static uint64_t now_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000000000ULL + (uint64_t)ts.tv_nsec;
}

static void tables_init(struct walk_tables *t)
{
	for (int l = 0; l < LEVELS; l++)
		for (int i = 0; i < ENTRIES; i++)
			t->tab[l][i] = l < LEVELS - 1 ?
				(uintptr_t)t->tab[l + 1] | PRESENT :
				((uintptr_t)(i + 1) << 12) | PRESENT;
}

/* -F: set a bit without a walk (the harness's own, not the series'). */
static void model_set_bit(unsigned long *word, unsigned int nr)
{
	__atomic_fetch_or(word, 1UL << nr, __ATOMIC_SEQ_CST);
}

/*
 * The measured loop of the hand-written designs (baseline, percpu),
 * specialised per design by always_inline with a constant 'd'.  Returns
 * the number of walks done until model_ctl.stop.  cpumask and lazy run
 * model_loop_strict() and model_loop_lazy(), built from the series' header
 * (walker_loop.c).
 */
static inline __attribute__((always_inline))
unsigned long run_loop(struct thread_ctx *c, const uintptr_t *pgd,
		       const enum design d, const bool aref, int npages)
{
	struct mm_struct *mm = c->mm;
	struct mm_struct **slot = &c->slot->active;
	unsigned long walks = 0, addr = 0;

	while (!__atomic_load_n(&model_ctl.stop, __ATOMIC_RELAXED)) {
		bool reg = false;

		/* begin */
		if (d == D_PERCPU) {
			struct mm_struct *prev;

			prev = __atomic_load_n(slot, __ATOMIC_RELAXED);
			if (prev != mm) {
				(void)__atomic_exchange_n(slot, mm,
							  __ATOMIC_SEQ_CST);
				reg = true;
			}
		}

		walk_pages(&c->acc, pgd, addr, npages, aref);

		/* end */
		if (d == D_PERCPU && reg)
			__atomic_store_n(slot, NULL, __ATOMIC_RELEASE);

		walks++;
		addr += (unsigned long)npages << 12;
	}
	return walks;
}

static void *worker(void *arg)
{
	struct thread_ctx *c = arg;
	struct walk_tables *t;
	cpu_set_t set;
	uint64_t t0, t1, c0, c1;
	unsigned long walks = 0;

	CPU_ZERO(&set);
	CPU_SET(c->cpu, &set);
	if (sched_setaffinity(0, sizeof(set), &set)) {
		c->err = errno;
	} else {
		c->got_cpu = sched_getcpu();
		if (c->got_cpu != c->cpu)
			c->err = -1;
	}
	/* The series' walkers' smp_processor_id(): the thread's index. */
	model_cpu_number = c->idx;
	/* First touch on the thread's own CPU. */
	t = aligned_alloc(4096, sizeof(*t) < 4096 ? 4096 : sizeof(*t));
	if (!t && !c->err)
		c->err = ENOMEM;
	if (t)
		tables_init(t);
	__atomic_fetch_add(&ready_ctl.ready, 1, __ATOMIC_SEQ_CST);
	while (!__atomic_load_n(&model_ctl.go, __ATOMIC_ACQUIRE))
		cpu_relax();
	if (c->err) {
		free(t);
		return NULL;
	}

	t0 = now_ns();
	c0 = tsc();
#define RUN(d, aref)	run_loop(c, t->tab[0], d, aref, cur_pages)
	switch (cur.d * 2 + cur.aref) {
	case D_BASELINE * 2:	 walks = RUN(D_BASELINE, false); break;
	case D_BASELINE * 2 + 1: walks = RUN(D_BASELINE, true); break;
	case D_PERCPU * 2:	 walks = RUN(D_PERCPU, false); break;
	case D_PERCPU * 2 + 1:	 walks = RUN(D_PERCPU, true); break;
	case D_CPUMASK * 2:
	case D_CPUMASK * 2 + 1:
		walks = model_loop_strict(c->mm, t->tab[0], &c->acc, cur.aref,
					  cur_pages, cur.sync_every);
		break;
	case D_LAZY * 2:
	case D_LAZY * 2 + 1:
		walks = model_loop_lazy(c->mm, t->tab[0], &c->acc, cur.aref,
					cur_pages, cur.sync_every);
		break;
	}
#undef RUN
	c1 = tsc();
	t1 = now_ns();

	/* -F: a begin without its end, which the sanity check must catch. */
	if (inject_fault && c->idx == 0) {
		if (cur.d == D_PERCPU)
			(void)__atomic_exchange_n(&c->slot->active, c->mm,
						  __ATOMIC_SEQ_CST);
		else if (cur.d == D_CPUMASK || cur.d == D_BASELINE)
			model_set_bit(&c->mm->lockless_walkers[0], 0);
		else if (cur.d == D_LAZY)
			model_set_bit(&c->mm->lockless_walkers[MASK_WORDS - 1],
				      BITS_PER_LONG - 1);
	}

	c->walks = walks;
	c->ns = t1 - t0;
	c->cycles = c1 - c0;
	free(t);
	return NULL;
}

struct point {
	unsigned long walks;
	double ns_per_walk, cycles_per_walk, thr_min, thr_max;
};

static void die(const char *msg)
{
	fprintf(stderr, "walker_model: ERROR: %s\n", msg);
	exit(2);
}

/* Every begin that registered was ended; lazy holds only running bits. */
static void sanity_check(int nthreads)
{
	char msg[256];
	struct mm_struct *mm;
	int n = cur.own_mm ? nthreads : 1;

	for (int i = 0; i < nthreads; i++) {
		if (__atomic_load_n(&slots[i].active, __ATOMIC_SEQ_CST)) {
			snprintf(msg, sizeof(msg),
				 "sanity: %s: per-CPU slot of thread %d still set after the point (a begin without end)",
				 cur.label, i);
			die(msg);
		}
		if (!ctxs[i].walks) {
			snprintf(msg, sizeof(msg),
				 "sanity: %s: thread %d did no walk", cur.label, i);
			die(msg);
		}
	}
	for (int m = 0; m < n; m++) {
		mm = cur.own_mm ? &own_mms[m] : &shared_mm;
		for (int w = 0; w < MASK_WORDS; w++) {
			unsigned long v = __atomic_load_n(&mm->lockless_walkers[w],
							  __ATOMIC_SEQ_CST);
			unsigned long allowed = 0;

			if (cur.d == D_LAZY) {
				for (int b = 0; b < BITS_PER_LONG; b++) {
					int tid = w * BITS_PER_LONG + b;

					if (tid < nthreads &&
					    (!cur.own_mm || tid == m))
						allowed |= 1UL << b;
				}
			}
			if (v & ~allowed) {
				snprintf(msg, sizeof(msg),
					 "sanity: %s: mask word %d of mm %d is %#lx, allowed %#lx (%s)",
					 cur.label, w, m, v, allowed,
					 cur.d == D_LAZY ?
					 "a bit of a thread that did not run" :
					 "a begin without end");
				die(msg);
			}
			__atomic_store_n(&mm->lockless_walkers[w], 0,
					 __ATOMIC_SEQ_CST);
		}
	}
}

static void run_point(int nthreads, const int *cpus, unsigned int ms,
		      struct point *p)
{
	struct timespec d = { ms / 1000, (long)(ms % 1000) * 1000000L };
	double tn = 0, tc = 0;
	int i, err;

	memset(&shared_mm, 0, sizeof(shared_mm));
	memset(own_mms, 0, sizeof(*own_mms) * MAX_THREADS);
	memset(slots, 0, sizeof(*slots) * MAX_THREADS);
	model_ctl.go = 0;
	model_ctl.stop = 0;
	ready_ctl.ready = 0;
	for (i = 0; i < nthreads; i++) {
		struct thread_ctx *c = &ctxs[i];

		memset(c, 0, sizeof(*c));
		c->idx = i;
		c->cpu = cpus[i];
		c->mm = cur.own_mm ? &own_mms[i] : &shared_mm;
		c->slot = &slots[i];
		err = pthread_create(&c->th, NULL, worker, c);
		if (err) {
			fprintf(stderr, "walker_model: ERROR: pthread_create: %s\n",
				strerror(err));
			exit(2);
		}
	}
	while (__atomic_load_n(&ready_ctl.ready, __ATOMIC_ACQUIRE) < nthreads) {
		struct timespec s = { 0, 100000 };

		nanosleep(&s, NULL);
	}
	for (i = 0; i < nthreads; i++)
		if (ctxs[i].err)
			break;
	if (i < nthreads) {
		struct thread_ctx *c = &ctxs[i];

		model_ctl.stop = 1;
		__atomic_store_n(&model_ctl.go, 1, __ATOMIC_RELEASE);
		for (int j = 0; j < nthreads; j++)
			pthread_join(ctxs[j].th, NULL);
		if (c->err == -1)
			fprintf(stderr,
				"walker_model: ERROR: pinning failed: thread %d pinned to CPU %d runs on CPU %d\n",
				i, c->cpu, c->got_cpu);
		else
			fprintf(stderr,
				"walker_model: ERROR: pinning failed: thread %d to CPU %d: %s\n",
				i, c->cpu, strerror(c->err));
		exit(2);
	}
	__atomic_store_n(&model_ctl.go, 1, __ATOMIC_RELEASE);
	while (clock_nanosleep(CLOCK_MONOTONIC, 0, &d, &d) == EINTR)
		;
	__atomic_store_n(&model_ctl.stop, 1, __ATOMIC_RELEASE);
	for (i = 0; i < nthreads; i++)
		pthread_join(ctxs[i].th, NULL);

	sanity_check(nthreads);

	p->walks = 0;
	p->thr_min = 1e300;
	p->thr_max = 0;
	for (i = 0; i < nthreads; i++) {
		struct thread_ctx *c = &ctxs[i];
		double per = (double)c->ns / (double)c->walks;

		p->walks += c->walks;
		tn += (double)c->ns;
		tc += (double)c->cycles;
		if (per < p->thr_min)
			p->thr_min = per;
		if (per > p->thr_max)
			p->thr_max = per;
	}
	/* Thread time over walks: duration * threads / total walks. */
	p->ns_per_walk = tn / (double)p->walks;
	p->cycles_per_walk = HAVE_TSC ? tc / (double)p->walks : 0;
}

static int parse_list(const char *s, int *out, int max, const char *what)
{
	int n = 0;
	char *end;

	while (*s) {
		long a = strtol(s, &end, 10), b;

		if (end == s || a < 0)
			goto bad;
		b = a;
		s = end;
		if (*s == '-') {
			b = strtol(s + 1, &end, 10);
			if (end == s + 1 || b < a)
				goto bad;
			s = end;
		}
		for (long v = a; v <= b; v++) {
			if (n >= max)
				goto bad;
			out[n++] = (int)v;
		}
		if (*s == ',')
			s++;
		else if (*s)
			goto bad;
	}
	if (!n)
		goto bad;
	return n;
bad:
	fprintf(stderr, "walker_model: ERROR: bad %s list (at most %d entries)\n",
		what, max);
	exit(2);
}

static bool strip_suffix(char *s, const char *suffix)
{
	size_t len = strlen(s), sl = strlen(suffix);

	if (len <= sl || strcmp(s + len - sl, suffix))
		return false;
	s[len - sl] = '\0';
	return true;
}

static int parse_designs(const char *arg, struct design_spec *out, int max,
			 bool own_all, bool aref_all, unsigned long sync_all)
{
	char buf[1024], *tok, *save;
	int n = 0;

	snprintf(buf, sizeof(buf), "%s", arg);
	for (tok = strtok_r(buf, ",", &save); tok;
	     tok = strtok_r(NULL, ",", &save)) {
		struct design_spec s = { .own_mm = own_all, .aref = aref_all };
		unsigned int k;

		if (n >= max)
			die("too many designs");
		/* Suffixes, in any order: -ownmm, -aref. */
		for (;;) {
			if (strip_suffix(tok, "-ownmm"))
				s.own_mm = true;
			else if (strip_suffix(tok, "-aref"))
				s.aref = true;
			else
				break;
		}
		if (!strncmp(tok, "lazy-sync", 9)) {
			char *end;

			s.d = D_LAZY;
			s.sync_every = strtoul(tok + 9, &end, 10);
			if (end == tok + 9 || *end || !s.sync_every)
				die("bad lazy-syncN design (N > 0 walks)");
		} else {
			for (k = 0; k < 4; k++)
				if (!strcmp(tok, design_names[k]))
					break;
			if (k == 4) {
				fprintf(stderr,
					"walker_model: ERROR: unknown design '%s' (baseline percpu cpumask lazy lazy-syncN, optional suffixes -ownmm, -aref)\n",
					tok);
				exit(2);
			}
			s.d = k;
			if (s.d == D_LAZY)
				s.sync_every = sync_all;
		}
		if (s.d == D_LAZY && s.sync_every)
			snprintf(s.label, sizeof(s.label), "lazy-sync%lu%s%s",
				 s.sync_every, s.own_mm ? "-ownmm" : "",
				 s.aref ? "-aref" : "");
		else
			snprintf(s.label, sizeof(s.label), "%s%s%s",
				 design_names[s.d], s.own_mm ? "-ownmm" : "",
				 s.aref ? "-aref" : "");
		out[n++] = s;
	}
	if (!n)
		die("no design given");
	return n;
}

static void cpu_model(char *buf, size_t len)
{
	FILE *f = fopen("/proc/cpuinfo", "r");
	char line[512];

	snprintf(buf, len, "unknown");
	if (!f)
		return;
	while (fgets(line, sizeof(line), f)) {
		char *v = strchr(line, ':');

		if (!v || (strncmp(line, "model name", 10) &&
			   strncmp(line, "Model", 5) &&
			   strncmp(line, "CPU part", 8)))
			continue;
		v++;
		while (*v == ' ' || *v == '\t')
			v++;
		v[strcspn(v, "\n")] = '\0';
		snprintf(buf, len, "%s", v);
		if (!strncmp(line, "model name", 10))
			break;
	}
	fclose(f);
}

static void loadavg(char *buf, size_t len)
{
	FILE *f = fopen("/proc/loadavg", "r");
	double a = 0, b = 0, c = 0;

	snprintf(buf, len, "unknown");
	if (f && fscanf(f, "%lf %lf %lf", &a, &b, &c) == 3)
		snprintf(buf, len, "%.2f %.2f %.2f", a, b, c);
	if (f)
		fclose(f);
}

static int cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return x < y ? -1 : x > y;
}

static void usage(FILE *f)
{
	fprintf(f,
"usage: walker_model [options]\n"
"A userspace MODEL (not the kernel) of the instruction sequences each design\n"
"runs around every lockless page-table walk (GUP-fast), in threads pinned\n"
"one per CPU.  Prints CSV: design,threads,pages,rep,walks,ns_per_walk,\n"
"cycles_per_walk,thread_ns_min,thread_ns_max (ns and TSC ticks per walk\n"
"per thread; thread_* = the spread of the threads' own ns per walk).\n"
"\n"
"  -D LIST   designs, comma separated (default\n"
"            baseline,percpu,cpumask,lazy,lazy-sync1000): baseline, percpu,\n"
"            cpumask, lazy, lazy-syncN; suffixes: -ownmm (every thread its\n"
"            own mm), -aref (atomic per-page refcount, as -a); cpumask and\n"
"            lazy run the series' mm_lockless_walk_begin()/end() (-h's last\n"
"            lines say from which header), baseline and percpu hand-written\n"
"  -t LIST   thread counts (default 1,2,4,..,N and N, N = CPUs in the set)\n"
"  -p LIST   pages per GUP-fast call (default 1,8)\n"
"  -d MS     duration of each point in ms (default 200)\n"
"  -r R      repetitions of each point (default 5)\n"
"  -c LIST   CPUs to pin to, e.g. 0-7,16 (default: the allowed set);\n"
"            thread i runs on the i-th CPU of the list\n"
"  -s        every thread its own mm/mask (all designs get -ownmm)\n"
"  -a        the per-page refcount increment is a locked RMW on a private\n"
"            line, as GUP-fast's folio refcount atomic (all designs -aref)\n"
"  -y N      lazy: every N walks a thread clears its own bit (models the\n"
"            sync IPI handler), label lazy-syncN; default 0 = never\n"
"  -o FILE   write the CSV to FILE (default stdout)\n"
"  -q        no progress or summary on stderr\n"
"  -F        inject a begin without end (tests the sanity check: exits 2)\n"
"  -h        this help\n"
"\n"
"The walk: " WALK_DESC ".\n"
"Exit status: 0 ok, 1 usage, 2 error (pinning failed, sanity check failed).\n"
"\n"
"cpumask: %s\n"
"lazy: %s\n", model_code_strict, model_code_lazy);
}

int main(int argc, char **argv)
{
	static struct design_spec designs[32];
	static int threads[MAX_LIST], pages[MAX_LIST], cpus[MAX_THREADS];
	const char *design_arg = "baseline,percpu,cpumask,lazy,lazy-sync1000";
	const char *out_path = NULL, *cpu_arg = NULL, *thr_arg = NULL;
	const char *pages_arg = "1,8";
	unsigned long sync_all = 0;
	unsigned int ms = 200;
	int reps = 5, ndesigns, nthr, npages, ncpus = 0, opt;
	bool own_all = false, aref_all = false, quiet = false;
	char model[256], cpustr[64] = "", load[64];
	struct utsname un;
	FILE *out = stdout;
	cpu_set_t allowed;

	while ((opt = getopt(argc, argv, "D:t:p:d:r:c:say:o:qFh")) != -1) {
		switch (opt) {
		case 'D': design_arg = optarg; break;
		case 't': thr_arg = optarg; break;
		case 'p': pages_arg = optarg; break;
		case 'd': ms = (unsigned int)strtoul(optarg, NULL, 10); break;
		case 'r': reps = atoi(optarg); break;
		case 'c': cpu_arg = optarg; break;
		case 's': own_all = true; break;
		case 'a': aref_all = true; break;
		case 'y': sync_all = strtoul(optarg, NULL, 10); break;
		case 'o': out_path = optarg; break;
		case 'q': quiet = true; break;
		case 'F': inject_fault = true; break;
		case 'h': usage(stdout); return 0;
		default: usage(stderr); return 1;
		}
	}
	if (optind < argc || !ms || reps < 1 || reps > 1000) {
		usage(stderr);
		return 1;
	}

	ndesigns = parse_designs(design_arg, designs, 32, own_all, aref_all,
				 sync_all);
	npages = parse_list(pages_arg, pages, MAX_LIST, "pages");
	for (int i = 0; i < npages; i++)
		if (pages[i] < 1 || pages[i] > 512)
			die("pages must be 1..512");

	if (cpu_arg) {
		ncpus = parse_list(cpu_arg, cpus, MAX_THREADS, "CPU");
	} else {
		if (sched_getaffinity(0, sizeof(allowed), &allowed))
			die("sched_getaffinity failed");
		for (int c = 0; c < CPU_SETSIZE && ncpus < MAX_THREADS; c++)
			if (CPU_ISSET(c, &allowed))
				cpus[ncpus++] = c;
	}
	if (thr_arg) {
		nthr = parse_list(thr_arg, threads, MAX_LIST, "thread count");
	} else {
		nthr = 0;
		for (int t = 1; t <= ncpus && nthr < MAX_LIST - 1; t *= 2)
			threads[nthr++] = t;
		if (threads[nthr - 1] != ncpus)
			threads[nthr++] = ncpus;
	}
	for (int i = 0; i < nthr; i++) {
		if (threads[i] < 1 || threads[i] > ncpus) {
			fprintf(stderr,
				"walker_model: ERROR: %d threads but only %d CPUs to pin to (one thread per CPU)\n",
				threads[i], ncpus);
			return 2;
		}
	}

	own_mms = aligned_alloc(LINE, sizeof(*own_mms) * MAX_THREADS);
	slots = aligned_alloc(LINE, sizeof(*slots) * MAX_THREADS);
	ctxs = aligned_alloc(LINE, sizeof(*ctxs) * MAX_THREADS);
	if (!own_mms || !slots || !ctxs)
		die("out of memory");

	if (out_path) {
		out = fopen(out_path, "w");
		if (!out) {
			perror(out_path);
			return 2;
		}
	}
	cpu_model(model, sizeof(model));
	loadavg(load, sizeof(load));
	if (uname(&un))
		memset(&un, 0, sizeof(un));
	snprintf(cpustr, sizeof(cpustr), "%d", cpus[0]);
	if (ncpus > 1)
		snprintf(cpustr + strlen(cpustr), sizeof(cpustr) - strlen(cpustr),
			 "..%d", cpus[ncpus - 1]);
	fprintf(out,
		"# walker_model: MODEL, userspace, not the kernel; cpu=\"%s\"; nproc=%ld; cpus_used=%d (%s); kernel=%s %s; duration_ms=%u; reps=%d; tsc=%s; loadavg_at_start=%s; walk=\"%s\"; cpumask_code=\"%s\"; lazy_code=\"%s\"\n",
		model, sysconf(_SC_NPROCESSORS_ONLN), ncpus, cpustr,
		un.release, un.machine, ms, reps, HAVE_TSC ? "yes" : "no",
		load,
		WALK_DESC, model_code_strict, model_code_lazy);
	fprintf(out,
		"design,threads,pages,rep,walks,ns_per_walk,cycles_per_walk,thread_ns_min,thread_ns_max\n");
	fflush(out);

	for (int pi = 0; pi < npages; pi++) {
		for (int ti = 0; ti < nthr; ti++) {
			static double ns[32][1000];
			struct point p;

			cur_pages = pages[pi];
			/* Designs interleaved inside each repetition. */
			for (int r = 0; r < reps; r++) {
				for (int di = 0; di < ndesigns; di++) {
					cur = designs[di];
					run_point(threads[ti], cpus, ms, &p);
					ns[di][r] = p.ns_per_walk;
					fprintf(out, "%s,%d,%d,%d,%lu,%.3f,", cur.label,
						threads[ti], pages[pi], r,
						p.walks, p.ns_per_walk);
					if (HAVE_TSC)
						fprintf(out, "%.2f", p.cycles_per_walk);
					fprintf(out, ",%.3f,%.3f\n", p.thr_min,
						p.thr_max);
					fflush(out);
				}
			}
			if (quiet)
				continue;
			for (int di = 0; di < ndesigns; di++) {
				qsort(ns[di], reps, sizeof(double), cmp_double);
				fprintf(stderr,
					"  %-20s pages=%-3d threads=%-4d ns/walk median %8.2f  min %8.2f  max %8.2f\n",
					designs[di].label, pages[pi], threads[ti],
					reps % 2 ? ns[di][reps / 2] :
					(ns[di][reps / 2 - 1] + ns[di][reps / 2]) / 2,
					ns[di][0], ns[di][reps - 1]);
			}
		}
	}
	if (out != stdout && fclose(out)) {
		perror(out_path);
		return 2;
	}
	return 0;
}
