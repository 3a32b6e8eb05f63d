# SPDX-License-Identifier: GPL-2.0
# Thin driver for the workbench (workbench/*.sh); see README.md.
VARIANT ?= cpumask
CONFIG ?= check
WB := workbench

.PHONY: help knobs tree refresh series build boot check check-full eval kernels kit-check model lkmm broken clean

help:
	@echo "make check          the test command (CI runs it): LKMM, workbench argument tests, build+boot+test"
	@echo "                    cpumask (the series), checkpatch, sparse  [VARIANTS= STAGES=]"
	@echo "make check-full     check for every variant + kunit.py + W=1/coccicheck/kernel-doc + every commit"
	@echo "                    built alone + debug/MAXSMP/!SMP/arm64 builds + debug and KCSAN stress boots"
	@echo "                    + arm64 guests + run_vmtests.sh categories side by side [MATRIX= STRESS=]"
	@echo "make eval           baseline vs percpu vs strict vs lazy vs cpumask vs rcu vs rcu-exp: sync IPIs,"
	@echo "                    isolation, idle walkers, sync latency vs vCPUs, GUP-fast cost, exact"
	@echo "                    instructions per pin-fast call (QEMU -icount); build/results/"
	@echo "                    [EVAL_VARIANTS= EVAL_RUNS= GUP_RUNS= GUP_CPUS= SCALE_CPUS= CPUS= NODES=]"
	@echo "make kernels        the large-NUMA kit: every variant's kernel (CONFIG=numa-eval; BASE_CONFIG="
	@echo "                    a host's config) + the static benchmark, in build/kernels/ [KERNEL_VARIANTS=]"
	@echo "make kit-check      boot each kit kernel as a stand-in host and run the kit there [KIT_VARIANTS=]"
	@echo "make model          userspace model of the walker-side cost of each design (real cores)"
	@echo "make lkmm           the LKMM litmus tests alone (herd7)"
	@echo "make tree VARIANT=v assemble build/v/linux (base + the variant's series entries) [FORCE=1]"
	@echo "make refresh VARIANT=v   write edits made in build/v/linux back to patches/ and the overlay [GROUP=]"
	@echo "make series         the mailable RFC v3 in build/series/ (stamped with your git identity)"
	@echo "make build|boot VARIANT=v CONFIG=c   (defaults: cpumask, check) [CPUS= NODES= MEM= ACCEL= TIMEOUT=]"
	@echo "make broken         negative controls: deliberately broken patches must make check fail [BROKEN=]"
	@echo "make clean          remove build/"
	@echo "make kernels KIT_ARCH=arm64   the arm64 kit (numa-arm64, cross-built); every kit has .deb and .tar.gz packages"
	@echo "make help           this list"
	@python3 $(WB)/knobs.py help

# make build and make boot check VARIANT, CONFIG and JOBS (boot also CPUS,
# NODES, MEM, ACCEL, TIMEOUT) before the tree is touched: bad input stops
# at once.
tree: $(if $(filter build,$(MAKECMDGOALS)),knobs)
	@$(WB)/tree.sh $(VARIANT)

knobs:
	@bash -c '. $(WB)/lib.sh && knob_variants VARIANT "$$1" && resolve_config "$$2" >/dev/null && \
		knob_count JOBS 1 $(if $(filter boot,$(MAKECMDGOALS)),&& boot_knobs)' knobs '$(VARIANT)' '$(CONFIG)'

refresh:
	@$(WB)/refresh.sh $(VARIANT)

series:
	@$(WB)/mkseries.sh $(VARIANT)

build: tree
	@$(WB)/build.sh $(VARIANT) $(CONFIG)

# run.sh assembles the tree, builds, packs PLAN's guest (default: plan),
# boots and judges, into the run directory named here; make boot's exit
# status is the guest's verdict.
boot: knobs
	@$(WB)/run.sh all $(VARIANT) $(CONFIG) $${PLAN:-plan} \
		"$$(bash -c '. $(WB)/lib.sh && echo "$$BUILD"')/$(VARIANT)/run-$(CONFIG)$${ARCH:+-$$ARCH}-$${CPUS:-8}c$${NODES:-2}n"

check:
	@$(WB)/check.sh quick

check-full:
	@$(WB)/check.sh full

eval:
	@$(WB)/eval.sh

kernels:
	@$(WB)/kernels.sh $(if $(filter check,$(CONFIG)),,$(CONFIG))

kit-check:
	@$(WB)/kit-check.sh

model:
	@$(WB)/model.sh

lkmm:
	@$(WB)/fetch-base.sh && $(WB)/lkmm.sh $(or $(LB_TREE),$${LB_CACHE:-/var/cache/lockless-bench}/base/linux)

broken:
	@$(WB)/broken.sh $(BROKEN)

clean:
	rm -rf build
