/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The walker model's <linux/mm_types.h>: struct mm_struct is the model's
 * (walker_model.h), and mm_lockless_walkers() finds the mask as the
 * series' accessor does, at the offset kept in mm_lockless_walkers_offset.
 */
#ifndef _MODEL_LINUX_MM_TYPES_H
#define _MODEL_LINUX_MM_TYPES_H

#include <linux/cpumask.h>

static inline struct cpumask *mm_lockless_walkers(struct mm_struct *mm)
{
	return (struct cpumask *)((unsigned long)mm +
				  mm_lockless_walkers_offset);
}

#endif /* _MODEL_LINUX_MM_TYPES_H */
