#!/usr/bin/env bash
# The pre-commit framework's hook (.pre-commit-hooks.yaml, id hashvet-calendar): vets the calendar
# files pre-commit passes (with any 'args' before them), offline, and fails on blocked rows
# (HASHVET_FAIL_ON=review for stricter) and rows that cannot be read. The report names each risky
# row by file and line with its findings' messages, so the reason is in the hook's output.
# Uses HASHVET=/path/to/hashvet, else hashvet on the PATH, else the ./hashvet launcher of this
# copy of the repository (which builds the jar on first use: Java 17 and Maven).
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
[ $# -gt 0 ] || exit 0

if [ -n "${HASHVET:-}" ]; then
  hashvet=$HASHVET
elif command -v hashvet >/dev/null 2>&1; then
  hashvet=hashvet
else
  hashvet="$here/hashvet"
fi
fail_on=${HASHVET_FAIL_ON:-block}
extra=()
if [ -f .hashvet-baseline.json ]; then extra+=(--baseline .hashvet-baseline.json); fi

code=0
"$hashvet" calendar --offline --no-progress --no-color --fail-on "$fail_on" \
  --format "${HASHVET_FORMAT:-text}" ${extra[@]+"${extra[@]}"} "$@" || code=$?
case $code in
  0) ;;
  1) echo "hashvet: rows at or above --fail-on $fail_on (above, with the reasons); fix them," \
       "accept them in .hashvet.yml (allow) or the baseline, or commit with --no-verify" >&2 ;;
  2) echo "hashvet: some calendar rows cannot be read, or an option is wrong (see above)" >&2 ;;
  *) echo "hashvet: could not vet the calendars (exit $code)" >&2 ;;
esac
exit $code
