#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
# mkseries.sh [VARIANT]: the mailable RFC in build/series/: a cover letter
# (patches/cover-letter, whose numbers are written there by hand from
# make eval's build/results/numbers.txt) and numbered "[RFC PATCH n/m]" patches, threaded, with the Cc
# lines get_maintainer.pl gives, ready for git send-email.
. "$(dirname "$0")/lib.sh"

variant=${1:-cpumask}
stage "series: $variant -> $BUILD/series"
tree=$("$WB_DIR/tree.sh" "$variant" | tail -n 1) || exit 1
python3 "$WB_DIR/series.py" mail "$variant" "$tree" "$BUILD/series" || exit 1
stage_end
