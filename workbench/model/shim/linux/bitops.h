/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The walker model's <linux/bitops.h>: the bit operations that
 * mm_lockless_walk.h and the model's sync handler use, for a bit number
 * that is not a compile-time constant (the CPU number).
 *
 * x86-64: inline asm with the instructions and constraints of arch/x86's
 * bitops for a variable bit number: test_bit() is a plain bt,
 * test_and_set_bit() a lock bts (a locked RMW: fully ordered),
 * clear_bit_unlock() a compiler barrier and a lock btr.  The bit number
 * may exceed the word: bt/bts/btr with a register offset address the
 * bitmap, not the word.
 *
 * Elsewhere: __atomic builtins with the API's ordering (test_and_set_bit()
 * seq_cst, clear_bit_unlock() release, test_bit() relaxed).
 */
#ifndef _MODEL_LINUX_BITOPS_H
#define _MODEL_LINUX_BITOPS_H

#define BITS_PER_LONG	MODEL_LONG_BITS
#define BIT_WORD(nr)	((nr) / BITS_PER_LONG)
#define BIT_MASK(nr)	(1UL << ((nr) % BITS_PER_LONG))

#if defined(__x86_64__)

static __always_inline bool test_bit(unsigned long nr,
				     const volatile unsigned long *addr)
{
	bool oldbit;

	__asm__ __volatile__("btq %2,%1"
			     : "=@ccc" (oldbit)
			     : "m" (*(const unsigned long *)addr), "Ir" (nr)
			     : "memory");
	return oldbit;
}

static __always_inline bool test_and_set_bit(long nr,
					     volatile unsigned long *addr)
{
	bool oldbit;

	__asm__ __volatile__("lock btsq %2,%1"
			     : "=@ccc" (oldbit), "+m" (*(volatile long *)addr)
			     : "Ir" (nr)
			     : "memory");
	return oldbit;
}

static __always_inline void clear_bit_unlock(long nr,
					     volatile unsigned long *addr)
{
	barrier();
	__asm__ __volatile__("lock btrq %1,%0"
			     : "+m" (*(volatile long *)addr)
			     : "Ir" (nr)
			     : "memory");
}

#else /* !__x86_64__ */

static __always_inline bool test_bit(unsigned long nr,
				     const volatile unsigned long *addr)
{
	return (__atomic_load_n(&addr[BIT_WORD(nr)], __ATOMIC_RELAXED) >>
		(nr % BITS_PER_LONG)) & 1;
}

static __always_inline bool test_and_set_bit(long nr,
					     volatile unsigned long *addr)
{
	unsigned long mask = BIT_MASK(nr);

	return __atomic_fetch_or(&addr[BIT_WORD(nr)], mask,
				 __ATOMIC_SEQ_CST) & mask;
}

static __always_inline void clear_bit_unlock(long nr,
					     volatile unsigned long *addr)
{
	__atomic_fetch_and(&addr[BIT_WORD(nr)], ~BIT_MASK(nr),
			   __ATOMIC_RELEASE);
}

#endif /* __x86_64__ */

#endif /* _MODEL_LINUX_BITOPS_H */
