# SPDX-License-Identifier: GPL-2.0
# Sourced by initramfs.sh (the guest's env) and by the kit's host-run.sh:
# wb_expect VARIANT sets what lwbench -e checks for the variant's sync.
#   WB_EXPECT         a sync of an mm whose table it frees: the base kernel
#                     IPIs every other CPU; the RCU variants wait without
#                     the sync's IPI; every other variant IPIs at most the
#                     syncing process's walkers
#   WB_EXPECT_SHARED  a hugetlb unshare that leaves the PMD table shared
#                     (3 sharers or more): the base kernel and the RCU
#                     variants do not sync at all
#   WB_EXPECT_EXIT    the exit of a process that shares a hugetlb PMD
#                     table with one other (lwbench exit): exit_mmap()
#                     unshares it, leaving it to that one, and the base
#                     kernel IPIs every other CPU; the RCU variants wait
#                     without the sync's IPI; every series variant skips
#                     the sync at a full-mm teardown (no walker of the dead
#                     mm is left) and IPIs no CPU, however many are still
#                     set in the mm's walker mask
#   WB_EXPECT_EXIT_SHARED  the same exit with 3 sharers or more: the table
#                     stays shared, the base kernel and the RCU variants
#                     do not sync, the series skips the sync: none
#   WB_EXPECT_WALKERS a sync with walkers that walked since the previous
#                     sync and spin in user space (lwbench -U, CPUs not
#                     nohz_full): the base kernel IPIs every other CPU;
#                     the lazily registering variants (cpumask, lazy) IPI
#                     exactly those walkers, once per sync; the variants
#                     that register only for the walk (strict, percpu)
#                     find no walker in one and IPI no CPU outside them;
#                     the RCU variants wait without the sync's IPI
wb_expect() {
	case $1 in
	baseline) WB_EXPECT=broadcast WB_EXPECT_SHARED=none WB_EXPECT_EXIT=broadcast ;;
	rcu | rcu-*) WB_EXPECT=none WB_EXPECT_SHARED=none WB_EXPECT_EXIT=none ;;
	*) WB_EXPECT=targeted WB_EXPECT_SHARED=targeted WB_EXPECT_EXIT=none ;;
	esac
	case $1 in
	baseline | rcu | rcu-*) WB_EXPECT_WALKERS=$WB_EXPECT ;;
	strict | percpu) WB_EXPECT_WALKERS=targeted ;;
	*) WB_EXPECT_WALKERS=walkers ;;
	esac
	WB_EXPECT_EXIT_SHARED=none
}
