#!/usr/bin/env bash
# Start-up of the long-lived container: from launching `iiif-generator run` to its routes running, marked by
# its first heartbeat (the timer route starts with the others). The task bucket is a minimal local S3 endpoint
# (bench/fake-s3.py) that answers at once, so the figure is the application's own. Target <= 2 s.
#   bench/startup.sh [REPETITIONS]   (default 7)
set -euo pipefail
source "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/lib.sh"
reps="${1:-7}"
work="$(mktemp -d "${BENCH_DIR:-${TMPDIR:-/tmp}}/iiif-bench-startup.XXXXXX")"
trap 'rm -rf "$work"' EXIT
build_once
port=$((20000 + RANDOM % 20000))
python3 "$bench_home/bench/fake-s3.py" "$port" & fake=$!
trap 'kill "$fake" 2>/dev/null; rm -rf "$work"' EXIT

: > "$work/times.txt"
for i in $(seq "$reps"); do
  rm -f "$work/heartbeat"
  s=$(date +%s.%N)
  HEALTH_HEARTBEAT_FILE="$work/heartbeat" AWS_ENDPOINT="http://127.0.0.1:$port" AWS_PATH_STYLE=true AWS_REGION=us-east-1 \
    AWS_ACCESS_KEY_ID=bench AWS_SECRET_ACCESS_KEY=bench \
    "$bench_home/bin/iiif-generator" run --tasks-bucket bench-tasks >"$work/run.log" 2>&1 &
  pid=$!
  while [ ! -f "$work/heartbeat" ]; do
    kill -0 "$pid" 2>/dev/null || { echo "iiif-generator run ended:" >&2; cat "$work/run.log" >&2; exit 1; }
    sleep 0.01
  done
  e=$(date +%s.%N)
  kill "$pid"; wait "$pid" 2>/dev/null || true
  awk -v s="$s" -v e="$e" 'BEGIN {printf "%.3f\n", e - s}' >> "$work/times.txt"
done

machine "$work"
echo "Start-up of iiif-generator run to its first heartbeat, $reps runs"
printf '  median %ss  (min-max %ss)   target <= 2 s\n' "$(median < "$work/times.txt")" "$(minmax < "$work/times.txt")"
