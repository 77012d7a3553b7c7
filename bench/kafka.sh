#!/usr/bin/env bash
# Throughput of the Kafka Streams application (docs/scale.md): posts vetted per second, new and
# re-vetted after context events, through the topology test driver and through a local
# single-node KRaft broker started from the Maven artifacts (no Docker).
#   bench/kafka.sh [POSTS] [TAGS]        (default 2000 posts over 20 tags)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn_quiet() { mvn -B -q -o "$@" || mvn -B -q "$@"; }
mvn_quiet -pl hashvet-kafka -am test-compile dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile=target/bench-cp.txt >/dev/null
java -XX:+UseSerialGC -Dhashvet.root=. \
  -cp "hashvet-kafka/target/test-classes:hashvet-kafka/target/classes:$(cat hashvet-kafka/target/bench-cp.txt)" \
  dev.hashvet.kafka.KafkaBench "$@"
