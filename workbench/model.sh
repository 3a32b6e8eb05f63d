#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
# model.sh: the userspace MODEL (not the kernel) of the walker-side cost of
# each design (workbench/model/README.md).  Builds walker_model statically
# into build/model/, runs the default sweep (every design, pages 1 and 8,
# threads 1, 2, 4, .. nproc), and writes into $MODEL_OUT (default
# build/results/model/): model.csv, model.md (Markdown table) and, with
# gnuplot, model-p1.svg, model-p8.svg (and model-aref-p*.svg).
#
# Knobs: MODEL_DURATION_MS (200), MODEL_REPS (5), MODEL_OUT (results dir),
# MODEL_BIN (a prebuilt binary: no gcc needed, and missing python3/gnuplot
# only skip the table/plots), MODEL_DESIGNS (walker_model -D list),
# MODEL_ARGS (more walker_model options, e.g. "-c 0-7"), MODEL_CSV (only
# make the table and plots from this CSV: no build, no run).
. "$(dirname "$0")/lib.sh"

OUTDIR=${MODEL_OUT:-$BUILD/results/model}
DUR=${MODEL_DURATION_MS:-200}
REPS=${MODEL_REPS:-5}
DESIGNS=${MODEL_DESIGNS:-baseline,percpu,cpumask,lazy,lazy-sync1000,cpumask-ownmm,baseline-aref,percpu-aref,cpumask-aref,lazy-aref}
SRC=$WB_DIR/model/walker_model.c
REPORT=$WB_DIR/model/report.py
T0=$(wb_now)
mkdir -p "$OUTDIR" || die "cannot create $OUTDIR"
CSV=$OUTDIR/model.csv

if [ -n "${MODEL_CSV:-}" ]; then
	[ -s "$MODEL_CSV" ] || die "MODEL_CSV=$MODEL_CSV: no such CSV"
	if [ "$(realpath "$MODEL_CSV")" != "$(realpath -m "$CSV")" ]; then
		cp "$MODEL_CSV" "$CSV" || die "cannot copy $MODEL_CSV to $CSV"
	fi
else
	stage "model: build walker_model"
	if [ -n "${MODEL_BIN:-}" ]; then
		BIN=$MODEL_BIN
		[ -x "$BIN" ] || die "MODEL_BIN=$BIN is not an executable"
		echo "    prebuilt: $BIN"
	else
		need_tool gcc gcc
		BIN=$BUILD/model/walker_model
		mkdir -p "$BUILD/model"
		log=$BUILD/model/build.log
		gcc -O2 -Wall -Wextra -Werror -pthread -static -o "$BIN.tmp" "$SRC" \
			>"$log" 2>&1 ||
			die "building walker_model failed (a static build needs libc6-dev's libc.a)" "$log"
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
