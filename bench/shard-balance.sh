#!/usr/bin/env bash
# Shard balance of AWS Batch array jobs on a skewed collection (a few huge objects among many small ones):
# max shard work / mean shard work for N = 2, 4, 8, 16: objects kept whole, objects larger than a shard's fair
# share split by files (the default of dispatch.split-above-mb), and split above a quarter share. Target <= 1.10.
#   bench/shard-balance.sh
set -euo pipefail
home="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
java="$("$home/bin/find-java25")"
if [ ! -d "$home/target/classes/org/iiifgenerator/dispatch" ]; then
  JAVA_HOME="$(dirname "$(dirname "$(readlink -f "$java")")")" mvn -q -B -f "$home/pom.xml" -DskipTests compile
fi
exec "$java" -cp "$home/target/classes" "$home/bench/ShardBalance.java"
