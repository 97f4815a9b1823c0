#!/usr/bin/env bash
# Soak: the long-lived container (`iiif-generator run`, in its own process) works off a queue of COUNT small task
# files in the format of aws-batch-iiif-generator, polling a task bucket on an S3 server on loopback (s3proxy 4.1.0
# from the project's test dependencies, filesystem blob store). Each task publishes a collection of one 64x48
# JPEG to its own destination prefix; every 20th task file is invalid (in turn malformed JSON and an unknown name)
# and belongs in failed/. Once the container is up, the files are uploaded together (aws s3 cp --recursive).
#   bench/soak.sh [COUNT]   (default 1000)
# While they are processed, the container's resident memory (VmRSS) and used heap (jcmd GC.heap_info) are sampled
# every SOAK_SAMPLE_SECONDS (default 10: each sample starts jcmd, a short-lived JVM). At start, once the queue is
# uploaded, at 25/50/75/100 % of the files done and at the end (SOAK_SETTLE_SECONDS idle after the last file,
# default 70, so that the SDK's 60-second timers of the files read have run out) the live heap is also measured
# after a full GC (jcmd GC.run). SOAK_SAMPLES names a file to keep the samples in (seconds, files done, RSS MB,
# heap used MB).
# Prints task files in/processed/failed/missing/misplaced/duplicated, the throughput and the memory curve. Exits 1
# when a file is missing from processed/ and failed/ after SOAK_TIMEOUT_SECONDS (default 1800), is in the wrong
# one, or was handled twice (moved twice by the container's log, or in both folders).
# The container polls with the application's default delay (tasks.poll-delay-ms: 5 s after each poll of at most
# 10 files) unless TASKS_POLL_DELAY_MS is set. BENCH_DIR chooses the file system written to (default: $TMPDIR or
# /tmp); AWS_CLI the aws command (default: Debian's /usr/bin/aws, installed when missing and the script runs as
# root). The application is the one built in target/ (bin/iiif-generator builds it when target/iiif-generator.jar
# is missing).
set -euo pipefail
source "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/lib.sh"
home="$bench_home"
count="${1:-1000}"
invalid_every=20
sample_seconds="${SOAK_SAMPLE_SECONDS:-10}"
settle_seconds="${SOAK_SETTLE_SECONDS:-70}"
timeout_seconds="${SOAK_TIMEOUT_SECONDS:-1800}"

work="$(mktemp -d "${BENCH_DIR:-${TMPDIR:-/tmp}}/iiif-bench-soak.XXXXXX")"
s3pid=""
runpid=""
cleanup() {
  local pid
  for pid in "$runpid" "$s3pid"; do
    if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi
  done
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM HUP

# --- Tools -------------------------------------------------------------------------------------------------------
command -v vips >/dev/null || { echo "needs the vips CLI: apt-get install -y libvips-tools" >&2; exit 2; }
ensure_aws_cli "$work"
java="$("$home/bin/find-java25")"
jcmd="$(dirname "$(readlink -f "$java")")/jcmd"
[ -x "$jcmd" ] || { echo "needs jcmd beside $java (a JDK, not a JRE)" >&2; exit 2; }
build_once

# --- The S3 server, the source and the queue ---------------------------------------------------------------------
start_s3proxy "$work"
for bucket in src dest tasks; do s3 mb "s3://$bucket" >/dev/null; done
access=Coll_1/Box1/Folder_A/Access
photo_like 64 48 "$work/page.jpg[Q=90]" 1 16
s3 cp "$work/page.jpg" "s3://src/$access/Folder_A_0001.jpg" --only-show-errors
printf 'identifier,title\nFolder_A,Folder A of the soak benchmark\n' > "$work/coll.csv"
s3 cp "$work/coll.csv" s3://src/Coll_1/CSV/coll.csv --only-show-errors

# task_file N: the task file soak-NNNN.json; every invalid_every-th is invalid.
task_file() {
  local n="$1" env
  env='{"name":"AWS_REGION","value":"us-east-1"},{"name":"COLLECTION_IDENTIFIER","value":"Coll_1"},'
  env+="{\"name\":\"ACCESS_DIR\",\"value\":\"$access\"},{\"name\":\"AWS_SRC_BUCKET\",\"value\":\"src\"},"
  env+='{"name":"AWS_DEST_BUCKET","value":"dest"},{"name":"DEST_URL","value":"https://cdn.example.org"},'
  env+='{"name":"CSV_PATH","value":"Coll_1/CSV"},{"name":"CSV_NAME","value":"coll.csv"},'
  if (( n % (2 * invalid_every) == 0 )); then
    printf '{"jobName": '
    return
  elif (( n % invalid_every == 0 )); then
    env+='{"name":"TILE_SIZES","value":"512"},'
  fi
  env+="{\"name\":\"DEST_PREFIX\",\"value\":\"soak/$(printf '%04d' "$n")\"}"
  printf '{"jobName":"soak","jobQueue":"q","jobDefinition":"d","command":"./createiiif.sh","environment":[%s]}' "$env"
}
mkdir -p "$work/queue"
for n in $(seq "$count"); do task_file "$n" > "$work/queue/$(printf 'soak-%04d.json' "$n")"; done

# --- The container -----------------------------------------------------------------------------------------------
TASKS_BUCKET=tasks AWS_ENDPOINT="$endpoint" AWS_PATH_STYLE=true PIPELINE_WORK_DIR="$work/run-work" \
  HEALTH_HEARTBEAT_FILE="$work/heartbeat" "$home/bin/iiif-generator" run >"$work/run.log" 2>&1 &
runpid=$!   # the launcher execs java: this is the JVM
for _ in $(seq 240); do
  [ -f "$work/heartbeat" ] && break
  kill -0 "$runpid" 2>/dev/null || { echo "iiif-generator run exited:" >&2; cat "$work/run.log" >&2; exit 1; }
  sleep 0.5
done
[ -f "$work/heartbeat" ] || { echo "iiif-generator run did not start" >&2; cat "$work/run.log" >&2; exit 1; }

# Each task file the container finishes is logged once as "Task s3://tasks/<file> moved to <folder>/<file>".
done_count() { grep -c ' moved to ' "$work/run.log" || true; }
rss_mb() { awk '/^VmRSS:/ {printf "%.0f", $2 / 1024}' "/proc/$runpid/status"; }
peak_rss_mb() { awk '/^VmHWM:/ {printf "%.0f", $2 / 1024}' "/proc/$runpid/status"; }
heap_mb() {
  "$jcmd" "$runpid" GC.heap_info 2>/dev/null \
    | awk '/heap/ && / used / {for (i = 1; i < NF; i++) if ($i == "used") {sub(/K.*/, "", $(i + 1)); printf "%.0f", $(i + 1) / 1024; exit}}'
}
live_heap_mb() { "$jcmd" "$runpid" GC.run >/dev/null 2>&1; heap_mb; }
now() { date +%s.%N; }
# milestone NAME: one line of the memory curve, with the live heap after a full GC.
milestone() {
  printf '  %-22s %6d %8s %10s\n' "$1" "$(done_count)" "$(rss_mb)" "$(live_heap_mb)" >> "$work/curve.txt"
}
: > "$work/curve.txt"
echo "seconds done rss_mb heap_used_mb" > "$work/samples.txt"
milestone "start (idle)"

# --- The soak ----------------------------------------------------------------------------------------------------
load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
start=$(now)
s3 cp --recursive "$work/queue/" s3://tasks/ --only-show-errors
upload_seconds=$(awk -v s="$start" -v e="$(now)" 'BEGIN {printf "%.1f", e - s}')
milestone "queued (upload ${upload_seconds}s)"
next=1
next_sample=0
finished=""
# Progress is checked every second (the log is cheap to read), memory sampled every sample_seconds.
while :; do
  done_now=$(done_count)
  elapsed=$(awk -v s="$start" -v e="$(now)" 'BEGIN {printf "%d", e - s}')
  if (( done_now >= count )); then finished=$(now); fi
  if (( elapsed >= next_sample )); then
    echo "$elapsed $done_now $(rss_mb) $(heap_mb)" >> "$work/samples.txt"
    next_sample=$((elapsed + sample_seconds))
  fi
  while (( next <= 4 && done_now * 4 >= next * count )); do
    milestone "$((next * 25))%"
    next=$((next + 1))
  done
  [ -z "$finished" ] || break
  kill -0 "$runpid" 2>/dev/null || { echo "iiif-generator run exited:" >&2; tail -50 "$work/run.log" >&2; exit 1; }
  (( elapsed < timeout_seconds )) || break
  sleep 1
done
seconds=$(awk -v s="$start" -v e="${finished:-$(now)}" 'BEGIN {printf "%.1f", e - s}')
if [ -n "$finished" ]; then
  sleep "$settle_seconds"
  milestone "end (+${settle_seconds}s idle)"
fi
peak_rss=$(peak_rss_mb)
load_after="$(cut -d' ' -f1-3 /proc/loadavg)"

# --- What became of each task file -------------------------------------------------------------------------------
# names FOLDER: the task files (not their outcomes) in a folder of the task bucket.
names() { s3 ls "s3://tasks/$1" | awk '{print $4}' | grep -v '\.outcome\.json$' | sort || true; }
names processed/ > "$work/processed.txt"
names failed/ > "$work/failed.txt"
ls "$work/queue" | sort > "$work/in.txt"
for n in $(seq "$count"); do
  if (( n % invalid_every == 0 )); then printf 'soak-%04d.json\n' "$n"; fi
done | sort > "$work/invalid.txt"
comm -23 "$work/in.txt" "$work/invalid.txt" > "$work/valid.txt"
missing=$(sort -u "$work/processed.txt" "$work/failed.txt" | comm -23 "$work/in.txt" - | wc -l)
misplaced=$(( $(comm -12 "$work/processed.txt" "$work/invalid.txt" | wc -l) \
  + $(comm -12 "$work/failed.txt" "$work/valid.txt" | wc -l) ))
moved_twice=$(grep -o 'Task s3://tasks/[^ ]* moved to' "$work/run.log" | sort | uniq -d | wc -l)
in_both=$(comm -12 "$work/processed.txt" "$work/failed.txt" | wc -l)
duplicated=$((moved_twice + in_both))

machine "$work"
echo "S3: s3proxy 4.1.0 (filesystem) on 127.0.0.1; $("$aws_cli" --version 2>&1 | cut -d' ' -f1) for the uploads"
echo "load average (1/5/15 min): before $load_before, after $load_after"
echo "soak: $count task files (every ${invalid_every}th invalid) queued at once for iiif-generator run, poll delay ${TASKS_POLL_DELAY_MS:-5000} ms"
echo "  tasks: in $count, processed $(wc -l < "$work/processed.txt"), failed $(wc -l < "$work/failed.txt"), missing $missing, misplaced $misplaced, duplicated $duplicated"
if [ -n "$finished" ]; then
  echo "  throughput: $count in ${seconds}s from the start of the upload = $(awk -v n="$count" -v s="$seconds" 'BEGIN {printf "%.0f", n * 60 / s}') tasks/min"
else
  echo "  NOT FINISHED: $(done_count) of $count done after ${seconds}s"
fi
echo "  memory of the container (live heap: used after a full GC):"
printf '  %-22s %6s %8s %10s\n' "" "done" "RSS MB" "heap MB"
cat "$work/curve.txt"
range() { awk -v c="$1" 'NR > 1 && $c != "" {v = $c + 0; if (n++ == 0 || v < lo) lo = v; if (v > hi) hi = v} END {printf "%d-%d", lo, hi}' "$work/samples.txt"; }
echo "  $(($(wc -l < "$work/samples.txt") - 1)) samples every ${sample_seconds}s: RSS $(range 3) MB (peak $peak_rss MB), heap used (with garbage) $(range 4) MB"
[ -z "${SOAK_SAMPLES:-}" ] || cp "$work/samples.txt" "$SOAK_SAMPLES"
[ -n "$finished" ] && [ "$missing" -eq 0 ] && [ "$misplaced" -eq 0 ] && [ "$duplicated" -eq 0 ]
