#!/usr/bin/env bash
# The live sources' benchmark, on loopback only (MockWebServer; never the network): five sources
# answering every request after DELAY ms (default 300). Prints each source's wall time alone, a
# check's wall time with all five and their ratio (target < 1.3x), and how many requests a second
# identical check makes within the cache lifetime (target 0).
#   bench/sources.sh [DELAY_MS] [ROUNDS]
set -euo pipefail
cd "$(dirname "$0")/../hashvet-core"
mvn -B -o -q test-compile dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile=target/bench-cp.txt >/dev/null
java -cp "target/test-classes:target/classes:$(cat target/bench-cp.txt)" \
  dev.hashvet.bench.SourcesBench "$@"
