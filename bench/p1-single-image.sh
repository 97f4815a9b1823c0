#!/usr/bin/env bash
# P1: one 12000x9000 JPEG to a complete level-0 image service, `iiif-generator local` (tiles, info.json,
# full/max, sizes, manifest, collection, report, JVM start-up included) against the `vips dzsave` CLI with the
# same tile size and quality (tiles and info.json only). Runs alternate, side by side in one run; prints the
# median of each and the ratio. Target: ratio <= 1.10.
#   bench/p1-single-image.sh [REPETITIONS]   (default 7)
# BENCH_DIR chooses the file system written to (default: $TMPDIR or /tmp); both tools write the same 2,276
# tiles there, so a slow disk adds the same to both. Each run starts after `sync`, so one run's dirty pages
# are not written back during the next.
set -euo pipefail
source "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/lib.sh"
home="$bench_home"
reps="${1:-7}"
work="$(mktemp -d "${BENCH_DIR:-${TMPDIR:-/tmp}}/iiif-bench-p1.XXXXXX")"
trap 'rm -rf "$work"' EXIT
tile=256
quality=85

mkdir -p "$work/images"
photo_like 12000 9000 "$work/images/page.jpg[Q=90]"
build_once

: > "$work/vips.txt"; : > "$work/ours.txt"
for i in $(seq "$reps"); do
  rm -rf "$work/dz" "$work/out" "$work/out.records"
  seconds vips dzsave "$work/images/page.jpg" "$work/dz" --layout iiif3 --tile-size "$tile" \
    --suffix ".jpg[Q=$quality]" >> "$work/vips.txt"
  seconds "$home/bin/iiif-generator" local --images "$work/images" --out "$work/out" \
    --base-url https://iiif.example.org/bench --tile-size "$tile" --quality "$quality" >> "$work/ours.txt"
done

vips_median=$(median < "$work/vips.txt")
ours_median=$(median < "$work/ours.txt")
machine "$work"
echo "P1 one 12000x9000 JPEG, tile $tile, Q$quality, $reps runs each"
printf '  vips dzsave CLI       median %ss  (min-max %ss)\n' "$vips_median" "$(minmax < "$work/vips.txt")"
printf '  iiif-generator local  median %ss  (min-max %ss)\n' "$ours_median" "$(minmax < "$work/ours.txt")"
echo "  ratio (ours / vips)   $(ratio "$ours_median" "$vips_median")   target <= 1.10"
