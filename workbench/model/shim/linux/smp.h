/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The walker model's <linux/smp.h>: the "CPU" is the pinned thread's index,
 * read from thread-local storage (%fs on x86-64) as the kernel reads its
 * per-CPU cpu_number (%gs).
 */
#ifndef _MODEL_LINUX_SMP_H
#define _MODEL_LINUX_SMP_H

#define raw_smp_processor_id()	(model_cpu_number)
#define smp_processor_id()	raw_smp_processor_id()

#endif /* _MODEL_LINUX_SMP_H */
