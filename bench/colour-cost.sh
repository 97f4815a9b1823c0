#!/usr/bin/env bash
# The cost of colour management on P1's page: one 12000x9000 JPEG made into a complete image service by
# `iiif-generator local`, its pixels identical in three files that differ only in the profile they embed:
# none, sRGB (colord's sRGB.icc: must cost nothing, the page is not converted) and Adobe RGB (1998) (converted
# to sRGB by lcms in the same pass as the decode). Runs alternate; prints the median of each.
#   bench/colour-cost.sh [REPETITIONS]   (default 3)
# Needs the profiles of docker/test-packages.txt (colord-data); BENCH_DIR as for p1-single-image.sh.
set -euo pipefail
source "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/lib.sh"
home="$bench_home"
reps="${1:-3}"
icc=/usr/share/color/icc/colord
work="$(mktemp -d "${BENCH_DIR:-${TMPDIR:-/tmp}}/iiif-bench-colour.XXXXXX")"
trap 'rm -rf "$work"' EXIT

photo_like 12000 9000 "$work/page.v"
for kind in untagged srgb adobe; do mkdir -p "$work/$kind"; done
vips jpegsave "$work/page.v" "$work/untagged/page.jpg" --Q 90
vips jpegsave "$work/page.v" "$work/srgb/page.jpg" --Q 90 --profile "$icc/sRGB.icc"
vips jpegsave "$work/page.v" "$work/adobe/page.jpg" --Q 90 --profile "$icc/AdobeRGB1998.icc"
rm "$work/page.v"
build_once

for i in $(seq "$reps"); do
  for kind in untagged srgb adobe; do
    rm -rf "$work/out" "$work/out.records"
    timed "$work/log.txt" "$home/bin/iiif-generator" local --images "$work/$kind" --out "$work/out" \
      --base-url https://iiif.example.org/bench >> "$work/$kind.txt"
  done
done

machine "$work"
echo "P1's 12000x9000 JPEG, $reps runs each, median (min-max) seconds"
for kind in untagged srgb adobe; do
  printf '  %-9s %ss  (%ss)\n' "$kind" "$(median < "$work/$kind.txt")" "$(minmax < "$work/$kind.txt")"
done
echo "  Adobe RGB / untagged: $(ratio "$(median < "$work/adobe.txt")" "$(median < "$work/untagged.txt")")"
