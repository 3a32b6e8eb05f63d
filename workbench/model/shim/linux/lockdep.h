/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The walker model's <linux/lockdep.h>: no lockdep, as in the measured
 * kernel (the assertion is empty without CONFIG_PROVE_LOCKING).  The model
 * does not disable IRQs either: a userspace thread has none.
 */
#ifndef _MODEL_LINUX_LOCKDEP_H
#define _MODEL_LINUX_LOCKDEP_H

#define lockdep_assert_irqs_disabled()	do { } while (0)

#endif /* _MODEL_LINUX_LOCKDEP_H */
