// SPDX-License-Identifier: GPL-2.0
/*
 * walker_loop.c - the measured loop of the walker model's designs whose
 * begin and end are the series' own code: mm_lockless_walk_begin() and
 * mm_lockless_walk_end() from <linux/mm_lockless_walk.h>, compiled
 * unmodified in userspace against the model's stand-ins for what the kernel
 * provides (shim/).  model.sh builds it once per version of the header:
 *
 *	-DMODEL_DESIGN=lazy    the header as the series mails it
 *	-DMODEL_DESIGN=strict  the header of the strict comparison patch
 *
 * defining model_loop_<design>() and model_code_<design>[] (MODEL_CODE:
 * which header, for the CSV), with -I <that header's tree> -I shim
 * -include shim/model_kernel.h.
 */
#include <linux/mm_lockless_walk.h>

#include "walker_model.h"

#ifndef MODEL_DESIGN
#error "build with -DMODEL_DESIGN=lazy or strict and the header's tree on -I (workbench/model.sh)"
#endif
#ifndef MODEL_CODE
#error "build with -DMODEL_CODE=\"<which header>\" (workbench/model.sh)"
#endif
#ifndef CONFIG_MM_LOCKLESS_WALKERS
#error "the model measures the walkers of a kernel with CONFIG_MM_LOCKLESS_WALKERS"
#endif

#define MODEL_CAT(a, b)		a##b
#define MODEL_NAME(a, b)	MODEL_CAT(a, b)

const char MODEL_NAME(model_code_, MODEL_DESIGN)[] = MODEL_CODE;

/*
 * lazy-syncN: what the sync's IPI handler, tlb_lockless_walker_drop() in
 * mm/mmu_gather.c (patch 0010), does on this CPU.  Hand-written after it,
 * with the same shims: it is not in the header.
 */
static __always_inline void model_sync_drop(struct mm_struct *mm)
{
	unsigned long *bits = cpumask_bits(mm_lockless_walkers(mm));
	unsigned int cpu = smp_processor_id();

	if (!test_bit(cpu, bits))
		return;
	clear_bit_unlock(cpu, bits);
}

static __always_inline unsigned long
model_loop(struct mm_struct *mm, const uintptr_t *pgd, struct walk_acc *acc,
	   const bool aref, int npages, unsigned long sync_every)
{
	unsigned long walks = 0, addr = 0, next_sync = sync_every;

	while (!__atomic_load_n(&model_ctl.stop, __ATOMIC_RELAXED)) {
		bool registered;

		/* A kernel walker disables IRQs around this: not modelled. */
		registered = mm_lockless_walk_begin(mm);
		walk_pages(acc, pgd, addr, npages, aref);
		mm_lockless_walk_end(mm, registered);

		walks++;
		addr += (unsigned long)npages << 12;
		if (sync_every && walks == next_sync) {
			model_sync_drop(mm);
			next_sync += sync_every;
		}
	}
	return walks;
}

unsigned long MODEL_NAME(model_loop_, MODEL_DESIGN)(struct mm_struct *mm,
						     const uintptr_t *pgd,
						     struct walk_acc *acc,
						     bool aref, int npages,
						     unsigned long sync_every)
{
	if (aref)
		return model_loop(mm, pgd, acc, true, npages, sync_every);
	return model_loop(mm, pgd, acc, false, npages, sync_every);
}
