#!/usr/bin/env bash
# Rebuilds hashvet-core/src/main/resources/text/slang-words.tsv, the imported part of the risk lexicon behind
# tag readings, from two public lists fetched with npm pack (no install), checked by SHA-256:
#   naughty-words@1.2.0  the LDNOOBW English list (CC BY 4.0)
#   cuss@2.2.0           English profane words rated 0-2 for sureness (MIT); only rating 2
# Kept: single words of 3+ ASCII letters that hashvet's own list (risk-words.tsv) lacks and that
# the SymSpell frequency list counts fewer than 100,000 times (commoner words have an ordinary
# sense that dominates, "tinker", "welfare"; docs/segmentation.md gives the figures).
# Every kept word gets the category "profanity". Output is sorted, so a rebuild is identical.
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
text="$top/hashvet-core/src/main/resources/text"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

check() {
  local got
  got=$(sha256sum "$1" | cut -d' ' -f1)
  if [ "$got" != "$2" ]; then
    echo "error: $1 has sha256 $got, expected $2" >&2
    exit 1
  fi
}
cd "$work"
npm pack --silent naughty-words@1.2.0 cuss@2.2.0 >/dev/null
check naughty-words-1.2.0.tgz c34b05e10a97ec7b9e0c3dd91d09888187c0f08d0812eaea79679795585b217e
check cuss-2.2.0.tgz 66b19c6086d3fb3eac3769daf97dd695290ecc24b0fddbc30688418c629b776f
mkdir nw cuss
tar xzf naughty-words-1.2.0.tgz -C nw --strip-components=1
tar xzf cuss-2.2.0.tgz -C cuss --strip-components=1

# One candidate a line: the LDNOOBW words, then the cuss words rated 2 (read from the module's
# object literal: "  word: 2," or "  'two words': 2,").
sed -n 's/^ *"\(.*\)",\{0,1\}$/\1/p' nw/en.json > candidates.txt
sed -n "s/^  '\{0,1\}\([^':]*\)'\{0,1\}: 2,\{0,1\}$/\1/p" cuss/index.js >> candidates.txt
grep -v '^#' "$text/risk-words.tsv" | cut -f1 | sort -u > own.txt
zcat "$text/frequency_dictionary_en_82_765.txt.gz" | sed '1s/^\xEF\xBB\xBF//' > freq.txt

{
  echo "# Imported slang and profanity for tag readings: built by scripts/fetch-slang.sh, do not edit."
  echo "# Sources: npm naughty-words@1.2.0 (List of Dirty, Naughty, Obscene and Otherwise Bad Words,"
  echo "# Shutterstock, CC BY 4.0, licenses/ldnoobw.txt) and npm cuss@2.2.0 (Titus Wormer, MIT,"
  echo "# licenses/cuss.txt; words rated 2, sure). Words of hashvet's own risk-words.tsv and words the"
  echo "# SymSpell list counts 100,000 times or more are left out."
  grep -E '^[a-z]{3,}$' candidates.txt | sort -u | comm -23 - own.txt \
    | awk 'NR == FNR { count[$1] = $2; next } !($1 in count) || count[$1] < 100000 { print $1 "\tprofanity" }' \
      freq.txt -
} > "$text/slang-words.tsv"
echo "wrote $text/slang-words.tsv ($(grep -vc '^#' "$text/slang-words.tsv") words)"
