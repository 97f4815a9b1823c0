# Shared by the bench/ scripts: timing, statistics, the machine line and reproducible synthetic images.
# Sourced, not run.

bench_home="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"

# Seconds a command takes, after `sync` so one run's dirty pages are not written back during the next.
seconds() { local s e; sync; s=$(date +%s.%N); "$@" >/dev/null 2>&1; e=$(date +%s.%N); awk -v s="$s" -v e="$e" 'BEGIN {printf "%.3f\n", e - s}'; }
median() { sort -n | awk '{a[NR]=$1} END {m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2; printf "%.3f", m}'; }
minmax() { sort -n | awk 'NR==1{min=$1} {max=$1} END {printf "%.3f-%.3f", min, max}'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.3f", a / b}'; }

# What the figures were measured on: cores, libvips, JDK, and the file system written to ($1).
machine() {
  echo "machine: $(nproc) cores, $(vips --version), $("$("$bench_home/bin/find-java25")" -version 2>&1 | head -1), writing to $(df --output=fstype "$1" | tail -1) at $1"
}

# Builds the application and its start-up cache once, outside any measured run.
build_once() { "$bench_home/bin/iiif-generator" --version >/dev/null; }

# timed LOG COMMAND...: prints the seconds COMMAND took (after `sync`); when it fails, shows its output and fails.
timed() {
  local log="$1" s e rc=0; shift
  sync; s=$(date +%s.%N)
  "$@" >"$log" 2>&1 || rc=$?
  e=$(date +%s.%N)
  if [ "$rc" -ne 0 ]; then echo "'$*' failed with exit code $rc:" >&2; cat "$log" >&2; return 1; fi
  awk -v s="$s" -v e="$e" 'BEGIN {printf "%.3f\n", e - s}'
}

# photo_like WIDTH HEIGHT OUT [SEED] [CELL]: a reproducible photo-like image (smooth noise at several scales with
# edges, in colour); the format follows OUT's extension and options, e.g. out.jpg[Q=90] or
# out.tif[tile,compression=jpeg]. CELL (default 512) is the size of the largest structures in pixels.
photo_like() {
  local w="$1" h="$2" out="$3" seed="${4:-1}" cell="${5:-512}" tmp
  tmp="$(mktemp -d)"
  vips perlin "$tmp/a.v" "$w" "$h" --cell-size "$cell" --seed "$seed"
  vips worley "$tmp/b.v" "$w" "$h" --cell-size "$((cell / 4))" --seed "$((seed + 1000))"
  vips linear "$tmp/a.v" "$tmp/a8.v" 110 128 --uchar
  vips linear "$tmp/b.v" "$tmp/b8.v" 1.6 0 --uchar
  vips bandjoin "$tmp/a8.v $tmp/b8.v $tmp/a8.v" "$tmp/rgb.v"
  vips copy "$tmp/rgb.v" "$out" --interpretation srgb
  rm -rf "$tmp"
}
