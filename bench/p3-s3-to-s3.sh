#!/usr/bin/env bash
# P3: a 24-image collection published S3 -> S3, `iiif-generator batch` with a generation-2 task file of
# aws-batch-iiif-generator against the shape of that system's job: `aws s3 sync` the image folder down (Debian's
# awscli), `vips dzsave` each image one after another (same tile size and quality, Image API 2 layout), `aws s3
# sync` the output up. Both run against one S3 server on loopback (s3proxy 4.1.0, from the project's test
# dependencies, filesystem blob store, SigV4 checked). Runs alternate; prints the median of each and the ratio.
# Target: ratio <= 0.6.
#   bench/p3-s3-to-s3.sh [REPETITIONS]   (default 3)
# TILE_SIZE sets both systems' tile size (default 256, as the earlier figures; the replaced system tiled at 512,
# which is also the application's default).
# The seed itself tiled with ImageMagick (one full decode per tile), far slower than vips dzsave, so this shape is
# generous to the seed; it also writes only tiles and info.json, where ours also writes the full/ sizes,
# manifest, collection, CSV copy and report.
# BENCH_DIR chooses the file system written to (default: $TMPDIR or /tmp): the images, the S3 server's blobs and
# the seed's local copies all go there. AWS_CLI overrides the aws command (default: Debian's /usr/bin/aws, which
# is installed when missing and the script runs as root). Each run starts after `sync`.
set -euo pipefail
source "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/lib.sh"
home="$bench_home"
reps="${1:-3}"
images=24
width=4000
height=3000
tile="${TILE_SIZE:-256}"
quality=85
access=Coll_1/Box1/Folder_A/Access

s3_bench_setup p3

# --- The S3 server -----------------------------------------------------------------------------------------------
start_s3proxy "$work"
for bucket in src dest tasks; do s3 mb "s3://$bucket" >/dev/null; done

# --- The collection ----------------------------------------------------------------------------------------------
# Reproducible photo-like pages, a different seed each.
mkdir -p "$work/images"
for i in $(seq "$images"); do
  photo_like "$width" "$height" "$work/images/$(printf 'Folder_A_%04d.jpg' "$i")[Q=90]" "$i" 256
done
printf 'identifier,title\nFolder_A,Folder A of the P3 benchmark\n' > "$work/coll.csv"
# TILE_SIZE: the same tile size as the seed shape's dzsave below (the application's own default is 512).
cat > "$work/bench.json" <<EOF
{"jobName":"bench","jobQueue":"q","jobDefinition":"d","command":"./createiiif.sh","environment":[{"name":"TILE_SIZE","value":"$tile"},{"name":"AWS_REGION","value":"us-east-1"},{"name":"COLLECTION_IDENTIFIER","value":"Coll_1"},{"name":"ACCESS_DIR","value":"Coll_1/Box1/Folder_A/Access"},{"name":"AWS_SRC_BUCKET","value":"src"},{"name":"AWS_DEST_BUCKET","value":"dest"},{"name":"DEST_PREFIX","value":"iiif"},{"name":"DEST_URL","value":"https://cdn.example.org"},{"name":"CSV_PATH","value":"Coll_1/CSV"},{"name":"CSV_NAME","value":"coll.csv"}]}
EOF
s3 sync "$work/images/" "s3://src/$access/" --only-show-errors
s3 cp "$work/coll.csv" s3://src/Coll_1/CSV/coll.csv --only-show-errors
s3 cp "$work/bench.json" s3://tasks/bench.json --only-show-errors
source_mb=$(du -sm "$work/images" | cut -f1)

# --- The two systems ---------------------------------------------------------------------------------------------
ours() {
  # Its scratch folder on the same file system as the seed shape's (BENCH_DIR), not the default /tmp.
  AWS_ENDPOINT="$endpoint" AWS_PATH_STYLE=true PIPELINE_WORK_DIR="$work/ours-work" /usr/bin/time -a -o "$work/ours.client" -f "%U %S" \
    "$home/bin/iiif-generator" batch --task s3://tasks/bench.json
}
seed() {
  /usr/bin/time -a -o "$work/seed.client" -f "%U %S" bash -c seed_steps
}
export_seed_steps
count() { s3 ls --recursive "$1" | wc -l; }
# CPU seconds (user + system) the S3 server has used so far: on a small machine it competes with the tiling.
server_cpu() { awk -v hz="$(getconf CLK_TCK)" '{printf "%.1f\n", ($14 + $15) / hz}' "/proc/$s3pid/stat"; }

: > "$work/seed.txt"; : > "$work/ours.txt"; : > "$work/seed.cpu"; : > "$work/ours.cpu"
for i in $(seq "$reps"); do
  rm -rf "$work/seed"; s3 rm --recursive s3://dest/seed/ --only-show-errors
  c=$(server_cpu); t=$(timed "$work/seed.log" seed); echo "$t" >> "$work/seed.txt"
  awk -v a="$c" -v b="$(server_cpu)" 'BEGIN {printf "%.1f\n", b - a}' >> "$work/seed.cpu"
  # The run records too (kept in the task bucket): a run that finds them keeps what they vouch for.
  s3 rm --recursive s3://dest/iiif/ --only-show-errors; s3 rm --recursive s3://tasks/records/ --only-show-errors
  c=$(server_cpu); t=$(timed "$work/ours.log" ours); echo "$t" >> "$work/ours.txt"
  awk -v a="$c" -v b="$(server_cpu)" 'BEGIN {printf "%.1f\n", b - a}' >> "$work/ours.cpu"
done
seed_objects=$(count s3://dest/seed/)
ours_objects=$(count s3://dest/iiif/)

seed_median=$(median < "$work/seed.txt")
ours_median=$(median < "$work/ours.txt")
echo "machine: $(nproc) cores, $(vips --version), $("$java" -version 2>&1 | head -1), $("$aws_cli" --version 2>&1 | cut -d' ' -f1), s3proxy 4.1.0 (filesystem) on 127.0.0.1, writing to $(df --output=fstype "$work" | tail -1) at $work"
echo "P3 $images JPEGs ${width}x${height} (${source_mb} MB) S3 -> S3, tile $tile, Q$quality, $reps runs each"
printf '  seed shape: aws s3 sync down, vips dzsave x%d, aws s3 sync up   median %ss  (min-max %ss)  %d objects  runs: %s\n' \
  "$images" "$seed_median" "$(minmax < "$work/seed.txt")" "$seed_objects" "$(paste -sd' ' "$work/seed.txt")"
printf '  iiif-generator batch --task s3://tasks/bench.json           median %ss  (min-max %ss)  %d objects  runs: %s\n' \
  "$ours_median" "$(minmax < "$work/ours.txt")" "$ours_objects" "$(paste -sd' ' "$work/ours.txt")"
client_cpu() { awk '{printf "%s%.1f", (NR > 1 ? " " : ""), $1 + $2}' "$1"; }
echo "  CPU seconds per run, S3 server: seed shape $(paste -sd' ' "$work/seed.cpu"), ours $(paste -sd' ' "$work/ours.cpu")"
echo "  CPU seconds per run, everything else: seed shape $(client_cpu "$work/seed.client"), ours $(client_cpu "$work/ours.client")"
echo "  ratio (ours / seed)   $(ratio "$ours_median" "$seed_median")   target <= 0.6"
echo "  (the seed tiled with ImageMagick, far slower than vips dzsave: this shape is generous to the seed)"
