/* SPDX-License-Identifier: GPL-2.0 */
/* The walker model's <linux/cpumask.h>: a mask of NR_CPUS (512) bits. */
#ifndef _MODEL_LINUX_CPUMASK_H
#define _MODEL_LINUX_CPUMASK_H

struct cpumask {
	unsigned long bits[MODEL_MASK_WORDS];
};

#define cpumask_bits(maskp)	((maskp)->bits)

#endif /* _MODEL_LINUX_CPUMASK_H */
