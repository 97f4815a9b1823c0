#!/usr/bin/env bash
# P2: a local collection of 20 mixed single-page images (Debian's wallpaper photographs, a 12000x9000 JPEG and
# a 12000x9000 tiled TIFF, from bench/corpus.sh) through `iiif-generator local`, against `vips dzsave` run on
# every image with as many processes at once as there are cores. Runs alternate, side by side; prints medians,
# min-max and the throughput ratio (vips time / ours). Target >= 0.9.
#   bench/p2-collection.sh [REPETITIONS]   (default 3)
# BENCH_DIR chooses where the output is written; BENCH_CORPUS where the corpus is (made when missing).
set -euo pipefail
source "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/lib.sh"
reps="${1:-3}"
corpus="$("$bench_home/bench/corpus.sh")"
work="$(mktemp -d "${BENCH_DIR:-${TMPDIR:-/tmp}}/iiif-bench-p2.XXXXXX")"
trap 'rm -rf "$work"' EXIT
tile=256
quality=85

mkdir -p "$work/images"
cp "$corpus"/photos/*.jpg "$corpus/synthetic/large.jpg" "$corpus/synthetic/large-tiled.tif" "$work/images/"
count=$(ls "$work/images" | wc -l)
megapixels=$(for f in "$work/images"/*; do vipsheader -f width "$f"; vipsheader -f height "$f"; done \
  | paste - - | awk '{s += $1 * $2} END {printf "%.0f", s / 1e6}')
build_once

vips_all() {
  mkdir -p "$work/dz"
  ls "$work/images" | xargs -P "$(nproc)" -I{} vips dzsave "$work/images/{}" "$work/dz/{}" --layout iiif3 \
    --tile-size "$tile" --suffix ".jpg[Q=$quality]"
}
ours() {
  "$bench_home/bin/iiif-generator" local --images "$work/images" --out "$work/out" \
    --base-url https://iiif.example.org/bench --tile-size "$tile" --quality "$quality"
}

: > "$work/vips.txt"; : > "$work/ours.txt"
for i in $(seq "$reps"); do
  rm -rf "$work/dz" "$work/out" "$work/out.records"
  timed "$work/vips.log" vips_all >> "$work/vips.txt"
  timed "$work/ours.log" ours >> "$work/ours.txt"
done

vips_median=$(median < "$work/vips.txt")
ours_median=$(median < "$work/ours.txt")
machine "$work"
echo "P2 $count images ($megapixels megapixels: photographs, a 12000x9000 JPEG and tiled TIFF), tile $tile, Q$quality, $reps runs each"
printf '  vips dzsave x%d, %d processes at once   median %ss  (min-max %ss)\n' "$count" "$(nproc)" "$vips_median" "$(minmax < "$work/vips.txt")"
printf '  iiif-generator local                   median %ss  (min-max %ss)\n' "$ours_median" "$(minmax < "$work/ours.txt")"
echo "  throughput ratio (vips time / ours)    $(ratio "$vips_median" "$ours_median")   target >= 0.9"
