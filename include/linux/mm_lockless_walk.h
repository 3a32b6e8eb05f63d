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
 * the CPUs that walked the mm since it last synced them, so a walker that
 * relies on it must register for the walk:
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
#include <linux/compiler.h>
#include <linux/cpumask.h>
#include <linux/lockdep.h>
#include <linux/mm_types.h>
#include <linux/smp.h>

#ifdef CONFIG_MM_LOCKLESS_WALKERS

/**
 * __mm_lockless_walk_begin - mm_lockless_walk_begin() for noinstr code
 * @mm: the mm whose page tables are going to be walked
 *
 * The same registration as mm_lockless_walk_begin(), without its lockdep
 * assertion and with no instrumentation: for walkers that run where
 * neither may be called and where lockdep's view of the IRQ state is not
 * that of the CPU, such as powerpc's machine check handler, which runs in
 * real mode with MSR[EE] clear while lockdep still sees the state of the
 * interrupted context. The caller must guarantee that IRQs (and any other
 * interrupt that can run a tlb_remove_table_sync_mm() handler) stay
 * disabled until __mm_lockless_walk_end().
 *
 * Return: as mm_lockless_walk_begin().
 */
static __always_inline bool __mm_lockless_walk_begin(struct mm_struct *mm)
{
	unsigned long *bits = cpumask_bits(mm_lockless_walkers(mm));
	unsigned int cpu = raw_smp_processor_id();

	/*
	 * Only this CPU clears its bit, in the handler of a
	 * tlb_remove_table_sync_mm() that reaches it, entered with IRQs just
	 * enabled: never inside a walk on this CPU, and an NMI walk that
	 * interrupts the handler is over before the clear. So a bit that
	 * reads as set was set by an earlier fully ordered test_and_set_bit()
	 * on this CPU and stays set for the whole walk; our page-table reads
	 * come after that RMW in program order and are ordered after it, as
	 * the reads of the walk that set it were. Pairs with the first
	 * smp_mb() in tlb_remove_table_sync_mm() as below. A read of a line
	 * that only changes at a sync: no store, no barrier.
	 */
	if (arch_test_bit(cpu, bits))
		return false;

	/*
	 * The first walk since a sync cleared the bit: a fully ordered RMW
	 * orders the bit before every page-table read of the walk. Pairs with
	 * the first smp_mb() in tlb_remove_table_sync_mm(), which orders the
	 * page-table change before the read of the mask: either the sync sees
	 * our bit and waits for us, or we see the changed page tables.
	 */
	return !arch_test_and_set_bit(cpu, bits);
}

/**
 * __mm_lockless_walk_end - mm_lockless_walk_end() for noinstr code
 * @mm: the mm passed to __mm_lockless_walk_begin()
 * @registered: the return value of __mm_lockless_walk_begin()
 *
 * Must be called before IRQs are enabled again, on the CPU that called
 * __mm_lockless_walk_begin().
 */
static __always_inline void __mm_lockless_walk_end(struct mm_struct *mm,
						   bool registered)
{
	/*
	 * Nothing to clear: the bit stays set until a sync clears it on this
	 * CPU, see __mm_lockless_walk_begin(). The walk's page-table reads
	 * are over before that clear: the sync's IPI cannot be taken before
	 * IRQs are enabled again.
	 */
}

#else /* CONFIG_MM_LOCKLESS_WALKERS */

/*
 * Without CONFIG_MMU_GATHER_RCU_TABLE_FREE, page-table freeing relies on the
 * IPIs of the TLB flush that precedes it, and tlb_remove_table_sync_mm() is a
 * no-op like tlb_remove_table_sync_one(). Without SMP there is nobody to wait
 * for. Either way there is no mask and nothing to register.
 */
static __always_inline bool __mm_lockless_walk_begin(struct mm_struct *mm)
{
	return false;
}

static __always_inline void __mm_lockless_walk_end(struct mm_struct *mm,
						   bool registered)
{
}

#endif /* CONFIG_MM_LOCKLESS_WALKERS */

/**
 * mm_lockless_walk_begin - register this CPU as walking the page tables of @mm
 * @mm: the mm whose page tables are going to be walked
 *
 * Must be called with IRQs disabled, and IRQs must stay disabled until the
 * matching mm_lockless_walk_end().
 *
 * Registration is lazy: this CPU's bit in mm_lockless_walkers(@mm) stays
 * set after the walk, until a tlb_remove_table_sync_mm() of @mm clears it
 * on this CPU, and a walk that finds it set neither writes nor orders
 * anything.
 *
 * Return: true if this call set this CPU's bit in mm_lockless_walkers(@mm),
 * false if the bit was already set. Pass it to mm_lockless_walk_end().
 */
static inline bool mm_lockless_walk_begin(struct mm_struct *mm)
{
	lockdep_assert_irqs_disabled();
	return __mm_lockless_walk_begin(mm);
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
	__mm_lockless_walk_end(mm, registered);
}

#endif /* _LINUX_MM_LOCKLESS_WALK_H */
