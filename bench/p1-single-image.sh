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
home="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
reps="${1:-7}"
work="$(mktemp -d "${BENCH_DIR:-${TMPDIR:-/tmp}}/iiif-bench-p1.XXXXXX")"
trap 'rm -rf "$work"' EXIT
tile=256
quality=85

# A reproducible photo-like source: smooth noise at several scales with edges, in colour.
mkdir -p "$work/images"
vips perlin "$work/a.v" 12000 9000 --cell-size 512
vips worley "$work/b.v" 12000 9000 --cell-size 128
vips linear "$work/a.v" "$work/a8.v" 110 128 --uchar
vips linear "$work/b.v" "$work/b8.v" 1.6 0 --uchar
vips bandjoin "$work/a8.v $work/b8.v $work/a8.v" "$work/rgb.v"
vips copy "$work/rgb.v" "$work/rgb-srgb.v" --interpretation srgb
vips jpegsave "$work/rgb-srgb.v" "$work/images/page.jpg" --Q 90
rm -f "$work"/*.v

"$home/bin/iiif-generator" --version >/dev/null   # builds the jar and the start-up archive once

seconds() { local s e; sync; s=$(date +%s.%N); "$@" >/dev/null 2>&1; e=$(date +%s.%N); awk -v s="$s" -v e="$e" 'BEGIN {printf "%.3f\n", e - s}'; }
median() { sort -n | awk '{a[NR]=$1} END {m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2; printf "%.3f", m}'; }
minmax() { sort -n | awk 'NR==1{min=$1} {max=$1} END {printf "%.3f-%.3f", min, max}'; }

: > "$work/vips.txt"; : > "$work/ours.txt"
for i in $(seq "$reps"); do
  rm -rf "$work/dz" "$work/out"
  seconds vips dzsave "$work/images/page.jpg" "$work/dz" --layout iiif3 --tile-size "$tile" \
    --suffix ".jpg[Q=$quality]" >> "$work/vips.txt"
  seconds "$home/bin/iiif-generator" local --images "$work/images" --out "$work/out" \
    --base-url https://iiif.example.org/bench --tile-size "$tile" --quality "$quality" >> "$work/ours.txt"
done

vips_median=$(median < "$work/vips.txt")
ours_median=$(median < "$work/ours.txt")
echo "machine: $(nproc) cores, $(vips --version), $("$("$home/bin/find-java25")" -version 2>&1 | head -1), writing to $(df --output=fstype "$work" | tail -1) at $work"
echo "P1 one 12000x9000 JPEG, tile $tile, Q$quality, $reps runs each"
printf '  vips dzsave CLI       median %ss  (min-max %ss)\n' "$vips_median" "$(minmax < "$work/vips.txt")"
printf '  iiif-generator local  median %ss  (min-max %ss)\n' "$ours_median" "$(minmax < "$work/ours.txt")"
awk -v o="$ours_median" -v v="$vips_median" 'BEGIN {printf "  ratio (ours / vips)   %.3f   target <= 1.10\n", o / v}'
