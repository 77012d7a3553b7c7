#!/usr/bin/env bash
# No loss: two builds of hashvet must print the same bytes for
#   1. `rules test` (every example of every rule and term list, pass or fail),
#   2. every example text of the bundled packs and term lists vetted offline, as a JSON calendar
#      (bench/examples-calendar.py: each example at its own date, markets and languages),
#   3. a large generated calendar (bench/gen-calendar.awk, ROWS rows, default 20,000) in JSON and
#      in text, and the same rows with no markets and no languages (every market's rules and dates,
#      languages detected).
#
# Usage: bench/identical.sh BEFORE.jar [AFTER.jar]     (AFTER: target/hashvet.jar, built if stale)
#        ROWS=100000 bench/identical.sh /tmp/before/hashvet.jar
#
# A "before" jar: build one from another commit in a temporary worktree, e.g.
#   git worktree add /tmp/before 6528976 && (cd /tmp/before &&
#     mvn -B -q -o -DskipTests -Dhashvet.docs.skip=true package)
# Exits 1 and shows the first differences when any output differs.
set -euo pipefail
cd "$(dirname "$0")/.."

[ $# -ge 1 ] || { sed -n '2,17p' "$0" >&2; exit 2; }
before=$1
if [ $# -ge 2 ]; then
  after=$2
else
  . bench/jar.sh
  after=$jar
fi
rows=${ROWS:-20000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

python3 bench/examples-calendar.py hashvet-core/src/main/resources >"$work/examples.json"
awk -v rows="$rows" -f bench/gen-calendar.awk >"$work/big.csv"
awk -v rows="$rows" -v global=1 -f bench/gen-calendar.awk >"$work/global.csv"
echo "inputs: $(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))))' \
  "$work/examples.json") example texts, $rows generated rows (and $rows global ones)"

# Runs every case with one jar into folder $2.
outputs() {
  local jar=$1 out=$2
  mkdir -p "$out"
  local run=(java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -jar "$jar")
  "${run[@]}" rules test >"$out/rules-test.txt" 2>&1 || echo "exit $?" >>"$out/rules-test.txt"
  "${run[@]}" calendar "$work/examples.json" --offline --format json >"$out/examples.json" \
    2>"$out/examples.err" || echo "exit $?" >>"$out/examples.err"
  "${run[@]}" calendar "$work/big.csv" --offline --format json >"$out/big.json" \
    2>"$out/big.err" || echo "exit $?" >>"$out/big.err"
  "${run[@]}" calendar "$work/big.csv" --offline >"$out/big.txt" 2>&1 || echo "exit $?" \
    >>"$out/big.txt"
  "${run[@]}" calendar "$work/global.csv" --offline --format json >"$out/global.json" \
    2>"$out/global.err" || echo "exit $?" >>"$out/global.err"
}

outputs "$before" "$work/before"
outputs "$after" "$work/after"

status=0
for f in "$work/before"/*; do
  name=$(basename "$f")
  if cmp -s "$f" "$work/after/$name"; then
    printf 'same      %-16s %10s bytes  %s\n' "$name" "$(stat -c %s "$f")" \
      "$(sha256sum "$f" | cut -c1-16)"
  else
    printf 'DIFFERENT %-16s\n' "$name"
    diff "$f" "$work/after/$name" | head -20
    status=1
  fi
done
[ "$status" = 0 ] && echo "identical: every output of $after equals $before's"
exit "$status"
