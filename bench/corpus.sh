#!/usr/bin/env bash
# The benchmark corpus, made anew by anyone: real photographs and synthetic pages of every kind the tool reads.
#   bench/corpus.sh [DIR] [photos]   (default: $BENCH_CORPUS or /tmp/iiif-bench-corpus; files already there are
#                                    kept; `photos`: only DIR/photos)
# DIR/photos/     the largest JPEG of each of Debian's plasma-workspace-wallpapers (18 photographs, 2560x1600 to
#                 5120x2880; the package is installed when missing and the script runs as root)
# DIR/synthetic/  large.jpg          12000x9000 JPEG (Q90)
#                 large-tiled.tif    12000x9000 tiled TIFF, JPEG-compressed
#                 huge-600mpx.tif    30000x20000 tiled TIFF, JPEG-compressed (600 megapixels)
#                 multipage.tif      8 pages of 3000x2000
#                 document.pdf       4 A4 pages of scans at 300 dpi
# Prints DIR.
set -euo pipefail
source "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/lib.sh"
dir="${1:-${BENCH_CORPUS:-/tmp/iiif-bench-corpus}}"
only="${2:-}"
mkdir -p "$dir/photos" "$dir/synthetic"

if [ ! -d /usr/share/wallpapers/Volna ]; then
  if [ "$(id -u)" -eq 0 ]; then
    echo "Installing Debian's plasma-workspace-wallpapers (the photographs)..." >&2
    { apt-get install -y -q plasma-workspace-wallpapers || { apt-get update -q \
        && apt-get install -y -q plasma-workspace-wallpapers; }; } >"$dir/apt.log" 2>&1 \
      || { cat "$dir/apt.log" >&2; exit 2; }
  else
    echo "needs Debian's plasma-workspace-wallpapers: sudo apt-get install -y plasma-workspace-wallpapers" >&2
    exit 2
  fi
fi
for images in /usr/share/wallpapers/*/contents/images; do
  largest="$(ls -S "$images" | grep -i '\.jpg$' | head -n 1 || true)"
  name="$(basename "$(dirname "$(dirname "$images")")")"
  [ -n "$largest" ] && [ ! -f "$dir/photos/$name.jpg" ] && cp "$images/$largest" "$dir/photos/$name.jpg"
done

if [ "$only" = photos ]; then echo "$dir"; exit 0; fi

s="$dir/synthetic"
[ -f "$s/large.jpg" ] || photo_like 12000 9000 "$s/large.jpg[Q=90]" 1
[ -f "$s/large-tiled.tif" ] || photo_like 12000 9000 "$s/large-tiled.tif[tile,compression=jpeg,Q=90]" 2
[ -f "$s/huge-600mpx.tif" ] || photo_like 30000 20000 "$s/huge-600mpx.tif[tile,compression=jpeg,Q=90]" 3 1024
if [ ! -f "$s/multipage.tif" ]; then
  # Eight pages are eight slices of one tall image.
  photo_like 3000 16000 "$s/pages.v" 11 256
  vips tiffsave "$s/pages.v" "$s/multipage.part.tif" --page-height 2000 --compression jpeg --Q 90
  rm -f "$s/pages.v" && mv "$s/multipage.part.tif" "$s/multipage.tif"
fi
if [ ! -f "$s/document.pdf" ]; then
  pages=()
  for p in $(seq 4); do photo_like 2480 3508 "$s/scan-$p.jpg[Q=85]" "$((20 + p))" 256; pages+=("$s/scan-$p.jpg"); done
  "$bench_home/bench/jpegs-to-pdf.py" "$s/document.part.pdf" 300 "${pages[@]}"
  rm -f "${pages[@]}" && mv "$s/document.part.pdf" "$s/document.pdf"
fi
echo "$dir"
