#!/usr/bin/env bash
# Precision bench: vets real text no one on the project wrote (../shared/corpora: everyday tweets
# in 8 languages, company slogans, Japanese search ads, the 1,000 S&P 500 brand hashtags with the
# hand labels of bench/judgement/hashtag-labels.tsv, SemEval idiom sentences labelled idiomatic or
# literal) offline through `calendar`, one JVM per corpus, and prints per corpus the BLOCK and
# REVIEW shares, the rules that fire most and a few examples. Always exits 0: it measures.
#
#   bench/precision.sh                                   # target/hashvet.jar, 2,000 rows a language
#   JAR=/work/baseline/hashvet-before.jar bench/precision.sh
#   bench/precision.sh --per-language 0                  # every row (slower)
#   bench/precision.sh --date 2026-09-11T09:00           # another publish time for every row
#
# The corpora are read from ../shared/corpora (or $HASHVET_SHARED/corpora) and never copied.
set -uo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
# ../shared beside the checkout; a git worktree one level deeper (wt/NAME) looks one level up.
shared=${HASHVET_SHARED:-$top/../shared}
[ -d "$shared/corpora" ] || [ -n "${HASHVET_SHARED:-}" ] || shared=$top/../../shared
cd "$top"
jar=${JAR:-target/hashvet.jar}
if [ ! -f "$jar" ]; then
  echo "no jar at $jar: build it with mvn -B -q -o -DskipTests -Dhashvet.docs.skip=true package" >&2
  exit 0
fi
python3 bench/judgement/precision.py --jar "$jar" --corpora "$shared/corpora" "$@"
exit 0
