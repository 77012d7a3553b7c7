#!/usr/bin/env bash
# Reader fuzzing, long run: the seeded generators of ReaderFuzzTest (CSV, JSON and YAML calendars,
# sample JSON Lines, config, rule packs) with many more iterations and a seed of your choice. Every
# mangled input must end in rows or a bad-input error: no other exception, and a CSV calendar
# answers each physical row. A few minutes with the defaults.
#
# Usage: bench/fuzz.sh                  (ITERATIONS=20000, SEED=the date)
#        ITERATIONS=100000 SEED=7 bench/fuzz.sh
set -euo pipefail
cd "$(dirname "$0")/.."
iterations=${ITERATIONS:-20000}
seed=${SEED:-$(date +%Y%m%d)}
echo "fuzzing the readers: $iterations iterations, seed $seed" >&2
mvn -B -q -o test -Dtest=ReaderFuzzTest -Dsurefire.failIfNoSpecifiedTests=false \
  -Dhashvet.fuzz.iterations="$iterations" -Dhashvet.fuzz.seed="$seed"
echo "fuzz: passed ($iterations iterations per reader, seed $seed)"
