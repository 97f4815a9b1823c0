#!/usr/bin/env bash
# P5: the 600-megapixel tiled TIFF of bench/corpus.sh (30000x20000) through `iiif-generator local`: peak resident
# memory of the whole process (GNU time's maximum RSS) and peak bytes in the local work folder while it runs,
# beside `vips dzsave` on the same file for scale. Targets: RSS <= 600 MB; work folder within the in-flight bound
# (here one image service, the finished service's size).
#   bench/p5-huge-tiff.sh
# BENCH_DIR chooses where the output is written; BENCH_CORPUS where the corpus is (made when missing).
set -euo pipefail
source "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/lib.sh"
corpus="$("$bench_home/bench/corpus.sh")"
work="$(mktemp -d "${BENCH_DIR:-${TMPDIR:-/tmp}}/iiif-bench-p5.XXXXXX")"
trap 'rm -rf "$work"' EXIT
[ -x /usr/bin/time ] || { echo "needs GNU time: apt-get install -y time" >&2; exit 2; }
mkdir -p "$work/images"
ln "$corpus/synthetic/huge-600mpx.tif" "$work/images/huge.tif" 2>/dev/null \
  || cp "$corpus/synthetic/huge-600mpx.tif" "$work/images/huge.tif"
build_once

# peak_bytes FOLDER PID: the largest size FOLDER reached while PID ran, sampled every 0.2 s.
peak_bytes() {
  local peak=0 now
  while kill -0 "$2" 2>/dev/null; do
    now=$(du -sb "$1" 2>/dev/null | cut -f1 || echo 0)
    [ "${now:-0}" -gt "$peak" ] && peak=$now
    sleep 0.2
  done
  echo "$peak"
}

/usr/bin/time -f "%e %M" -o "$work/ours.time" "$bench_home/bin/iiif-generator" local --images "$work/images" \
  --out "$work/out" --base-url https://iiif.example.org/bench --tile-size 256 --work-dir "$work/work" >"$work/ours.log" 2>&1 &
ours=$!
peak=$(peak_bytes "$work/work" "$ours")
wait "$ours" || { cat "$work/ours.log" >&2; exit 1; }
/usr/bin/time -f "%e %M" -o "$work/vips.time" vips dzsave "$work/images/huge.tif" "$work/dz" --layout iiif3 \
  --tile-size 256 --suffix ".jpg[Q=85]"
service=$(du -sb "$work/out/tiles/huge-1" | cut -f1)

read -r ours_s ours_kb < "$work/ours.time"
read -r vips_s vips_kb < "$work/vips.time"
machine "$work"
echo "P5 one 30000x20000 tiled TIFF (600 megapixels, $(du -m "$work/images/huge.tif" | cut -f1) MB), tile 256, Q85"
printf '  vips dzsave CLI        %6.1f s   peak RSS %5d MB\n' "$vips_s" "$((vips_kb / 1024))"
printf '  iiif-generator local   %6.1f s   peak RSS %5d MB   target <= 600 MB\n' "$ours_s" "$((ours_kb / 1024))"
printf '  work folder peak %d MB for one image service of %d MB   target <= %d MB (one service in flight)\n' \
  "$((peak / 1048576))" "$((service / 1048576))" "$((service / 1048576))"
