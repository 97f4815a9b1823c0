#!/usr/bin/env bash
# What a collection costs on AWS, measured: the real photographs of bench/corpus.sh published S3 -> S3 by
# `iiif-generator batch --task s3://tasks/cost.json` (a generation-2 task file, as P3 uses) at 256 and 512 px
# tiles, JPEG and JPEG+WebP, and by the seed's shape (`aws s3 sync` down, `vips dzsave` 512 px tiles, `aws s3 sync`
# up, as in bench/p3-s3-to-s3.sh). Against one S3 server on loopback (s3proxy 4.1.0, filesystem blob store, SigV4
# checked) that counts every request it answers by S3 operation: the counts are exact, and only the measured run's
# requests are counted (the setup's uploads and the listings that sum the bytes stored fall outside its window).
# Prints, per 1000 pages and per GB of masters: elapsed and vCPU-seconds, PUT-class and GET-class requests, GB
# stored, and dollars for compute (Fargate, Fargate Spot), requests and one month of storage.
#   bench/cost.sh [PAGES]   (default 18: each photograph once; more repeats them under new names)
# Compute is charged as Fargate charges a task: elapsed seconds x the task's size (COST_TASK_VCPU, COST_TASK_GB,
# default 2 vCPU / 4 GB), not the vCPU-seconds used (shown beside it). On a loaded machine the elapsed time grows
# with the other jobs' work: COST_CHARGE=cpu charges vCPU-seconds / COST_TASK_VCPU instead, the time a task whose
# vCPUs were kept busy would take. The run includes the JVM's start, which more pages spread thinner.
# Prices: us-east-1 list prices, read 2026-12-06 from https://aws.amazon.com/fargate/pricing/ and
# https://aws.amazon.com/s3/pricing/; each is an environment variable:
#   COST_FARGATE_VCPU_HOUR=0.04048  COST_FARGATE_GB_HOUR=0.004445        (Fargate, Linux/x86)
#   COST_SPOT_VCPU_HOUR=0.012144    COST_SPOT_GB_HOUR=0.0013335          (Fargate Spot: its price moves with demand;
#                                                                         the default is 70 % off, AWS's "up to")
#   COST_S3_PUT_PER_1000=0.005   (PUT, COPY, POST, LIST)   COST_S3_GET_PER_1000=0.0004   (GET, HEAD and the rest)
#   COST_S3_GB_MONTH=0.023       (S3 Standard, first 50 TB)          DELETE requests are free and not charged.
# GB means 2^30 bytes, as AWS bills storage. "Masters" are the source files as uploaded (JPEG here); the last block
# rescales to masters kept as uncompressed 8-bit RGB TIFF (3 bytes a pixel), as archives usually keep them.
# BENCH_DIR chooses the file system written to (default: $TMPDIR or /tmp). AWS_CLI overrides the aws command
# (default: Debian's /usr/bin/aws, installed when missing and the script runs as root). Each run starts after `sync`.
set -euo pipefail
source "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/lib.sh"
home="$bench_home"
pages="${1:-18}"
quality=85
access=Coll_1/Box1/Folder_A/Access
export COST_FARGATE_VCPU_HOUR="${COST_FARGATE_VCPU_HOUR:-0.04048}" COST_FARGATE_GB_HOUR="${COST_FARGATE_GB_HOUR:-0.004445}"
export COST_SPOT_VCPU_HOUR="${COST_SPOT_VCPU_HOUR:-0.012144}" COST_SPOT_GB_HOUR="${COST_SPOT_GB_HOUR:-0.0013335}"
export COST_S3_PUT_PER_1000="${COST_S3_PUT_PER_1000:-0.005}" COST_S3_GET_PER_1000="${COST_S3_GET_PER_1000:-0.0004}"
export COST_S3_GB_MONTH="${COST_S3_GB_MONTH:-0.023}" COST_TASK_VCPU="${COST_TASK_VCPU:-2}" COST_TASK_GB="${COST_TASK_GB:-4}"
export COST_CHARGE="${COST_CHARGE:-elapsed}"
[[ "$COST_CHARGE" =~ ^(elapsed|cpu)$ ]] || { echo "COST_CHARGE must be elapsed or cpu, not '$COST_CHARGE'" >&2; exit 2; }
[[ "$pages" =~ ^[1-9][0-9]*$ ]] || { echo "PAGES must be a whole number above 0, not '$pages'" >&2; exit 2; }

s3_bench_setup cost

# --- The S3 server, counting -------------------------------------------------------------------------------------
start_s3proxy "$work" metrics
for bucket in src dest tasks; do s3 mb "s3://$bucket" >/dev/null; done

# --- The collection: PAGES real photographs ----------------------------------------------------------------------
photos="$("$home/bench/corpus.sh" "" photos)/photos"
mapfile -t sources < <(ls "$photos"/*.jpg)
[ "${#sources[@]}" -gt 0 ] || { echo "no photographs in $photos" >&2; exit 1; }
mkdir -p "$work/images"
for i in $(seq "$pages"); do
  cp "${sources[$(((i - 1) % ${#sources[@]}))]}" "$work/images/$(printf 'Folder_A_%05d.jpg' "$i")"
done
master_bytes=$(du -sb "$work/images" | cut -f1)
pixels=$(for f in "$work/images"/*.jpg; do
    echo "$(vipsheader -f width "$f" 2>/dev/null) $(vipsheader -f height "$f" 2>/dev/null)"
  done | awk '{p += $1 * $2} END {printf "%d", p}')
printf 'identifier,title\nFolder_A,Folder A of the cost benchmark\n' > "$work/coll.csv"
s3 sync "$work/images/" "s3://src/$access/" --only-show-errors
s3 cp "$work/coll.csv" s3://src/Coll_1/CSV/coll.csv --only-show-errors
load="$(cut -d' ' -f1-3 /proc/loadavg)"

# --- Measuring one run -------------------------------------------------------------------------------------------
# measure LABEL COMMAND...: runs COMMAND under /usr/bin/time between two counts of the server's requests; appends
# to results: LABEL, elapsed s, user s, sys s, max RSS KB, PUT-class, GET-class and free requests; and to
# operations: LABEL and the requests by operation and status.
measure() {
  local label="$1" rc=0; shift
  sync
  s3_requests > "$work/before"
  /usr/bin/time -o "$work/time" -f "%e %U %S %M" "$@" > "$work/$label.log" 2>&1 || rc=$?
  s3_requests > "$work/after"
  if [ "$rc" -ne 0 ]; then echo "'$*' failed with exit code $rc:" >&2; cat "$work/$label.log" >&2; exit 1; fi
  # S3 Standard request classes: PUT, COPY, POST and LIST at one price, GET, HEAD and everything else at another;
  # DELETE (and aborting a multipart upload) is free.
  awk -v label="$label" -v ops="$work/operations" '
    FNR == NR { before[$1 " " $2 " " $3 " " $4] = $5; next }
    { n = $5 - before[$1 " " $2 " " $3 " " $4]; if (n == 0) next
      if ($1 ~ /^(Delete|AbortMultipartUpload)/) free += n
      else if ($2 == "PUT" || $2 == "POST" || $1 ~ /^List/) put += n
      else get += n
      by[$1 " " $3] += n }
    END { printf "%s %d %d %d", label, put, get, free
          line = label ":"; for (k in by) { split(k, p, " "); line = line " " p[1] (p[2] == "200" ? "" : "(" p[2] ")") " " by[k] }
          print line >> ops }' "$work/before" "$work/after" > "$work/counts"
  echo "$label $(cat "$work/time") $(cut -d' ' -f2- "$work/counts")" >> "$work/results"
}
# stored LABEL PREFIX...: appends LABEL, the objects and the bytes under the S3 prefixes to stored.
stored() {
  local label="$1" prefix; shift
  for prefix in "$@"; do s3 ls --recursive --summarize "$prefix"; done \
    | awk -v label="$label" '/Total Objects:/ {o += $3} /Total Size:/ {b += $3} END {print label, o, b}' >> "$work/stored"
}

# --- Ours: four settings -----------------------------------------------------------------------------------------
ours() { # LABEL TILE_SIZE TILE_FORMAT
  cat > "$work/cost.json" <<EOF
{"jobName":"cost","jobQueue":"q","jobDefinition":"d","command":"./createiiif.sh","environment":[{"name":"AWS_REGION","value":"us-east-1"},{"name":"COLLECTION_IDENTIFIER","value":"Coll_1"},{"name":"ACCESS_DIR","value":"$access"},{"name":"AWS_SRC_BUCKET","value":"src"},{"name":"AWS_DEST_BUCKET","value":"dest"},{"name":"DEST_PREFIX","value":"iiif"},{"name":"DEST_URL","value":"https://cdn.example.org"},{"name":"CSV_PATH","value":"Coll_1/CSV"},{"name":"CSV_NAME","value":"coll.csv"},{"name":"TILE_SIZE","value":"$2"},{"name":"TILE_FORMAT","value":"$3"},{"name":"QUALITY","value":"$quality"}]}
EOF
  s3 cp "$work/cost.json" s3://tasks/cost.json --only-show-errors
  # A fresh publication each time: neither the last output nor the run records it left (in the task bucket).
  s3 rm --recursive s3://dest/iiif/ --only-show-errors; s3 rm --recursive s3://tasks/records/ --only-show-errors
  rm -rf "$work/ours-work"
  measure "$1" env AWS_ENDPOINT="$endpoint" AWS_PATH_STYLE=true PIPELINE_WORK_DIR="$work/ours-work" \
    "$home/bin/iiif-generator" batch --task s3://tasks/cost.json
  # The run records are stored (and paid for) too.
  stored "$1" s3://dest/iiif/ s3://tasks/records/
}
ours 256-jpg 256 jpg
ours 512-jpg 512 jpg
ours 256-webp 256 webp
ours 512-webp 512 webp

# --- The seed's shape --------------------------------------------------------------------------------------------
tile=512   # the replaced system's own tile size
export_seed_steps
rm -rf "$work/seed"
measure seed-512 bash -c seed_steps
stored seed-512 s3://dest/seed/

# --- The table ---------------------------------------------------------------------------------------------------
echo "machine: $(nproc) cores, load average $load before the runs, $(vips --version), $("$java" -version 2>&1 | head -1), $("$aws_cli" --version 2>&1 | cut -d' ' -f1), s3proxy 4.1.0 (filesystem) on 127.0.0.1, writing to $(df --output=fstype "$work" | tail -1) at $work"
join <(sort "$work/results") <(sort "$work/stored") | awk -v pages="$pages" -v master="$master_bytes" -v pixels="$pixels" '
  function gb(b) { return b / 1073741824 }
  BEGIN {
    split("256-jpg 512-jpg 256-webp 512-webp seed-512", order, " ")
    name["256-jpg"] = "256 px JPEG"; name["512-jpg"] = "512 px JPEG"; name["256-webp"] = "256 px JPEG+WebP"
    name["512-webp"] = "512 px JPEG+WebP"; name["seed-512"] = "seed shape, 512 px JPEG"
    task_hour = ENVIRON["COST_TASK_VCPU"] * ENVIRON["COST_FARGATE_VCPU_HOUR"] + ENVIRON["COST_TASK_GB"] * ENVIRON["COST_FARGATE_GB_HOUR"]
    spot_hour = ENVIRON["COST_TASK_VCPU"] * ENVIRON["COST_SPOT_VCPU_HOUR"] + ENVIRON["COST_TASK_GB"] * ENVIRON["COST_SPOT_GB_HOUR"]
    printf "corpus: %d pages (real photographs, bench/corpus.sh), %.1f megapixels, %.4f GB of JPEG masters (%.4f GB as 8-bit RGB TIFF)\n", pages, pixels / 1e6, gb(master), gb(3 * pixels)
    printf "prices (us-east-1 list, read 2026-12-06; COST_* variables override): compute charged by %s, task %s vCPU / %s GB at Fargate $%s/vCPU-h + $%s/GB-h, Spot $%s + $%s; S3 Standard $%s per 1000 PUT/COPY/POST/LIST, $%s per 1000 GET/HEAD, $%s per GB-month\n", (ENVIRON["COST_CHARGE"] == "cpu" ? "vCPU-s / task vCPUs" : "elapsed time"), ENVIRON["COST_TASK_VCPU"], ENVIRON["COST_TASK_GB"], ENVIRON["COST_FARGATE_VCPU_HOUR"], ENVIRON["COST_FARGATE_GB_HOUR"], ENVIRON["COST_SPOT_VCPU_HOUR"], ENVIRON["COST_SPOT_GB_HOUR"], ENVIRON["COST_S3_PUT_PER_1000"], ENVIRON["COST_S3_GET_PER_1000"], ENVIRON["COST_S3_GB_MONTH"]
  }
  { elapsed[$1] = $2; cpu[$1] = $3 + $4; rss[$1] = $5; put[$1] = $6; get[$1] = $7; objects[$1] = $9; bytes[$1] = $10 }
  function block(title, per,   i, k, f, charged, fargate, spot, requests, storage) {
    printf "\n%s\n", title
    printf "%-24s %9s %8s %9s %8s %9s %9s %8s %9s %9s %10s\n", "", "elapsed-s", "vCPU-s", "PUTs", "GETs", "GB stored", "$ Fargate", "$ Spot", "$ requests", "$ storage", "$ total"
    printf "%-24s %9s %8s %9s %8s %9s %9s %8s %9s %9s %10s\n", "", "", "", "", "", "", "compute", "compute", "", "a month", "(Fargate)"
    for (i = 1; i in order; i++) {
      k = order[i]; if (!(k in elapsed)) continue
      f = per
      charged = (ENVIRON["COST_CHARGE"] == "cpu") ? cpu[k] / ENVIRON["COST_TASK_VCPU"] : elapsed[k]
      fargate = charged / 3600 * task_hour * f; spot = charged / 3600 * spot_hour * f
      requests = (put[k] * ENVIRON["COST_S3_PUT_PER_1000"] + get[k] * ENVIRON["COST_S3_GET_PER_1000"]) / 1000 * f
      storage = gb(bytes[k]) * ENVIRON["COST_S3_GB_MONTH"] * f
      printf "%-24s %9.0f %8.0f %9.0f %8.0f %9.2f %9.4f %8.4f %10.4f %9.4f %10.4f\n", name[k], elapsed[k] * f, cpu[k] * f, put[k] * f, get[k] * f, gb(bytes[k]) * f, fargate, spot, requests, storage, fargate + requests + storage
    }
  }
  END {
    printf "\nmeasured, for the whole corpus:\n"
    for (i = 1; i in order; i++) { k = order[i]; if (k in elapsed) printf "  %-24s %7.1f s elapsed, %7.1f vCPU-s (user+sys), max RSS %4.0f MB, %6d PUT-class and %5d GET-class requests, %6d objects, %7.1f MB stored\n", name[k], elapsed[k], cpu[k], rss[k] / 1024, put[k], get[k], objects[k], bytes[k] / 1048576 }
    block("per 1000 pages", 1000 / pages)
    block("per GB of masters (JPEG, as uploaded)", 1 / gb(master))
    block("per GB of masters kept as uncompressed 8-bit RGB TIFF (the same pixels)", 1 / gb(3 * pixels))
  }'
echo
echo "requests by S3 operation (status when not 200), whole corpus:"
sed 's/^/  /' "$work/operations"
echo "(Fargate compute = $([ "$COST_CHARGE" = cpu ] && echo "vCPU-s / task vCPUs" || echo elapsed) x task size; elapsed and CPU times vary with the machine's load,"
echo " the counts and bytes are exact. The seed shape's PUTs include its aws s3 sync listings; ours include its run records.)"
