#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
# model.sh: the userspace MODEL (not the kernel) of the walker-side cost of
# each design (workbench/model/README.md).  Builds walker_model statically
# into build/model/, runs the default sweep (every design, pages 1 and 8,
# threads 1, 2, 4, .. nproc), and writes into $MODEL_OUT (default
# build/results/model/): model.csv, model.md (Markdown table) and, with
# gnuplot, model-p1.svg, model-p8.svg (and model-aref-p*.svg).
#
# The lazy and cpumask (strict) designs run the series' own
# mm_lockless_walk_begin()/mm_lockless_walk_end(): each build derives
# include/linux/mm_lockless_walk.h as variant cpumask (the series as
# mailed) and variant strict have it, from the overlay's copy and the
# variant's patches that change it (build/model/header-<variant>/), and
# compiles model/walker_loop.c against it with the shims of model/shim/,
# with a negative control (the header's functions renamed in a copy of it
# must break the compile).  A header that no longer compiles, or a patch
# that no longer applies, fails the build; nothing falls back to
# hand-written code.
#
# Knobs: MODEL_DURATION_MS (200), MODEL_REPS (11), MODEL_OUT (results dir),
# MODEL_BIN (a prebuilt binary: no gcc needed, and missing python3/gnuplot
# only skip the table/plots), MODEL_DESIGNS (walker_model -D list),
# MODEL_ARGS (more walker_model options, e.g. "-c 0-7"), MODEL_CSV (only
# make the table and plots from this CSV: no build, no run).
. "$(dirname "$0")/lib.sh"

OUTDIR=${MODEL_OUT:-$BUILD/results/model}
DUR=${MODEL_DURATION_MS:-200}
REPS=${MODEL_REPS:-11}
DESIGNS=${MODEL_DESIGNS:-baseline,percpu,cpumask,lazy,lazy-sync1000,cpumask-ownmm,baseline-aref,percpu-aref,cpumask-aref,lazy-aref}
MDIR=$WB_DIR/model
REPORT=$MDIR/report.py
HDR=include/linux/mm_lockless_walk.h
# The model's designs that run the series' header, as DESIGN:LOOP:VARIANT:
# walker_model's design DESIGN runs model_loop_LOOP(), walker_loop.c
# compiled against VARIANT's version of the header.  lazy: the series as
# mailed (mkseries.sh's default variant); cpumask, the model's name of the
# strict design: the strict comparison variant.
HDR_DESIGNS="lazy:lazy:cpumask cpumask:strict:strict"
T0=$(wb_now)

# Every knob is checked, as knobs.conf declares it, before anything is
# built or removed (a bad MODEL_DESIGNS failed in walker_model, after the
# build).  MODEL_BIN too when MODEL_CSV makes it unused: a typo in either
# is a mistake the caller wants to hear about.
knob_check MODEL_DURATION_MS MODEL_REPS MODEL_OUT MODEL_BIN MODEL_DESIGNS MODEL_ARGS MODEL_CSV

mkdir -p "$OUTDIR" || die "cannot create $OUTDIR"
CSV=$OUTDIR/model.csv

# model_header VARIANT DIR: VARIANT's version of $HDR as DIR/$HDR: the
# overlay's copy, then, in series order, the hunks of $HDR of each patch of
# VARIANT's groups (no fuzz).  Sets HDR_PATCHES to the patches applied.
model_header() {
	local variant=$1 dir=$2 groups p g
	groups=$(variant_groups "$variant") || exit 1
	rm -rf "$dir" && mkdir -p "$dir/include/linux" ||
		die "cannot create $dir"
	[ -f "$TOP/$HDR" ] || die "no $TOP/$HDR: the overlay lacks the series' header"
	cp "$TOP/$HDR" "$dir/$HDR" || die "cannot copy $TOP/$HDR to $dir"
	HDR_PATCHES=
	while read -r p g _; do
		case $p in '' | '#'*) continue ;; esac
		case " $groups " in *" $g "*) ;; *) continue ;; esac
		[ -f "$TOP/patches/$p" ] ||
			die "patches/series names the patch $p, which does not exist in $TOP/patches"
		# Only the patch's part for the header: its other files are
		# not in DIR.
		awk -v f="a/$HDR" '/^diff --git /{ on = ($3 == f) } on' \
			"$TOP/patches/$p" >"$dir/$p" || die "cannot read $TOP/patches/$p"
		if [ ! -s "$dir/$p" ]; then
			rm -f "$dir/$p"
			continue
		fi
		echo "+ patch -p1 --fuzz=0 -d $dir -i $dir/$p" >>"$log"
		patch -p1 --fuzz=0 --no-backup-if-mismatch -r - -d "$dir" -i "$dir/$p" \
			>>"$log" 2>&1 ||
			die "patch $p (group $g of variant $variant) no longer applies to $HDR: the model cannot build that variant's walker (refresh the patch)" "$log"
		HDR_PATCHES="$HDR_PATCHES $p"
	done <"$TOP/patches/series"
}

# model_cc LOG ARGS...: run gcc with ARGS, the command line in LOG first.
model_cc() {
	local l=$1
	shift
	echo "+ gcc $*" >>"$l"
	gcc "$@" >>"$l" 2>&1
}

if [ -n "${MODEL_CSV:-}" ]; then
	if [ "$(realpath "$MODEL_CSV")" != "$(realpath -m "$CSV")" ]; then
		cp "$MODEL_CSV" "$CSV" || die "cannot copy $MODEL_CSV to $CSV"
	fi
else
	stage "model: build walker_model"
	if [ -n "${MODEL_BIN:-}" ]; then
		BIN=$MODEL_BIN
		echo "    prebuilt: $BIN"
	else
		need_tool gcc gcc
		need_tool patch patch
		BIN=$BUILD/model/walker_model
		mkdir -p "$BUILD/model" || die "cannot create $BUILD/model"
		log=$BUILD/model/build.log
		: >"$log"
		# No binary from an earlier header is left to run.
		rm -f "$BIN" "$BIN.tmp" "$BUILD"/model/*.o "$BUILD"/model/*.o.d
		# The thread index (the model's smp_processor_id()) is one
		# %fs-relative load, as the kernel's cpu_number is %gs-relative.
		CFLAGS=(-O2 -Wall -Wextra -Werror -pthread -ftls-model=local-exec)
		# The series' header, after -I its tree, as the kernel compiles
		# it: the model's configuration and kernel headers (shim/), and
		# no -Wunused-parameter (the lazy end ignores both arguments).
		SHIM=(-I "$MDIR/shim" -include "$MDIR/shim/model_kernel.h"
			-Wno-unused-parameter)
		objs=()
		for hd in $HDR_DESIGNS; do
			IFS=: read -r mdesign design variant <<<"$hd"
			dir=$BUILD/model/header-$variant
			model_header "$variant" "$dir"
			code="$HDR${HDR_PATCHES:+ +$HDR_PATCHES} (variant $variant), sha256 $(sha256sum <"$dir/$HDR" | cut -c1-12)"
			echo "    $mdesign: $code"
			obj=$BUILD/model/walker_loop-$design.o
			model_cc "$log" "${CFLAGS[@]}" -I "$dir/include" \
				"${SHIM[@]}" -DMODEL_DESIGN="$design" \
				-DMODEL_CODE="\"$code\"" -MD -MF "$obj.d" \
				-c -o "$obj" "$MDIR/walker_loop.c" ||
				die "compiling the $mdesign walker (model_loop_$design) from $dir/$HDR (variant $variant) failed: the series' header no longer compiles against the model's shims in $MDIR/shim" "$log"
			# It is that copy of the header that was compiled...
			grep -qF "$dir/$HDR" "$obj.d" ||
				die "walker_loop.c did not include $dir/$HDR: the $mdesign design does not run the series' header" "$obj.d"
			# ... and its functions that run: with either one renamed
			# in a copy of it, the same compile must fail.
			for fn in mm_lockless_walk_begin mm_lockless_walk_end; do
				neg=$BUILD/model/header-$variant-no-$fn
				rm -rf "$neg" && mkdir -p "$neg/include/linux" ||
					die "cannot create $neg"
				sed "s/\<$fn\>/${fn}_renamed_by_model_sh/g" "$dir/$HDR" >"$neg/$HDR"
				nlog=$neg/build.log
				echo "negative control: $mdesign with $fn renamed must not compile" >"$nlog"
				if model_cc "$nlog" "${CFLAGS[@]}" -I "$neg/include" \
					"${SHIM[@]}" -DMODEL_DESIGN="$design" \
					-DMODEL_CODE="\"negative control\"" -c \
					-o "$neg/walker_loop.o" "$MDIR/walker_loop.c"; then
					die "negative control: walker_loop.c compiled against $neg/$HDR, in which $fn is renamed: the $mdesign design does not run the series' $fn" "$nlog"
				fi
				grep -q "implicit declaration of function .$fn." "$nlog" ||
					die "negative control: the compile against $neg/$HDR failed, but not for the missing $fn" "$nlog"
				cat "$nlog" >>"$log"
				echo "negative control: failed as it must" >>"$log"
				rm -rf "$neg"
			done
			objs+=("$obj")
		done
		model_cc "$log" "${CFLAGS[@]}" -c -o "$BUILD/model/walker_model.o" \
			"$MDIR/walker_model.c" ||
			die "compiling $MDIR/walker_model.c failed" "$log"
		model_cc "$log" "${CFLAGS[@]}" -static -o "$BIN.tmp" \
			"$BUILD/model/walker_model.o" "${objs[@]}" ||
			die "linking walker_model failed (a static build needs libc6-dev's libc.a)" "$log"
		mv "$BIN.tmp" "$BIN"
		echo "    $BIN"
	fi
	stage_end

	ncpu=$(nproc)
	stage "model: sweep ($DESIGNS; pages 1,8; threads up to $ncpu; $REPS x $DUR ms per point)"
	log=$OUTDIR/model.log
	# shellcheck disable=SC2086 # MODEL_ARGS is a list of options
	"$BIN" -D "$DESIGNS" -p 1,8 -d "$DUR" -r "$REPS" ${MODEL_ARGS:-} \
		-o "$CSV.tmp" 2>&1 | tee "$log" ||
		die "walker_model failed (pinning or sanity check, see the ERROR line)" "$log"
	mv "$CSV.tmp" "$CSV"
	echo "    $CSV"
	stage_end
fi

stage "model: table"
if command -v python3 >/dev/null 2>&1; then
	# The confidence intervals' own check, with its negative control.
	python3 "$REPORT" selftest || die "report.py selftest failed: the bootstrap is broken"
	python3 "$REPORT" table "$CSV" "$OUTDIR/model.md" ||
		die "report.py table failed"
	echo "    $OUTDIR/model.md"
elif [ -n "${MODEL_BIN:-}" ]; then
	warn "no python3 here: skipping model.md; make it elsewhere with MODEL_CSV=$CSV bash workbench/model.sh"
else
	need_tool python3 python3
fi
stage_end

stage "model: plots"
if ! command -v python3 >/dev/null 2>&1 ||
	{ ! command -v gnuplot >/dev/null 2>&1 && [ -n "${MODEL_BIN:-}" ]; }; then
	warn "no gnuplot or python3 here: skipping the plots; make them elsewhere with MODEL_CSV=$CSV bash workbench/model.sh"
else
	need_tool gnuplot gnuplot
	for p in 1 8; do
		for v in "" aref; do
			svg=$OUTDIR/model${v:+-$v}-p$p.svg
			grep -q "^[a-z0-9-]*${v:+-$v},[0-9]*,$p," "$CSV" || continue
			python3 "$REPORT" plot "$CSV" "$p" "$svg" ${v:+--aref} |
				gnuplot 2>"$OUTDIR/gnuplot.log" ||
				die "gnuplot failed for $svg" "$OUTDIR/gnuplot.log"
			echo "    $svg"
		done
	done
	rm -f "$OUTDIR/gnuplot.log"
fi
stage_end
echo "model: done in $(($(wb_now) - T0))s: $OUTDIR"
