#!/usr/bin/env bash
# Cost of --pyramid-tiff tiles+tiff (a pyramidal TIFF per page besides the tiles) and tiff (the TIFFs instead of
# the tiles) against tiles alone, on the P1 image (12000x9000 photo-like JPEG, Q90) and the P2 collection
# (bench/p2-collection.sh's 20 images): wall-clock and CPU seconds (user+sys) of `iiif-generator local`,
# alternating, and the bytes of tiles and TIFFs.
#   bench/pyramid-tiff-cost.sh [RUNS]   (default 3)
# BENCH_DIR chooses where the output is written; BENCH_CORPUS where the corpus is (made when missing).
set -euo pipefail
source "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/lib.sh"
home="$bench_home"
reps="${1:-3}"
corpus="${BENCH_CORPUS:-/tmp/iiif-bench-corpus}"
[ -f "$corpus/synthetic/large-tiled.tif" ] && [ -n "$(ls "$corpus/photos" 2>/dev/null)" ] \
  || corpus="$("$home/bench/corpus.sh")"
work="$(mktemp -d "${BENCH_DIR:-${TMPDIR:-/tmp}}/iiif-bench-tiff.XXXXXX")"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/p1" "$work/p2"
photo_like 12000 9000 "$work/p1/page.jpg[Q=90]"
cp "$corpus"/photos/*.jpg "$corpus/synthetic/large.jpg" "$corpus/synthetic/large-tiled.tif" "$work/p2/"
build_once

# Bytes of the files under a folder (not of its folders, which one per tile in the IIIF layout would dwarf them).
file_bytes() { if [ -d "$1" ]; then find "$1" -type f -printf '%s\n' | awk '{s += $1} END {print s + 0}'; else echo 0; fi; }

run() { # SET MODE
  local out="$work/out-$1-$2"
  rm -rf "$out" "$out.records"; sync
  /usr/bin/time -f "%e %U %S %M" -o "$work/time.txt" "$home/bin/iiif-generator" local --images "$work/$1" \
    --out "$out" --base-url https://iiif.example.org/bench --tile-size 256 --quality 85 --pyramid-tiff "$2" \
    $([ "$2" = tiff ] && echo --image-server https://images.example.org/iiif/3) \
    > "$out.log" 2>&1 || { echo "$1 $2 failed:"; tail -5 "$out.log"; exit 1; }
  read -r wall user sys rss < "$work/time.txt"
  local tiles tiffs
  tiles=$(file_bytes "$out/tiles")
  tiffs=$(file_bytes "$out/tiff")
  printf '%s %-10s %6.2f s wall, %6.2f s CPU (user %.2f + sys %.2f), %4d MB max RSS, tiles %6.1f MB, TIFFs %6.1f MB\n' \
    "$1" "$2" "$wall" "$(awk -v u="$user" -v s="$sys" 'BEGIN {print u + s}')" "$user" "$sys" "$((rss / 1024))" \
    "$(awk -v b="$tiles" 'BEGIN {print b / 1e6}')" "$(awk -v b="$tiffs" 'BEGIN {print b / 1e6}')"
  echo "$wall $(awk -v u="$user" -v s="$sys" 'BEGIN {print u + s}')" >> "$work/$1-$2.txt"
}

machine "$work"
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
for set in p1 p2; do
  for i in $(seq "$reps"); do
    run "$set" tiles
    run "$set" tiles+tiff
    run "$set" tiff
  done
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
for set in p1 p2; do
  for mode in tiles tiles+tiff tiff; do
    printf '%s %-10s median %s s wall, %s s CPU\n' "$set" "$mode" "$(cut -d' ' -f1 "$work/$set-$mode.txt" | median)" \
      "$(cut -d' ' -f2 "$work/$set-$mode.txt" | median)"
  done
done
