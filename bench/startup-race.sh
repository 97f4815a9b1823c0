#!/usr/bin/env bash
# Start-up race: starts the launcher (`iiif-generator --version`, which loads libvips on its own thread while the
# main thread sets up logging) many times and counts the starts that fail. A failure is any exit code but 0, or
# a Java exception printed (such as ExceptionInInitializerError from ProcessEnvironment, which a setenv in
# vips_init racing the JDK's first read of the environment caused about once in 330 starts). Target: 0 failures.
#   bench/startup-race.sh [STARTS] [PARALLEL]   (default 1000 starts, 2 at a time)
set -euo pipefail
source "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/lib.sh"
starts="${1:-1000}"
parallel="${2:-2}"
work="$(mktemp -d "${BENCH_DIR:-${TMPDIR:-/tmp}}/iiif-bench-race.XXXXXX")"
trap 'rm -rf "$work"' EXIT
build_once

start_once() {
  local log="$work/start-$1.log"
  if "$bench_home/bin/iiif-generator" --version >"$log" 2>&1 && ! grep -q 'Exception\|Error' "$log"; then
    rm -f "$log"
  else
    echo "start $1 failed:" >&2; head -5 "$log" >&2
  fi
}
export -f start_once
export work bench_home

s=$(date +%s)
seq "$starts" | xargs -P "$parallel" -I{} bash -c 'start_once {}'
e=$(date +%s)
failed=$(find "$work" -name 'start-*.log' | wc -l)
machine "$work"
echo "Starts of iiif-generator --version, $parallel at a time: $starts in $((e - s)) s"
echo "  failed: $failed   target 0"
[ "$failed" -eq 0 ]
