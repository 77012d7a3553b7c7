#!/usr/bin/env bash
# Holidays bench: every holiday imported from date-holidays (dates/holidays/*.yml, written by
# scripts/fetch-holidays.sh) checked against date-holidays' own answers for 2024-2030. It installs the
# pinned package (scripts/holidays/package-lock.json) into a temporary folder, lists every observance
# with `hashvet dates --region global --year Y --format json`, and for each imported observance
# compares hashvet's days in each year with the days date-holidays gives for the same rule and
# country (holidays.getHolidays(Y), its substitute days off left out).
#
# Prints each mismatch (id, year, hashvet's days, date-holidays' days) and the totals: observance-
# years that agree, that differ, and how many of those are Islamic dates a day apart (hashvet uses
# the Umm al-Qura calendar, date-holidays its own table; the observances' one-day windows cover it).
# Exit 0 when every non-Islamic date agrees, 1 otherwise.
#
# Usage: bench/holidays-check.sh            (needs node 18+, npm, java 17+; no network after npm ci)
set -euo pipefail
cd "$(dirname "$0")/.."

. bench/jar.sh
command -v node >/dev/null || { echo "bench/holidays-check.sh needs node" >&2; exit 2; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp scripts/holidays/package.json scripts/holidays/package-lock.json "$work/"
(cd "$work" && npm ci --silent --no-audit --no-fund --ignore-scripts >/dev/null)
for y in 2024 2025 2026 2027 2028 2029 2030; do
  java -jar "$jar" dates --region global --year "$y" --format json >"$work/hashvet-$y.json"
done
node bench/holidays-check.cjs "$work/node_modules" "$work"/hashvet-*.json
