#!/usr/bin/env bash
# Scores hashvet's tag segmenter on the shared development sets (STAN-small, STAN-large dev,
# BOUN dev: top-1 accuracy, lower-cased, any gold alternative counts), and prints the dictionary
# load time (first use in a cold JVM) and the speed in tags per second after warm-up.
#
#   bench/segmentation.sh                       # the figures
#   bench/segmentation.sh --errors 20           # and the first 20 misses of each set
#   bench/segmentation.sh --set splitInTitle=4  # try another number of the cost model
#   bench/segmentation.sh --quick               # accuracy only (no speed, no risk figures)
#   bench/segmentation.sh --hindi-scale 0       # without the romanised Hindi words (or another scale)
#
# The data lives in ../shared/bench/segmentation (or $HASHVET_SHARED/bench/segmentation); the
# project's tests never read it. Results are also written to bench/out/segmentation.txt.
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
shared=${HASHVET_SHARED:-$top/../shared}
data="$shared/bench/segmentation"
if [ ! -f "$data/stan-small.tsv" ]; then
  echo "error: $data/stan-small.tsv not found (set HASHVET_SHARED to the shared folder)" >&2
  exit 2
fi
cd "$top/hashvet-core"
mvn_quiet() { mvn -B -q -o "$@" || mvn -B -q "$@"; }
mvn_quiet test-compile
mvn_quiet dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
mkdir -p ../bench/out
java -cp "target/classes:target/test-classes:$(cat target/bench-classpath.txt)" \
  dev.hashvet.bench.SegmentationBench "$data" "$@" | tee ../bench/out/segmentation.txt
