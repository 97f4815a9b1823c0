#!/usr/bin/env bash
# Cost of --tile-format webp (JPEG + WebP tiles) against jpg, on the P1 image (12000x9000 photo-like JPEG, Q90):
# wall-clock and CPU seconds (user+sys) of `iiif-generator local`, alternating, 3 repetitions.
#   bench/tile-format-cost.sh [OTHER_BUILD]   (OTHER_BUILD: a second checkout to compare, run as webp-2)
set -euo pipefail
source "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/lib.sh"
home="$bench_home"
other="${1:-}"
work="$(mktemp -d "${BENCH_DIR:-${TMPDIR:-/tmp}}/iiif-bench-formats.XXXXXX")"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/images"
photo_like 12000 9000 "$work/images/page.jpg[Q=90]"
build_once
run() { # LABEL HOME FORMAT
  local out="$work/out-$1"
  rm -rf "$out" "$out.records"; sync
  /usr/bin/time -f "$1: %e s wall, %U s user, %S s sys, %M KB max RSS" "$2/bin/iiif-generator" local \
    --images "$work/images" --out "$out" --base-url https://iiif.example.org/bench --tile-size 256 \
    --quality 85 --tile-format "$3" --parallel-images 1 > "$out.log" 2>"$work/time.txt" || echo "$1 failed"
  tail -1 "$work/time.txt"
  python3 - "$out/tiles" <<'PY'
import os, sys
sizes = {}
for root, _, files in os.walk(sys.argv[1]):
    for name in files:
        if root.split(os.sep)[-3] != 'full' and name.startswith('default.'):
            ext = name.rsplit('.', 1)[1]
            count, total = sizes.get(ext, (0, 0))
            sizes[ext] = (count + 1, total + os.path.getsize(os.path.join(root, name)))
print('  tiles: ' + ', '.join(f'{ext} {n} files {b / 1e6:.1f} MB' for ext, (n, b) in sorted(sizes.items())))
PY
}
for i in 1 2 3; do
  run jpg "$home" jpg
  run webp-1 "$home" webp
  [ -z "$other" ] || run webp-2 "$other" webp
done
