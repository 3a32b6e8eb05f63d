/* SPDX-License-Identifier: GPL-2.0 */
/*
 * walker_model.h - what the harness (walker_model.c) shares with the
 * measured loops built from the series' <linux/mm_lockless_walk.h>
 * (walker_loop.c, compiled once per version of that header): the model's
 * mm, the modelled walk, the run control and the loops' prototypes.
 *
 * Only the compiler's own C headers here: walker_loop.c is compiled with
 * -I shim, whose linux/ headers shadow the system's.
 */
#ifndef WALKER_MODEL_H
#define WALKER_MODEL_H

#include <stdalign.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define MODEL_NR_CPUS	512	/* one 64-byte line of bits, like a cpumask */
#define MODEL_LONG_BITS	(8 * (int)sizeof(unsigned long))
#define MODEL_MASK_WORDS (MODEL_NR_CPUS / MODEL_LONG_BITS)
#define MODEL_LINE	128	/* spacing of private data: no false sharing,
				 * also not with the adjacent-line prefetcher */

#define model_barrier()	__asm__ __volatile__("" ::: "memory")

/*
 * The model's mm.  As in the kernel (patch 0001), the lockless_walkers mask
 * starts on a cache line of its own, mm_lockless_walkers_offset bytes into
 * the mm_struct, and walkers find it through that variable; the rest of a
 * real mm_struct is one unused word here.  Bit n is the thread of index n,
 * the model's smp_processor_id().
 */
struct mm_struct {
	alignas(MODEL_LINE) unsigned long model_head;
	alignas(MODEL_LINE) unsigned long lockless_walkers[MODEL_MASK_WORDS];
};

/*
 * offsetof(struct mm_struct, lockless_walkers), in a variable read by every
 * walk, as 0001's mm_lockless_walkers_offset (__ro_after_init): on a line
 * that nothing writes while measuring.
 */
struct model_ro {
	alignas(MODEL_LINE) unsigned int walkers_offset;
};
extern struct model_ro model_ro;
#define mm_lockless_walkers_offset	(model_ro.walkers_offset)

/* The thread's index: the model's smp_processor_id(), set once pinned. */
extern __thread int model_cpu_number;

/* Run control, read-only while measuring. */
struct model_ctl {
	alignas(MODEL_LINE) int go;
	int stop;
};
extern struct model_ctl model_ctl;

/* What a thread's walks produce: a refcount and a sink for the PTEs. */
struct walk_acc {
	unsigned long refs;
	uintptr_t sink;
};

/* The modelled walk: 4 levels of 128 entries, 4 KiB per thread. */
#define LEVELS		4
#define ENTRIES		128
#define PRESENT		1UL
#define WALK_DESC	"4-level dependent pointer chase (pgd>p4d>pud>pmd>pte " \
			"style, 4x128 entries = 4 KiB thread-private) per page, " \
			"present check, private refcount++"

struct walk_tables {
	alignas(64) uintptr_t tab[LEVELS][ENTRIES];
};

/* One page: a chain of 4 dependent loads, as a page-table walk. */
#define WALK_LEVEL(t, e, addr, shift)					\
	do {								\
		(e) = (t)[((addr) >> (shift)) & (ENTRIES - 1)];		\
		if (!((e) & PRESENT))					\
			return 0;					\
		(t) = (const uintptr_t *)((e) & ~PRESENT);		\
	} while (0)

static inline __attribute__((always_inline))
uintptr_t walk_one(const uintptr_t *pgd, unsigned long addr)
{
	const uintptr_t *t = pgd;
	uintptr_t e;

	WALK_LEVEL(t, e, addr, 39);	/* pgd */
	WALK_LEVEL(t, e, addr, 30);	/* p4d/pud */
	WALK_LEVEL(t, e, addr, 21);	/* pmd */
	e = t[(addr >> 12) & (ENTRIES - 1)];	/* pte */
	return (e & PRESENT) ? e : 0;
}

/*
 * GUP-fast of npages pages from addr.  aref: the refcount increment is a
 * locked RMW, as try_grab_folio_fast()'s atomic on the folio refcount (on
 * a thread-private line here: no folio shared between threads).
 */
static inline __attribute__((always_inline))
void walk_pages(struct walk_acc *acc, const uintptr_t *pgd,
		unsigned long addr, int npages, const bool aref)
{
	for (int i = 0; i < npages; i++) {
		uintptr_t pte = walk_one(pgd, addr + ((unsigned long)i << 12));

		if (pte) {
			if (aref)
				__atomic_fetch_add(&acc->refs, 1, __ATOMIC_RELAXED);
			else
				acc->refs++;
			acc->sink ^= pte;
		}
		model_barrier();
	}
}

/*
 * The measured loops whose begin and end are the series' own
 * mm_lockless_walk_begin()/mm_lockless_walk_end(): walker_loop.c, built by
 * model.sh against the mailed series' header (lazy) and the strict
 * comparison patch's (strict).  Each loops begin; walk; end on @mm until
 * model_ctl.stop, and returns the number of walks; sync_every (lazy-syncN)
 * drops this thread's bit every sync_every walks as the sync's IPI handler
 * would.  model_code_* say which header each was compiled from.
 */
unsigned long model_loop_lazy(struct mm_struct *mm, const uintptr_t *pgd,
			      struct walk_acc *acc, bool aref, int npages,
			      unsigned long sync_every);
unsigned long model_loop_strict(struct mm_struct *mm, const uintptr_t *pgd,
				struct walk_acc *acc, bool aref, int npages,
				unsigned long sync_every);
extern const char model_code_lazy[], model_code_strict[];

#endif /* WALKER_MODEL_H */
