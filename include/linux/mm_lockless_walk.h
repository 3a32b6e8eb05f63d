/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _LINUX_MM_LOCKLESS_WALK_H
#define _LINUX_MM_LOCKLESS_WALK_H

/*
 * Registration of IRQ-disabled lockless page-table walkers.
 *
 * A lockless walker (GUP-fast, perf_get_page_size(), ...) disables IRQs so
 * that page tables it may be walking are not freed or reused under it: code
 * that changes page tables in a way such a walker must not miss waits for it
 * with an IPI. tlb_remove_table_sync_one() IPIs every CPU.
 * tlb_remove_table_sync_mm() only IPIs the CPUs in mm_lockless_walkers(mm),
 * so a walker that relies on it must register for the walk:
 *
 *	local_irq_save(flags);
 *	registered = mm_lockless_walk_begin(mm);
 *	... read the page tables of mm ...
 *	mm_lockless_walk_end(mm, registered);
 *	local_irq_restore(flags);
 *
 * See Documentation/mm/lockless-walkers.rst.
 */

#include <linux/bitops.h>
#include <linux/cpumask.h>
#include <linux/lockdep.h>
#include <linux/mm_types.h>
#include <linux/smp.h>

#ifdef CONFIG_MM_LOCKLESS_WALKERS

/**
 * mm_lockless_walk_begin - register this CPU as walking the page tables of @mm
 * @mm: the mm whose page tables are going to be walked
 *
 * Must be called with IRQs disabled, and IRQs must stay disabled until the
 * matching mm_lockless_walk_end().
 *
 * Return: true if this call set this CPU's bit in mm_lockless_walkers(@mm),
 * false if the bit was already set. Pass it to mm_lockless_walk_end().
 */
static inline bool mm_lockless_walk_begin(struct mm_struct *mm)
{
	lockdep_assert_irqs_disabled();

	/*
	 * A fully ordered RMW: the store of our bit is ordered before every
	 * page-table read of the walk. Pairs with the smp_mb() in
	 * tlb_remove_table_sync_mm(), which orders the page-table change
	 * before the read of the mask: either the sync sees our bit and waits
	 * for us, or we see the changed page tables.
	 *
	 * Only a successful test_and_set_bit() is relied upon for ordering.
	 * If the bit is already set, this CPU is nested (e.g. in NMI) inside
	 * a walk of the same mm: only this CPU writes its bit, and only with
	 * IRQs disabled. The outer walk set the bit with a fully ordered RMW
	 * and our reads come after that in program order, so they are ordered
	 * after the bit as well, and the outer walk keeps the bit set until
	 * after we are done.
	 */
	return !test_and_set_bit(smp_processor_id(),
				 cpumask_bits(mm_lockless_walkers(mm)));
}

/**
 * mm_lockless_walk_end - end a lockless walk of the page tables of @mm
 * @mm: the mm passed to mm_lockless_walk_begin()
 * @registered: the return value of mm_lockless_walk_begin()
 *
 * Must be called with IRQs still disabled, on the CPU that called
 * mm_lockless_walk_begin().
 */
static inline void mm_lockless_walk_end(struct mm_struct *mm, bool registered)
{
	lockdep_assert_irqs_disabled();

	/*
	 * A nested walk leaves the bit alone: perf_get_page_size() runs in
	 * NMI and can interrupt a GUP-fast walk of the same mm on this CPU.
	 * Its mm_lockless_walk_begin() returned false, and clearing the bit
	 * here would unregister the interrupted walk, which then carries on
	 * unseen by tlb_remove_table_sync_mm().
	 */
	if (!registered)
		return;

	/*
	 * RELEASE: every page-table read of the walk completes before the
	 * bit is seen clear. Pairs with the smp_mb() after the IPIs in
	 * tlb_remove_table_sync_mm(): a sync that reads our bit as clear
	 * does not send us an IPI, so the release is all that orders our
	 * reads before what the syncing CPU does next to the page tables.
	 */
	clear_bit_unlock(smp_processor_id(),
			 cpumask_bits(mm_lockless_walkers(mm)));
}

#else /* CONFIG_MM_LOCKLESS_WALKERS */

/*
 * Without CONFIG_MMU_GATHER_RCU_TABLE_FREE, page-table freeing relies on the
 * IPIs of the TLB flush that precedes it, and tlb_remove_table_sync_mm() is a
 * no-op like tlb_remove_table_sync_one(). Without SMP there is nobody to wait
 * for. Either way there is no mask and nothing to register.
 */
static inline bool mm_lockless_walk_begin(struct mm_struct *mm)
{
	lockdep_assert_irqs_disabled();
	return false;
}

static inline void mm_lockless_walk_end(struct mm_struct *mm, bool registered)
{
}

#endif /* CONFIG_MM_LOCKLESS_WALKERS */

#endif /* _LINUX_MM_LOCKLESS_WALK_H */
