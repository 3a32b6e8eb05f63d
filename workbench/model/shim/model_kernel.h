/* SPDX-License-Identifier: GPL-2.0 */
/*
 * model_kernel.h - the kernel configuration under which the walker model
 * compiles the series' <linux/mm_lockless_walk.h> in userspace (gcc
 * -include, see workbench/model.sh): a 64-bit SMP kernel with
 * CONFIG_MM_LOCKLESS_WALKERS (CONFIG_MMU_GATHER_RCU_TABLE_FREE), without
 * CONFIG_DEBUG_VM or lockdep, as measured.
 *
 * The linux/ headers next to this file stand in for the kernel headers that
 * mm_lockless_walk.h includes, with only what it uses; they are the model's,
 * written for it, not copies of the kernel's.
 */
#ifndef _MODEL_KERNEL_H
#define _MODEL_KERNEL_H

#define CONFIG_SMP				1
#define CONFIG_MMU_GATHER_RCU_TABLE_FREE	1
#define CONFIG_MM_LOCKLESS_WALKERS		1
#ifdef __LP64__
#define CONFIG_64BIT				1
#endif
#ifdef CONFIG_DEBUG_VM
#error "the walker model measures a kernel without CONFIG_DEBUG_VM"
#endif

#include <stdbool.h>

#define __always_inline	inline __attribute__((__always_inline__))
#define barrier()	__asm__ __volatile__("" ::: "memory")

/* struct mm_struct, NR_CPUS and the thread index: the model's. */
#include "../walker_model.h"

#define NR_CPUS		MODEL_NR_CPUS

#endif /* _MODEL_KERNEL_H */
