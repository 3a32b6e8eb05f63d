// SPDX-License-Identifier: GPL-2.0-only
/*
 * KUnit tests for the registration of IRQ-disabled lockless page-table
 * walkers, mm_lockless_walk_begin()/mm_lockless_walk_end(), and for the
 * targeted sync that waits for them, tlb_remove_table_sync_mm().
 *
 * The contract cases only use that API, so that they hold for any
 * implementation of it:
 *
 *  - begin() returns true iff it registered the walk, a nested begin()
 *    (an NMI walk on top of a walk of the same mm) returns false, and the
 *    outer walk stays registered at least until the outer end();
 *  - a sync of an mm does not return before a registered walk of that mm
 *    on another CPU has ended;
 *  - a sync sends a cross-CPU call to the CPUs inside a walk of that mm:
 *    none when nobody walked it, none to walkers of another mm;
 *  - the above survive CPU hotplug (lw_sync_hotplug, which takes a CPU
 *    offline and back, so only runs when asked to: see lw_hotplug).
 *
 * Walkers run in kthreads bound to other CPUs, with IRQs disabled, on a
 * private mm from mm_alloc() that nothing else walks. Cross-CPU calls are
 * counted with a probe on the csd:csd_queue_cpu tracepoint, which fires on
 * the sending CPU for every CPU a call is queued for; only the calls made by
 * the test thread itself, in task context, while it is inside the sync are
 * counted. The sync's handler is learned from tlb_remove_table_sync_one(),
 * which sends it to every other online CPU.
 *
 * Registration is lazy: end() leaves the CPU registered until a sync of
 * the mm drops it, in its handler on that CPU. lw_lazy_sync_drops checks
 * that a sync reaches the CPUs that walked since the last one, and then no
 * more. The "mask" cases look into mm_lockless_walkers() itself.
 */
#include <kunit/test.h>
#include <linux/atomic.h>
#include <linux/completion.h>
#include <linux/cpu.h>
#include <linux/cpumask.h>
#include <linux/delay.h>
#include <linux/irqflags.h>
#include <linux/kallsyms.h>
#include <linux/kthread.h>
#include <linux/ktime.h>
#include <linux/mm_lockless_walk.h>
#include <linux/moduleparam.h>
#include <linux/sched.h>
#include <linux/sched/mm.h>
#include <linux/smp.h>
#include <linux/string_choices.h>
#include <linux/tracepoint.h>
#include <asm/tlb.h>
#include <trace/events/csd.h>

static struct cpumask *lw_mask(struct mm_struct *mm)
{
	return mm_lockless_walkers(mm);
}

/* A walker waits this long for the sync to reach it, then gives up. */
#define LW_WALK_MS		200
/* Upper bound of a walk, in case the test thread never gets to sync. */
#define LW_WALK_MAX_MS		5000
/* How long the test thread waits for its walkers to start walking. */
#define LW_START_TIMEOUT_MS	10000

#define LW_NO_COUNT \
	"cannot count cross-CPU calls (no csd_queue_cpu tracepoint or no other CPU)"

/* Counts the cross-CPU calls that the test thread queues. */
struct lw_probe {
	struct task_struct *syncer;
	bool registered;
	bool armed;
	bool learning;
	smp_call_func_t handler;
	atomic_t *queued;	/* per target CPU */
	atomic_t total;
	atomic_t foreign;	/* calls of another function than handler */
};

struct lw_ctx {
	struct mm_struct *mm;
	struct mm_struct *other_mm;
	struct lw_probe probe;
};

struct lw_sync_state {
	bool go;
	ktime_t go_time;
	bool returned;
};

struct lw_walker {
	struct task_struct *task;
	struct mm_struct *mm;
	struct lw_sync_state *sync;
	struct lw_probe *probe;
	unsigned int cpu;
	bool nested;
	bool started;
	bool ended;
	bool outer;
	bool inner;
	ktime_t end_time;
	struct completion done;
};

static void lw_probe_csd_queue_cpu(void *data, const unsigned int cpu,
				   unsigned long callsite,
				   smp_call_func_t func,
				   call_single_data_t *csd)
{
	struct lw_probe *p = data;

	if (!READ_ONCE(p->armed) || current != p->syncer || !in_task())
		return;
	if (p->learning && !p->handler)
		p->handler = func;
	if (func != p->handler)
		atomic_inc(&p->foreign);
	atomic_inc(&p->total);
	if (cpu < nr_cpu_ids)
		atomic_inc(&p->queued[cpu]);
}

static void lw_probe_reset(struct lw_probe *p)
{
	unsigned int cpu;

	for (cpu = 0; cpu < nr_cpu_ids; cpu++)
		atomic_set(&p->queued[cpu], 0);
	atomic_set(&p->total, 0);
	atomic_set(&p->foreign, 0);
}

static void lw_probe_arm(struct lw_probe *p, bool armed)
{
	/* Only the test thread writes these, and only it reads them when armed. */
	barrier();
	WRITE_ONCE(p->armed, armed);
	barrier();
}

/* The sync's calls can only be counted once their handler is known. */
static bool lw_can_count(struct lw_ctx *ctx)
{
	return ctx->probe.registered && ctx->probe.handler;
}

static bool lw_walker_should_end(struct lw_walker *w, ktime_t start)
{
	struct lw_sync_state *s = w->sync;
	ktime_t now = ktime_get();

	if (READ_ONCE(s->returned))
		return true;
	/*
	 * The sync queued a call for us: end the walk so that it can run. A
	 * walker that sees the calls walks until then (or until the sync
	 * returned) and does not give up after LW_WALK_MS: with strict
	 * registration a walk that ended early would rightly not be called,
	 * however long the test thread took to sync.
	 */
	if (w->probe)
		return atomic_read(&w->probe->queued[w->cpu]) ||
		       ktime_ms_delta(now, start) > LW_WALK_MAX_MS;
	/* Pairs with the release of go in lw_sync_with_walkers(): go_time. */
	if (smp_load_acquire(&s->go) &&
	    ktime_ms_delta(now, s->go_time) > LW_WALK_MS)
		return true;
	return ktime_ms_delta(now, start) > LW_WALK_MAX_MS;
}

static bool lw_walker_started(struct lw_walker *w)
{
	/*
	 * Pairs with the release in lw_walker_fn(): once started reads true,
	 * the walk's registration is visible to a sync this thread starts.
	 */
	return smp_load_acquire(&w->started);
}

static int lw_walker_fn(void *data)
{
	struct lw_walker *w = data;
	unsigned long flags;
	bool outer, inner = false;
	ktime_t start;

	local_irq_save(flags);
	outer = mm_lockless_walk_begin(w->mm);
	if (w->nested) {
		/* What perf_get_page_size() in NMI does on top of GUP-fast. */
		inner = mm_lockless_walk_begin(w->mm);
		mm_lockless_walk_end(w->mm, inner);
	}
	start = ktime_get();
	/*
	 * Pairs with the acquire in lw_walker_started(): the test thread only
	 * syncs after seeing this, so the sync sees the walk registered.
	 */
	smp_store_release(&w->started, true);
	while (!lw_walker_should_end(w, start))
		cpu_relax();
	w->end_time = ktime_get();
	WRITE_ONCE(w->ended, true);
	mm_lockless_walk_end(w->mm, outer);
	local_irq_restore(flags);

	w->outer = outer;
	w->inner = inner;
	complete(&w->done);

	set_current_state(TASK_INTERRUPTIBLE);
	while (!kthread_should_stop()) {
		schedule();
		set_current_state(TASK_INTERRUPTIBLE);
	}
	__set_current_state(TASK_RUNNING);
	return 0;
}

/*
 * Start a walker of @walk_mm on each CPU of @cpus (not this one), sync @mm
 * while they all walk, and check that the sync waited exactly for the
 * walkers of @mm and, when the probe can count, cross-called exactly their
 * CPUs. The caller keeps this thread on its CPU (migrate_disable()) and
 * must not assert while doing so: only expectations are used here.
 */
static void lw_sync_with_walkers(struct kunit *test, struct mm_struct *mm,
				 struct mm_struct *walk_mm,
				 const struct cpumask *cpus, bool nested)
{
	struct lw_ctx *ctx = test->priv;
	struct lw_probe *p = &ctx->probe;
	bool count = lw_can_count(ctx);
	bool same_mm = mm == walk_mm;
	struct lw_sync_state sync = { };
	unsigned int nr = cpumask_weight(cpus), i = 0, cpu;
	ktime_t start, returned;
	struct lw_walker *w;

	KUNIT_EXPECT_FALSE(test, cpumask_test_cpu(smp_processor_id(), cpus));
	w = kunit_kcalloc(test, nr, sizeof(*w), GFP_KERNEL);
	if (!w) {
		KUNIT_FAIL(test, "cannot allocate %u walkers", nr);
		return;
	}
	lw_probe_reset(p);

	/* Create them all first: kthreadd may sit on a walker's CPU. */
	for_each_cpu(cpu, cpus) {
		w[i].mm = walk_mm;
		w[i].sync = &sync;
		w[i].probe = count ? p : NULL;
		w[i].cpu = cpu;
		w[i].nested = nested;
		init_completion(&w[i].done);
		w[i].task = kthread_create_on_cpu(lw_walker_fn, &w[i], cpu,
						  "lw_walker/%u");
		if (IS_ERR(w[i].task)) {
			KUNIT_FAIL(test, "cannot create a walker on CPU %u: %pe",
				   cpu, w[i].task);
			w[i].task = NULL;
			goto stop;
		}
		i++;
	}
	for (i = 0; i < nr; i++)
		wake_up_process(w[i].task);

	/*
	 * Not jiffies: under nohz_full, a walker on the timekeeping CPU holds
	 * jiffies still while it walks with IRQs disabled.
	 */
	start = ktime_get();
	for (i = 0; i < nr; i++) {
		while (!lw_walker_started(&w[i]) &&
		       ktime_ms_delta(ktime_get(), start) < LW_START_TIMEOUT_MS)
			usleep_range(1000, 2000);
		if (!lw_walker_started(&w[i])) {
			KUNIT_FAIL(test, "walker on CPU %u did not start",
				   w[i].cpu);
			WRITE_ONCE(sync.returned, true);
			goto wait;
		}
	}

	/* Every walker is registered and still walking: sync now. */
	sync.go_time = ktime_get();
	/* Pairs with the acquire in lw_walker_should_end(). */
	smp_store_release(&sync.go, true);
	lw_probe_arm(p, true);
	tlb_remove_table_sync_mm(mm);
	lw_probe_arm(p, false);
	returned = ktime_get();

	for (i = 0; i < nr; i++) {
		bool ended = READ_ONCE(w[i].ended);

		if (!same_mm)
			continue;
		KUNIT_EXPECT_TRUE_MSG(test, ended,
				      "sync returned while the walker on CPU %u was still walking",
				      w[i].cpu);
		if (ended)
			KUNIT_EXPECT_GE_MSG(test, ktime_compare(returned, w[i].end_time), 0,
					    "sync returned before the walker on CPU %u ended",
					    w[i].cpu);
	}
	WRITE_ONCE(sync.returned, true);

	if (count) {
		for_each_online_cpu(cpu) {
			int want = same_mm && cpumask_test_cpu(cpu, cpus);

			KUNIT_EXPECT_EQ_MSG(test, atomic_read(&p->queued[cpu]), want,
					    "sync cross-calls to CPU %u (walker of %s mm there: %s)",
					    cpu, same_mm ? "the synced" : "another",
					    str_yes_no(cpumask_test_cpu(cpu, cpus)));
		}
		KUNIT_EXPECT_EQ_MSG(test, atomic_read(&p->foreign), 0,
				    "the sync queued calls of another function");
	}

wait:
	for (i = 0; i < nr; i++)
		wait_for_completion(&w[i].done);
	for (i = 0; i < nr; i++) {
		KUNIT_EXPECT_TRUE(test, w[i].outer);
		KUNIT_EXPECT_FALSE(test, w[i].inner);
	}
	i = nr;
stop:
	while (i--)
		kthread_stop(w[i].task);
}

/* Up to @max online CPUs other than this one (and @skip), into @cpus. */
static unsigned int lw_pick_cpus(struct cpumask *cpus, unsigned int max,
				 int skip)
{
	unsigned int cpu, this = smp_processor_id();

	cpumask_clear(cpus);
	for_each_online_cpu(cpu) {
		if (cpumask_weight(cpus) >= max)
			break;
		if (cpu != this && cpu != skip)
			cpumask_set_cpu(cpu, cpus);
	}
	return cpumask_weight(cpus);
}

static void lw_learn_handler(struct kunit *test)
{
	struct lw_ctx *ctx = test->priv;
	struct lw_probe *p = &ctx->probe;
	unsigned int cpu, this;

	if (!p->registered)
		return;
	migrate_disable();
	this = smp_processor_id();
	lw_probe_reset(p);
	p->learning = true;
	lw_probe_arm(p, true);
	tlb_remove_table_sync_one();
	lw_probe_arm(p, false);
	p->learning = false;
	migrate_enable();

	/* tlb_remove_table_sync_one() calls every other online CPU. */
	for_each_online_cpu(cpu)
		KUNIT_EXPECT_EQ_MSG(test, atomic_read(&p->queued[cpu]),
				    cpu == this ? 0 : 1,
				    "tlb_remove_table_sync_one() calls to CPU %u",
				    cpu);
	KUNIT_EXPECT_EQ(test, atomic_read(&p->foreign), 0);
	if (p->handler && IS_ENABLED(CONFIG_KALLSYMS)) {
		char name[KSYM_SYMBOL_LEN];

		sprint_symbol_no_offset(name, (unsigned long)p->handler);
		kunit_info(test, "sync handler: %s\n", name);
	}
}

/*
 * The contract: begin() registers, a sync of the mm unregisters (end() does
 * not), NMI-style nesting.
 */
static void lw_begin_end_nesting(struct kunit *test)
{
	struct lw_ctx *ctx = test->priv;
	struct mm_struct *mm = ctx->mm;
	bool first, again, outer, inner, inner2, left;
	unsigned long flags;

	/* The lazy sync below drops this CPU: stay on it. */
	migrate_disable();
	local_irq_save(flags);
	first = mm_lockless_walk_begin(mm);
	mm_lockless_walk_end(mm, first);
	/* end() left it registered: a new walk does not register again. */
	again = mm_lockless_walk_begin(mm);
	mm_lockless_walk_end(mm, again);
	local_irq_restore(flags);
	tlb_remove_table_sync_mm(mm);

	local_irq_save(flags);
	outer = mm_lockless_walk_begin(mm);
	inner = mm_lockless_walk_begin(mm);
	mm_lockless_walk_end(mm, inner);
	/* The nested end() left the outer walk registered. */
	inner2 = mm_lockless_walk_begin(mm);
	mm_lockless_walk_end(mm, inner2);
	mm_lockless_walk_end(mm, outer);
	/* This CPU is still registered after the outer end(). */
	left = !mm_lockless_walk_begin(mm);
	mm_lockless_walk_end(mm, !left);
	local_irq_restore(flags);
	migrate_enable();

	KUNIT_EXPECT_TRUE(test, first);
	KUNIT_EXPECT_FALSE_MSG(test, again, "end() unregistered the walk");
	KUNIT_EXPECT_TRUE_MSG(test, outer, "a sync did not drop this CPU");
	KUNIT_EXPECT_FALSE_MSG(test, inner, "a nested begin() registered again");
	KUNIT_EXPECT_FALSE_MSG(test, inner2,
			       "a nested end() unregistered the outer walk");
	KUNIT_EXPECT_TRUE_MSG(test, left, "the outer end() unregistered the walk");
}

static void lw_sync_no_walker(struct kunit *test)
{
	struct lw_ctx *ctx = test->priv;
	struct lw_probe *p = &ctx->probe;

	lw_learn_handler(test);
	if (!lw_can_count(ctx))
		kunit_skip(test, LW_NO_COUNT);

	lw_probe_reset(p);
	lw_probe_arm(p, true);
	tlb_remove_table_sync_mm(ctx->mm);
	tlb_remove_table_sync_mm(ctx->mm);
	lw_probe_arm(p, false);
	KUNIT_EXPECT_EQ_MSG(test, atomic_read(&p->total), 0,
			    "a sync of an mm that nobody walks sent cross-CPU calls");
}

/*
 * A sync does not return before a walk of its mm on another CPU ends, with
 * or without an NMI-style nested walk inside it.
 */
static void lw_sync_waits_common(struct kunit *test, bool nested)
{
	struct lw_ctx *ctx = test->priv;
	cpumask_var_t cpus;

	if (num_online_cpus() < 2)
		kunit_skip(test, "needs 2 online CPUs");
	KUNIT_ASSERT_TRUE(test, zalloc_cpumask_var(&cpus, GFP_KERNEL));
	/* Only the API: no counting, the walker ends by itself. */
	ctx->probe.handler = NULL;
	migrate_disable();
	if (lw_pick_cpus(cpus, 1, -1) == 1)
		lw_sync_with_walkers(test, ctx->mm, ctx->mm, cpus, nested);
	migrate_enable();
	free_cpumask_var(cpus);
}

static void lw_sync_waits(struct kunit *test)
{
	lw_sync_waits_common(test, false);
}

static void lw_sync_waits_nested(struct kunit *test)
{
	lw_sync_waits_common(test, true);
}

/*
 * Walkers on a few CPUs: the sync cross-calls exactly those, once each, and
 * none when they walk another mm.
 */
static void lw_sync_targets_walkers(struct kunit *test)
{
	struct lw_ctx *ctx = test->priv;
	cpumask_var_t cpus;
	unsigned int nr;

	lw_learn_handler(test);
	if (!lw_can_count(ctx))
		kunit_skip(test, LW_NO_COUNT);
	KUNIT_ASSERT_TRUE(test, zalloc_cpumask_var(&cpus, GFP_KERNEL));

	migrate_disable();
	/* Leave at least one other CPU without a walker when there is one. */
	nr = clamp(num_online_cpus() - 2, 1U, 3U);
	nr = lw_pick_cpus(cpus, nr, -1);
	kunit_info(test, "walkers on CPUs %*pbl, sync from CPU %d\n",
		   cpumask_pr_args(cpus), smp_processor_id());
	lw_sync_with_walkers(test, ctx->mm, ctx->mm, cpus, false);
	lw_sync_with_walkers(test, ctx->mm, ctx->mm, cpus, true);
	/* Walkers of another mm are not the sync's business. */
	lw_sync_with_walkers(test, ctx->mm, ctx->other_mm, cpus, false);
	migrate_enable();
	free_cpumask_var(cpus);
}

#ifdef CONFIG_HOTPLUG_CPU
/*
 * The suite is built in and on with KUNIT_ALL_TESTS, whose users do not
 * expect a CPU to go offline under them: lw_sync_hotplug only runs with
 * lockless_walk_kunit.hotplug=1 on the kernel command line.
 */
static bool lw_hotplug;
module_param_named(hotplug, lw_hotplug, bool, 0444);
MODULE_PARM_DESC(hotplug, "Run the case that takes a CPU offline and back");

static void lw_add_cpu(void *data)
{
	add_cpu((unsigned long)data);
}

/*
 * Take a CPU offline, sync (with walkers elsewhere), bring it back and sync
 * against a walker on it: nothing is left unseen and no call gets stuck.
 */
static void lw_sync_hotplug(struct kunit *test)
{
	struct lw_ctx *ctx = test->priv;
	struct lw_probe *p = &ctx->probe;
	unsigned int cpu, victim = nr_cpu_ids, this;
	cpumask_var_t cpus;
	int ret;

	if (!lw_hotplug)
		kunit_skip(test,
			   "takes a CPU offline: boot with lockless_walk_kunit.hotplug=1 to run it");
	if (num_online_cpus() < 2)
		kunit_skip(test, "needs 2 online CPUs");
	lw_learn_handler(test);
	KUNIT_ASSERT_TRUE(test, zalloc_cpumask_var(&cpus, GFP_KERNEL));

	migrate_disable();
	this = smp_processor_id();
	for_each_online_cpu(cpu)
		if (cpu != this && cpu != 0 && cpu_is_hotpluggable(cpu))
			victim = cpu;
	if (victim >= nr_cpu_ids) {
		migrate_enable();
		free_cpumask_var(cpus);
		kunit_skip(test, "no hotpluggable CPU besides CPU %u and CPU 0", this);
	}
	ret = remove_cpu(victim);
	if (ret) {
		migrate_enable();
		free_cpumask_var(cpus);
		kunit_skip(test, "cannot take CPU %u offline: %d", victim, ret);
	}
	if (kunit_add_action_or_reset(test, lw_add_cpu,
				      (void *)(unsigned long)victim)) {
		migrate_enable();
		free_cpumask_var(cpus);
		KUNIT_FAIL(test, "cannot register the re-onlining of CPU %u", victim);
		return;
	}
	kunit_info(test, "CPU %u offline, sync from CPU %u\n", victim, this);

	/* Nobody walks: no call at all, and the offline CPU is not waited for. */
	lw_probe_reset(p);
	lw_probe_arm(p, true);
	tlb_remove_table_sync_mm(ctx->mm);
	lw_probe_arm(p, false);
	if (lw_can_count(ctx))
		KUNIT_EXPECT_EQ(test, atomic_read(&p->total), 0);
	/* A walker on another CPU still gets waited for. */
	if (lw_pick_cpus(cpus, 1, victim))
		lw_sync_with_walkers(test, ctx->mm, ctx->mm, cpus, false);

	ret = add_cpu(victim);
	KUNIT_EXPECT_EQ_MSG(test, ret, 0, "cannot bring CPU %u back", victim);
	if (!ret && cpu_online(victim)) {
		/* The returned CPU walks: the sync must see it and wait. */
		cpumask_clear(cpus);
		cpumask_set_cpu(victim, cpus);
		lw_sync_with_walkers(test, ctx->mm, ctx->mm, cpus, false);
		/* And once more with nobody walking. */
		lw_probe_reset(p);
		lw_probe_arm(p, true);
		tlb_remove_table_sync_mm(ctx->mm);
		lw_probe_arm(p, false);
		if (lw_can_count(ctx))
			KUNIT_EXPECT_EQ(test, atomic_read(&p->total), 0);
	}
	migrate_enable();
	free_cpumask_var(cpus);
}
#else
static void lw_sync_hotplug(struct kunit *test)
{
	kunit_skip(test, "CONFIG_HOTPLUG_CPU is not set");
}
#endif

/* Implementation cases: the per-mm cpumask itself. */
static void lw_mask_begin_end(struct kunit *test)
{
	struct lw_ctx *ctx = test->priv;
	struct cpumask *mask = lw_mask(ctx->mm);
	struct cpumask *other = lw_mask(ctx->other_mm);
	bool before, during, other_during, after, registered;
	unsigned int weight, cpu;
	unsigned long flags;

	migrate_disable();
	local_irq_save(flags);
	cpu = smp_processor_id();
	before = cpumask_test_cpu(cpu, mask);
	registered = mm_lockless_walk_begin(ctx->mm);
	during = cpumask_test_cpu(cpu, mask);
	weight = cpumask_weight(mask);
	other_during = cpumask_test_cpu(cpu, other);
	mm_lockless_walk_end(ctx->mm, registered);
	after = cpumask_test_cpu(cpu, mask);
	local_irq_restore(flags);
	/* The bit stays until a sync; the syncing CPU drops its own. */
	KUNIT_EXPECT_TRUE(test, after);
	tlb_remove_table_sync_mm(ctx->mm);
	migrate_enable();

	KUNIT_EXPECT_FALSE(test, before);
	KUNIT_EXPECT_TRUE(test, registered);
	KUNIT_EXPECT_TRUE(test, during);
	KUNIT_EXPECT_EQ(test, weight, 1);
	KUNIT_EXPECT_FALSE(test, other_during);
	KUNIT_EXPECT_TRUE(test, cpumask_empty(mask));
}

static void lw_mask_nested(struct kunit *test)
{
	struct lw_ctx *ctx = test->priv;
	struct mm_struct *mm = ctx->mm;
	struct cpumask *mask = lw_mask(mm);
	bool outer, inner, set_inner, set_after_inner, set_after_outer;
	unsigned long flags;
	unsigned int cpu;

	local_irq_save(flags);
	cpu = smp_processor_id();
	outer = mm_lockless_walk_begin(mm);
	inner = mm_lockless_walk_begin(mm);
	set_inner = cpumask_test_cpu(cpu, mask);
	mm_lockless_walk_end(mm, inner);
	set_after_inner = cpumask_test_cpu(cpu, mask);
	mm_lockless_walk_end(mm, outer);
	set_after_outer = cpumask_test_cpu(cpu, mask);
	local_irq_restore(flags);

	KUNIT_EXPECT_TRUE(test, outer);
	KUNIT_EXPECT_FALSE(test, inner);
	KUNIT_EXPECT_TRUE(test, set_inner);
	KUNIT_EXPECT_TRUE_MSG(test, set_after_inner,
			      "the nested end cleared the outer walk's bit");
	KUNIT_EXPECT_TRUE(test, set_after_outer);
}

/* Two mms walked at once on this CPU (GUP-fast, then perf in NMI on init_mm). */
static void lw_mask_two_mms(struct kunit *test)
{
	struct lw_ctx *ctx = test->priv;
	struct cpumask *mask = lw_mask(ctx->mm);
	struct cpumask *other = lw_mask(ctx->other_mm);
	bool r1, r2, both, first_after;
	unsigned long flags;
	unsigned int cpu;

	local_irq_save(flags);
	cpu = smp_processor_id();
	r1 = mm_lockless_walk_begin(ctx->mm);
	r2 = mm_lockless_walk_begin(ctx->other_mm);
	both = cpumask_test_cpu(cpu, mask) && cpumask_test_cpu(cpu, other);
	mm_lockless_walk_end(ctx->other_mm, r2);
	first_after = cpumask_test_cpu(cpu, mask) && !cpumask_test_cpu(cpu, other);
	mm_lockless_walk_end(ctx->mm, r1);
	local_irq_restore(flags);

	KUNIT_EXPECT_TRUE(test, r1);
	KUNIT_EXPECT_TRUE(test, r2);
	KUNIT_EXPECT_TRUE(test, both);
	KUNIT_EXPECT_FALSE(test, first_after);
	KUNIT_EXPECT_FALSE(test, cpumask_empty(mask));
	KUNIT_EXPECT_FALSE(test, cpumask_empty(other));
}

/* One short walk of @info, an mm, on the CPU this runs on (in hardirq). */
static void lw_walk_once(void *info)
{
	struct mm_struct *mm = info;
	bool registered = mm_lockless_walk_begin(mm);

	mm_lockless_walk_end(mm, registered);
}

#ifdef CONFIG_HUGETLB_PMD_PAGE_TABLE_SHARING
/*
 * The flush that huge_pmd_unshare_flush() does after a hugetlb PMD unshare,
 * on a full-mm mmu_gather of @mm (as in exit_mmap()) or not; returns the
 * cross-CPU calls it queued.
 */
static int lw_count_unshare_flush(struct lw_ctx *ctx, struct mm_struct *mm,
				  bool fullmm)
{
	struct lw_probe *p = &ctx->probe;
	struct mmu_gather tlb;

	if (fullmm)
		tlb_gather_mmu_fullmm(&tlb, mm);
	else
		tlb_gather_mmu(&tlb, mm);
	/* What huge_pmd_unshare() leaves to it, minus a range to flush. */
	tlb.unshared_tables_sync = true;
	lw_probe_reset(p);
	lw_probe_arm(p, true);
	tlb_flush_unshared_tables(&tlb);
	lw_probe_arm(p, false);
	tlb_finish_mmu(&tlb);
	return atomic_read(&p->total);
}

/*
 * exit_mmap() unsharing a hugetlb PMD table: the mm has no users left, so
 * no walker of it can be on the table, and the flush does not sync. The
 * CPUs that walked it earlier, this one included, stay registered and get
 * no call. The same flush does sync (and so drops this CPU, on which the
 * sync's handler runs too) when it is not a full-mm teardown, and in a
 * teardown of an mm that a kthread borrowed with kthread_use_mm().
 */
static void lw_unshare_exit_no_sync(struct kunit *test)
{
	struct lw_ctx *ctx = test->priv;
	bool count, here, after_live, here_again, after_borrowed;
	int exit_calls, live_calls, borrowed_calls;
	cpumask_var_t cpus, before;
	unsigned int nr, cpu, this;
	struct mm_struct *mm;
	struct cpumask *mask;

	lw_learn_handler(test);
	count = lw_can_count(ctx);
	mm = mm_alloc();
	KUNIT_ASSERT_NOT_NULL(test, mm);
	/* Keep the mm once its last user is gone, as exit_mmap()'s caller. */
	mmgrab(mm);
	mask = lw_mask(mm);
	if (!zalloc_cpumask_var(&cpus, GFP_KERNEL)) {
		mmput(mm);
		mmdrop(mm);
		KUNIT_FAIL(test, "cannot allocate a cpumask");
		return;
	}
	if (!zalloc_cpumask_var(&before, GFP_KERNEL)) {
		free_cpumask_var(cpus);
		mmput(mm);
		mmdrop(mm);
		KUNIT_FAIL(test, "cannot allocate a cpumask");
		return;
	}

	migrate_disable();
	this = smp_processor_id();
	nr = lw_pick_cpus(cpus, clamp(num_online_cpus() - 2, 1U, 3U), -1);
	for_each_cpu(cpu, cpus)
		smp_call_function_single(cpu, lw_walk_once, mm, true);
	local_irq_disable();
	lw_walk_once(mm);
	local_irq_enable();
	/* The last user goes: exit_mmap(), with no VMA to unmap here. */
	mmput(mm);
	if (mask)
		cpumask_copy(before, mask);
	here = mask && cpumask_test_cpu(this, mask);

	exit_calls = lw_count_unshare_flush(ctx, mm, true);
	if (mask)
		KUNIT_EXPECT_TRUE_MSG(test, cpumask_equal(mask, before),
				      "the teardown dropped walkers: %*pbl left of %*pbl",
				      cpumask_pr_args(mask),
				      cpumask_pr_args(before));

	/* Not a teardown: the same flush syncs. */
	live_calls = lw_count_unshare_flush(ctx, mm, false);
	after_live = mask && cpumask_test_cpu(this, mask);

	/* A teardown after a kthread (this one) borrowed the mm syncs too. */
	local_irq_disable();
	lw_walk_once(mm);
	local_irq_enable();
	here_again = mask && cpumask_test_cpu(this, mask);
	kthread_use_mm(mm);
	kthread_unuse_mm(mm);
	borrowed_calls = lw_count_unshare_flush(ctx, mm, true);
	after_borrowed = mask && cpumask_test_cpu(this, mask);
	migrate_enable();
	free_cpumask_var(before);
	free_cpumask_var(cpus);
	mmdrop(mm);

	kunit_info(test, "CPU %u and %u others walked (this one registered: %s): teardown %d calls, live mm %d, borrowed mm %d\n",
		   this, nr, str_yes_no(here), exit_calls, live_calls,
		   borrowed_calls);
	if (count)
		KUNIT_EXPECT_EQ_MSG(test, exit_calls, 0,
				    "the teardown of an mm without users called its old walkers");
	KUNIT_EXPECT_EQ(test, here_again, here);
	KUNIT_EXPECT_FALSE_MSG(test, after_live,
			       "the flush of a live mm did not sync this CPU");
	KUNIT_EXPECT_FALSE_MSG(test, after_borrowed,
			       "the teardown of a borrowed mm did not sync this CPU");
}
#else
static void lw_unshare_exit_no_sync(struct kunit *test)
{
	kunit_skip(test, "CONFIG_HUGETLB_PMD_PAGE_TABLE_SHARING is not set");
}
#endif

/* Counts the sync's cross-calls into @queued (per CPU); returns the total. */
static int lw_count_sync(struct lw_ctx *ctx, struct mm_struct *mm)
{
	struct lw_probe *p = &ctx->probe;

	lw_probe_reset(p);
	lw_probe_arm(p, true);
	tlb_remove_table_sync_mm(mm);
	lw_probe_arm(p, false);
	return atomic_read(&p->total);
}

/*
 * Walks that ended before the sync: the sync sends one call to each CPU
 * that walked since the last sync, which drops it, so that the next sync
 * sends nothing.
 */
static void lw_lazy_sync_drops(struct kunit *test)
{
	struct lw_ctx *ctx = test->priv;
	struct cpumask *mask = lw_mask(ctx->mm);
	unsigned int nr, cpu;
	cpumask_var_t cpus;
	int first, second;

	lw_learn_handler(test);
	if (!lw_can_count(ctx))
		kunit_skip(test, LW_NO_COUNT);
	KUNIT_ASSERT_TRUE(test, zalloc_cpumask_var(&cpus, GFP_KERNEL));

	migrate_disable();
	nr = lw_pick_cpus(cpus, clamp(num_online_cpus() - 2, 1U, 3U), -1);
	for_each_cpu(cpu, cpus)
		smp_call_function_single(cpu, lw_walk_once, ctx->mm, true);
	/* And this CPU, which a sync never calls. */
	local_irq_disable();
	lw_walk_once(ctx->mm);
	local_irq_enable();
	KUNIT_EXPECT_EQ(test, cpumask_weight(mask), nr + 1);
	first = lw_count_sync(ctx, ctx->mm);
	for_each_online_cpu(cpu)
		KUNIT_EXPECT_EQ_MSG(test, atomic_read(&ctx->probe.queued[cpu]),
				    cpumask_test_cpu(cpu, cpus),
				    "first sync's calls to CPU %u (walked: %s)",
				    cpu, str_yes_no(cpumask_test_cpu(cpu, cpus)));
	KUNIT_EXPECT_TRUE_MSG(test, cpumask_empty(mask),
			      "the sync left CPUs %*pbl registered",
			      cpumask_pr_args(mask));
	second = lw_count_sync(ctx, ctx->mm);
	migrate_enable();
	free_cpumask_var(cpus);

	KUNIT_EXPECT_EQ(test, first, nr);
	KUNIT_EXPECT_EQ(test, second, 0);
	KUNIT_EXPECT_EQ(test, atomic_read(&ctx->probe.foreign), 0);
}

static int lw_test_init(struct kunit *test)
{
	struct lw_ctx *ctx;

	ctx = kunit_kzalloc(test, sizeof(*ctx), GFP_KERNEL);
	KUNIT_ASSERT_NOT_NULL(test, ctx);
	ctx->probe.queued = kunit_kcalloc(test, nr_cpu_ids,
					  sizeof(*ctx->probe.queued), GFP_KERNEL);
	KUNIT_ASSERT_NOT_NULL(test, ctx->probe.queued);
	ctx->probe.syncer = current;
	test->priv = ctx;

	/* Private mms: no other walker, no other sync. */
	ctx->mm = mm_alloc();
	KUNIT_ASSERT_NOT_NULL(test, ctx->mm);
	ctx->other_mm = mm_alloc();
	KUNIT_ASSERT_NOT_NULL(test, ctx->other_mm);

	ctx->probe.registered =
		!register_trace_csd_queue_cpu(lw_probe_csd_queue_cpu, &ctx->probe);
	return 0;
}

static void lw_test_exit(struct kunit *test)
{
	struct lw_ctx *ctx = test->priv;

	if (!ctx)
		return;
	if (ctx->probe.registered) {
		unregister_trace_csd_queue_cpu(lw_probe_csd_queue_cpu, &ctx->probe);
		tracepoint_synchronize_unregister();
	}
	if (ctx->other_mm)
		mmput(ctx->other_mm);
	if (ctx->mm)
		mmput(ctx->mm);
}

static struct kunit_case lockless_walk_test_cases[] = {
	KUNIT_CASE(lw_begin_end_nesting),
	KUNIT_CASE(lw_sync_no_walker),
	KUNIT_CASE(lw_sync_waits),
	KUNIT_CASE(lw_sync_waits_nested),
	KUNIT_CASE(lw_sync_targets_walkers),
	KUNIT_CASE(lw_sync_hotplug),
	KUNIT_CASE(lw_lazy_sync_drops),
	KUNIT_CASE(lw_mask_begin_end),
	KUNIT_CASE(lw_mask_nested),
	KUNIT_CASE(lw_mask_two_mms),
	KUNIT_CASE(lw_unshare_exit_no_sync),
	{}
};

static struct kunit_suite lockless_walk_test_suite = {
	.name = "mm_lockless_walk",
	.init = lw_test_init,
	.exit = lw_test_exit,
	.test_cases = lockless_walk_test_cases,
};

kunit_test_suite(lockless_walk_test_suite);

MODULE_DESCRIPTION("Tests for lockless page-table walker registration and targeted syncs");
MODULE_LICENSE("GPL");
