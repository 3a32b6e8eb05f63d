#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
# mkseries.sh [VARIANT]: the mailable RFC in build/series/: a cover letter
# (patches/cover-letter, whose numbers are written there by hand from
# make eval's build/results/numbers.txt) and numbered "[RFC PATCH n/m]" patches, threaded, with the Cc
# lines get_maintainer.pl gives, ready for git send-email.  SERIES_OUT
# (default build/series) is where it goes: its earlier series is replaced,
# anything else there is refused (make check writes its own copy into its
# results, so that it never replaces the one make series made).
. "$(dirname "$0")/lib.sh"

variant=${1:-cpumask}
# SERIES_OUT is replaced: as knobs.conf declares it, it must be new, empty
# or an earlier series, whose cover letter format-patch -v2 names
# v2-0000-cover-letter.patch (the check looked for 0000-cover-letter.patch
# and refused every earlier series).
SERIES_OUT=${SERIES_OUT:-$BUILD/series}
knob_check SERIES_OUT
sout=$SERIES_OUT
stage "series: $variant -> $sout"
tree=$("$WB_DIR/tree.sh" "$variant" | tail -n 1) || exit 1
python3 "$WB_DIR/series.py" mail "$variant" "$tree" "$sout" || exit 1
stage_end
