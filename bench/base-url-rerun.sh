#!/usr/bin/env bash
# A collection moves to another public URL: P2's collection (bench/p2-collection.sh's 20 images) published once,
# then rerun with only another --base-url. Prints both times (/usr/bin/time) and how many tiles the rerun wrote
# (files under tiles/ other than info.json modified after the first run ended: 0 expected).
#   bench/base-url-rerun.sh [IMAGES_DIR]   (default: P2's images from bench/corpus.sh)
# BENCH_DIR chooses where the output is written.
set -euo pipefail
source "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/lib.sh"
work="$(mktemp -d "${BENCH_DIR:-${TMPDIR:-/tmp}}/iiif-bench-base-url.XXXXXX")"
trap 'rm -rf "$work"' EXIT
images="${1:-}"
if [ -z "$images" ]; then
  corpus="$("$bench_home/bench/corpus.sh")"
  images="$work/images"
  mkdir -p "$images"
  cp "$corpus"/photos/*.jpg "$corpus/synthetic/large.jpg" "$corpus/synthetic/large-tiled.tif" "$images/"
fi
build_once

publish() {
  /usr/bin/time -f "%e s elapsed, %U s user, %M KB max RSS" -o "$work/$1.time" \
    "$bench_home/bin/iiif-generator" local --images "$images" --out "$work/out" --base-url "$2" \
      --tile-size 256 --quality 85 >"$work/$1.log" 2>&1 \
    || { cat "$work/$1.log" >&2; exit 1; }
}

publish full https://staging.example.org/bench
touch "$work/after-full"
sleep 1
publish rerun https://iiif.example.org/bench
tiles=$(find "$work/out/tiles" -type f ! -name info.json | wc -l)
rewritten=$(find "$work/out/tiles" -type f ! -name info.json -newer "$work/after-full" | wc -l)
infos=$(find "$work/out/tiles" -type f -name info.json -newer "$work/after-full" | wc -l)
machine "$work"
echo "$(ls "$images" | wc -l) images, $tiles tile and size files, tile 256, Q85"
echo "  full run:              $(cat "$work/full.time")"
echo "  base-URL-only rerun:   $(cat "$work/rerun.time")"
echo "  written by the rerun:  $rewritten tiles, $infos info.json"
