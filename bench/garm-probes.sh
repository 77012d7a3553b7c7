#!/usr/bin/env bash
# GARM probes: posts a brand-safety reviewer would flag, and look-alikes that are fine, for every
# GARM category but hate, in en, es, pt, fr and de (hashvet-core/src/test/resources/garm-probes/*.csv; the
# columns `expect` (flag|pass), `garm` (the category) and `lang` ride along in the JSON). Vets
# them offline and prints, per category, how many risky posts were flagged (REVIEW or BLOCK) and
# how many fine ones were flagged anyway.
#
#   bench/garm-probes.sh                                  # target/hashvet.jar, both files
#   JAR=/path/to/other.jar bench/garm-probes.sh           # another build, to compare
#   bench/garm-probes.sh hashvet-core/src/test/resources/garm-probes/heldout.csv
#
# Needs jq. probes.csv was written before the lists and then used while tuning them;
# heldout.csv was written afterwards and never tuned on.
set -euo pipefail
cd "$(dirname "$0")/.."
jar=${JAR:-target/hashvet.jar}
[ -f "$jar" ] || { echo "error: $jar not found (build it, or set JAR)" >&2; exit 2; }
command -v jq >/dev/null || { echo "error: bench/garm-probes.sh needs jq" >&2; exit 2; }
files=("$@")
[ ${#files[@]} -gt 0 ] || files=(hashvet-core/src/test/resources/garm-probes/probes.csv hashvet-core/src/test/resources/garm-probes/heldout.csv)
for f in "${files[@]}"; do
  echo "== $f ($jar)"
  java -jar "$jar" calendar "$f" --format json --offline --fail-on never \
    | jq -r '
      [.results[] | {c: .columns.garm, e: .columns.expect, hit: (.verdict != "PASS")}]
      | group_by(.c)
      | (["category", "flagged", "falsely flagged"] | @tsv),
        (.[] | [.[0].c,
                "\(map(select(.e == "flag" and .hit)) | length)/\(map(select(.e == "flag")) | length)",
                "\(map(select(.e == "pass" and .hit)) | length)/\(map(select(.e == "pass")) | length)"]
             | @tsv)' \
    | column -t -s $'\t'
done
