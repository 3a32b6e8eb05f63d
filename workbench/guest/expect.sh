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
wb_expect() {
	case $1 in
	baseline) WB_EXPECT=broadcast WB_EXPECT_SHARED=none ;;
	rcu | rcu-*) WB_EXPECT=none WB_EXPECT_SHARED=none ;;
	*) WB_EXPECT=targeted WB_EXPECT_SHARED=targeted ;;
	esac
}
