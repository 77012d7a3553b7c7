#!/usr/bin/env bash
# Judgement bench: vets the case files of bench/judgement/cases (documented brand posts that went
# wrong, ordinary posts sharing their words, the Judgement II classes, the GARM probes) with a
# hashvet jar and prints, per file and category, recall (risky posts flagged at or above their
# expected verdict) and false REVIEW / false BLOCK on benign posts. Always exits 0: it measures.
#
#   bench/judgement.sh                                     # target/hashvet.jar
#   JAR=/work/baseline/hashvet-before.jar bench/judgement.sh
#   bench/judgement.sh --verbose                           # and every miss and false flag
#   bench/judgement.sh --cases 'bench/judgement/cases/garm.tsv'
#
# Cases without a sample run in one JVM (calendar --offline); each sample file's cases run in one
# JVM of their own with --sample, two at a time. See bench/judgement/README.md for the format.
set -uo pipefail
cd "$(dirname "$0")/.."
jar=${JAR:-target/hashvet.jar}
if [ ! -f "$jar" ]; then
  echo "no jar at $jar: build it with mvn -B -q -o -DskipTests -Dhashvet.docs.skip=true package" >&2
  exit 0
fi
python3 bench/judgement/judgement.py --jar "$jar" "$@"
exit 0
