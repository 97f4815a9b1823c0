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

# ensure_aws_cli LOG_DIR: sets aws_cli to Debian's awscli (AWS_CLI overrides the command), installing the package
# when it is missing and the script runs as root (apt's output goes to LOG_DIR/apt.log); exits 2 otherwise.
ensure_aws_cli() {
  aws_cli="${AWS_CLI:-/usr/bin/aws}"
  [ -x "$aws_cli" ] && return
  if [ -z "${AWS_CLI:-}" ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "Installing Debian's awscli..." >&2
    { apt-get install -y -q awscli || { apt-get update -q && apt-get install -y -q awscli; }; } >"$1/apt.log" 2>&1 \
      || { cat "$1/apt.log" >&2; exit 2; }
  else
    echo "needs Debian's awscli: sudo apt-get install -y awscli (or AWS_CLI=/path/to/aws)" >&2
    exit 2
  fi
}

# start_s3proxy WORK: an S3 server on loopback, s3proxy 4.1.0 from the project's test dependencies with a
# filesystem blob store in WORK/blobs, SigV4 checked; BENCH_S3_PORT chooses its port (default: a free one). Sets
# s3pid (the caller stops it) and endpoint, and exports the credentials that aws and the application sign with:
# nothing from ~/.aws applies. s3 (below) then runs `aws s3` against it. Needs aws_cli (ensure_aws_cli).
# start_s3proxy WORK metrics: also counts every request it answers, by S3 operation (s3_requests, below).
start_s3proxy() {
  local work="$1" metrics="${2:-}" java port p key=bench-access-key secret=bench-secret-key
  java="$("$bench_home/bin/find-java25")"
  JAVA_HOME="$(dirname "$(dirname "$(readlink -f "$java")")")" mvn -q -B -Dstyle.color=never \
      -f "$bench_home/pom.xml" dependency:build-classpath -Dmdep.includeScope=test \
      -Dmdep.outputFile="$work/s3proxy.classpath" >"$work/mvn.log" 2>&1 \
    || { cat "$work/mvn.log" >&2; exit 1; }
  grep -q 's3proxy-4\.1\.0\.jar' "$work/s3proxy.classpath" \
    || { echo "org.gaul:s3proxy:4.1.0 is not on the project's test classpath" >&2; exit 1; }

  port="${BENCH_S3_PORT:-}"
  if [ -z "$port" ]; then
    for p in $(shuf -i 20000-60000 -n 50); do
      if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then port=$p; break; fi
    done
  fi
  [ -n "$port" ] || { echo "no free port found for the S3 server" >&2; exit 1; }
  endpoint="http://127.0.0.1:$port"
  mkdir -p "$work/blobs"
  cat > "$work/s3proxy.conf" <<CONF
s3proxy.endpoint=$endpoint
s3proxy.authorization=aws-v2-or-v4
s3proxy.identity=$key
s3proxy.credential=$secret
jclouds.provider=filesystem
jclouds.identity=$key
jclouds.credential=$secret
jclouds.filesystem.basedir=$work/blobs
CONF
  [ "$metrics" != metrics ] || echo "s3proxy.metrics.enabled=true" >> "$work/s3proxy.conf"
  # s3proxy's Main points System.err at its logger when there is no console; JUL logging to the console would
  # then write into itself (StackOverflowError). Its log goes to a file instead.
  cat > "$work/s3proxy-logging.properties" <<CONF
handlers=java.util.logging.FileHandler
.level=WARNING
java.util.logging.FileHandler.pattern=$work/s3proxy.log
java.util.logging.FileHandler.formatter=java.util.logging.SimpleFormatter
CONF
  "$java" -Djava.util.logging.config.file="$work/s3proxy-logging.properties" -cp "$(cat "$work/s3proxy.classpath")" \
    org.gaul.s3proxy.Main --properties "$work/s3proxy.conf" >"$work/s3proxy.out" 2>&1 &
  s3pid=$!

  unset AWS_PROFILE AWS_SESSION_TOKEN AWS_ENDPOINT_URL AWS_ENDPOINT_URL_S3
  export AWS_ACCESS_KEY_ID="$key" AWS_SECRET_ACCESS_KEY="$secret" AWS_DEFAULT_REGION=us-east-1 AWS_REGION=us-east-1
  export AWS_CONFIG_FILE="$work/aws-config" AWS_SHARED_CREDENTIALS_FILE="$work/aws-credentials"
  for _ in $(seq 120); do
    s3 ls >/dev/null 2>&1 && break
    if ! kill -0 "$s3pid" 2>/dev/null; then
      echo "s3proxy exited:" >&2; cat "$work/s3proxy.out" "$work/s3proxy.log"* >&2 2>/dev/null; exit 1
    fi
    sleep 0.5
  done
  s3 ls >/dev/null || { echo "s3proxy does not answer at $endpoint" >&2; cat "$work/s3proxy.log"* >&2; exit 1; }
}
s3() { "$aws_cli" --endpoint-url "$endpoint" s3 "$@"; }

# s3_requests: the requests the server has answered so far (started with `metrics`), one line per kind:
# "OPERATION METHOD STATUS BUCKET COUNT", e.g. "PutObject PUT 200 dest 1234" (bucket "-" for ListBuckets). s3proxy counts each request it attributes to an S3
# operation (its Prometheus histogram of request durations); the scrape itself is not one of them. Plain HTTP/1.0
# over bash's /dev/tcp: no curl needed.
s3_requests() {
  local hostport="${endpoint#http://}"
  { exec 3<>"/dev/tcp/${hostport%:*}/${hostport##*:}" && printf 'GET /metrics HTTP/1.0\r\n\r\n' >&3 && cat <&3; } | awk '/^http_server_request_duration_seconds_count\{/ {
      op = method = status = "?"; bucket = "-"
      if (match($0, /s3_operation="[^"]*"/)) op = substr($0, RSTART + 14, RLENGTH - 15)
      if (match($0, /http_request_method="[^"]*"/)) method = substr($0, RSTART + 21, RLENGTH - 22)
      if (match($0, /http_response_status_code="[^"]*"/)) status = substr($0, RSTART + 27, RLENGTH - 28)
      if (match($0, /s3_bucket="[^"]*"/)) bucket = substr($0, RSTART + 11, RLENGTH - 12)
      print op, method, status, bucket, $NF }'
}

# s3_bench_setup NAME: for the benchmarks that run an S3 server. Makes the work folder (in BENCH_DIR, default
# $TMPDIR or /tmp), removed with the server (s3pid, set by start_s3proxy) stopped when the script ends; checks the
# tools they use (the vips CLI, GNU time, awscli); sets java and builds the application once, outside any
# measured run. Sets work, s3pid and java.
s3_bench_setup() {
  work="$(mktemp -d "${BENCH_DIR:-${TMPDIR:-/tmp}}/iiif-bench-$1.XXXXXX")"
  s3pid=""
  trap s3_bench_cleanup EXIT
  trap 'exit 130' INT
  trap 'exit 143' TERM HUP
  command -v vips >/dev/null || { echo "needs the vips CLI: apt-get install -y libvips-tools" >&2; exit 2; }
  [ -x /usr/bin/time ] || { echo "needs GNU time: apt-get install -y time" >&2; exit 2; }
  ensure_aws_cli "$work"
  java="$("$bench_home/bin/find-java25")"
  build_once
}
s3_bench_cleanup() {
  if [ -n "$s3pid" ]; then kill "$s3pid" 2>/dev/null || true; wait "$s3pid" 2>/dev/null || true; fi
  rm -rf "$work"
}

# seed_steps: the replaced system's job as P3 and cost.sh reproduce it, with vips dzsave for its tiler: `aws s3
# sync` the images folder (s3://src/$access/) down, dzsave each image (Image API 2 layout, $tile px, Q$quality),
# `aws s3 sync` the output up to s3://dest/seed/. Run as `bash -c seed_steps` after export_seed_steps.
seed_steps() {
  local f name
  mkdir -p "$work/seed/in" "$work/seed/out/tiles"
  s3 sync "s3://src/$access/" "$work/seed/in/" --only-show-errors || return
  for f in "$work/seed/in"/*; do
    name="$(basename "$f")"
    vips dzsave "$f" "$work/seed/out/tiles/${name%.*}" --layout iiif --tile-size "$tile" \
      --suffix ".jpg[Q=$quality]" || return
  done
  s3 sync "$work/seed/out/" s3://dest/seed/ --only-show-errors
}
export_seed_steps() {
  export -f s3 seed_steps
  export work aws_cli endpoint access tile quality
}
