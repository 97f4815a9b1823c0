#!/usr/bin/env bash
# The tile size as a reader's browser sees it: the largest photographs of the corpus (bench/corpus.sh, Debian's
# wallpapers, 5120x2880) published twice, with 256 px and 512 px tiles, served by `iiif-generator serve`, and
# viewed in Chromium (1400x900) in OpenSeadragon and in Mirador: open, then zoom to 100 % at 1/4, 1/2 and 3/4
# along the diagonal, each step waiting until the view is complete (bench/tile-size-viewers.mjs). Prints per
# viewer and tile size, per step and in total, the medians of the image requests, bytes and seconds until the
# view is complete, once over loopback and once through Chromium's network emulation; then the files each page
# publishes (a PUT each on S3). No target: these figures choose the default tile size.
#   bench/tile-size-viewers.sh [RUNS] [IMAGES]   (default 3 runs of 3 images)
# NETWORKS (default "loopback,40ms/50mbit") lists the network profiles; CHROMIUM the browser (default
# /usr/bin/chromium); RAW_OUT a file that keeps one JSON line per session. Each session's totals go to stderr as it
# ends. Requests and bytes are exact; times depend on the machine's load.
set -euo pipefail
source "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/lib.sh"
home="$bench_home"
runs="${1:-3}"
count="${2:-3}"
networks="${NETWORKS:-loopback,40ms/50mbit}"
chromium="${CHROMIUM:-/usr/bin/chromium}"
sizes=(256 512)

[ -x "$chromium" ] || { echo "needs Chromium: apt-get install -y chromium (or CHROMIUM=/path/to/chrome)" >&2; exit 2; }
command -v node >/dev/null || { echo "needs Node.js: apt-get install -y nodejs npm" >&2; exit 2; }
corpus="$("$home/bench/corpus.sh")"
work="$(mktemp -d "${BENCH_DIR:-${TMPDIR:-/tmp}}/iiif-bench-tile-size.XXXXXX")"
servepid=""
cleanup() {
  if [ -n "$servepid" ]; then kill "$servepid" 2>/dev/null || true; wait "$servepid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM HUP

# The largest photographs: most pixels, then most bytes (the most detail).
mkdir -p "$work/images"
names=()
while read -r _ _ file; do
  cp "$file" "$work/images/"
  names+=("$(basename "$file" .jpg)")
done < <(for f in "$corpus"/photos/*.jpg; do
  echo "$(( $(vipsheader -f width "$f" 2>/dev/null) * $(vipsheader -f height "$f" 2>/dev/null) )) $(stat -c %s "$f") $f"
done | sort -k1,1nr -k2,2nr | head -n "$count")
build_once  # also installs viewer/node_modules (playwright-core), which the browser script uses
[ -d "$home/viewer/node_modules/playwright-core" ] \
  || { echo "viewer/node_modules has no playwright-core: build with mvn package (it runs npm ci in viewer/)" >&2; exit 1; }

port=""
for p in $(shuf -i 20000-60000 -n 50); do
  if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then port=$p; break; fi
done
[ -n "$port" ] || { echo "no free port found for the preview server" >&2; exit 1; }
server="http://127.0.0.1:$port"
for size in "${sizes[@]}"; do
  "$home/bin/iiif-generator" local --images "$work/images" --out "$work/site/t$size" --base-url "$server/t$size" \
    --tile-size "$size" >"$work/publish-$size.log" 2>&1 || { cat "$work/publish-$size.log" >&2; exit 1; }
done
"$home/bin/iiif-generator" serve "$work/site" --port "$port" >"$work/serve.log" 2>&1 &
servepid=$!
for _ in $(seq 120); do
  (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && break
  kill -0 "$servepid" 2>/dev/null || { echo "serve exited:" >&2; cat "$work/serve.log" >&2; exit 1; }
  sleep 0.5
done

machine "$work"
echo "Chromium $("$chromium" --version 2>/dev/null | awk '{print $2}'), Node.js $(node --version); images: ${names[*]}"
/usr/bin/time -f "browser script: %e s wall, %U s user, %S s sys (node and Chromium)" -o "$work/time.txt" \
  node "$home/bench/tile-size-viewers.mjs" "$chromium" "$server" "$runs" "$(IFS=,; echo "${sizes[*]}")" \
    "$networks" "${names[@]}" || { cat "$work/time.txt" >&2; exit 1; }
cat "$work/time.txt"
echo "Files published per page (a PUT each on S3; tiles and the listed sizes), mean of the ${#names[@]} pages:"
for size in "${sizes[@]}"; do
  files=$(find "$work/site/t$size/tiles" -name 'default.*' | wc -l)
  bytes=$(find "$work/site/t$size/tiles" -name 'default.*' -printf '%s\n' | awk '{s += $1} END {print s}')
  awk -v s="$size" -v f="$files" -v b="$bytes" -v n="${#names[@]}" \
    'BEGIN {printf "  tile %d: %.0f files, %.2f MB\n", s, f / n, b / n / 1e6}'
done
