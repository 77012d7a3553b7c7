#!/usr/bin/env bash
# Rebuilds hashvet-core/src/main/resources/text/scowl-words.txt.gz: the English words of SCOWL (Spell Checker
# Oriented Word Lists, Debian package "scowl" 2020.12.07-2) up to size 80 that the SymSpell
# frequency list lacks (place names such as Penistone and Scunthorpe, rarer words, abbreviations).
# The segmenter gives them one small count (see docs/segmentation.md). Words are ASCII letters
# only, lower-cased, at least two letters, sorted (LC_ALL=C), one a line; gzip -n keeps a rebuild
# byte-for-byte the same, and WordFrequenciesTest checks the decompressed SHA-256.
set -euo pipefail
export LC_ALL=C
top=$(cd "$(dirname "$0")/.." && pwd)
dest="$top/hashvet-core/src/main/resources/text"
symspell_gz="$dest/frequency_dictionary_en_82_765.txt.gz"
version=2020.12.07-2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

[ -f "$symspell_gz" ] || "$top/scripts/fetch-symspell.sh"
(cd "$work" && apt-get download "scowl=$version" >/dev/null 2>&1 || {
  echo "error: 'apt-get download scowl=$version' failed (run apt-get update first?)" >&2
  exit 1
})
dpkg-deb -x "$work"/scowl_*.deb "$work/x"
lists="$work/x/usr/share/dict/scowl"
for kind in english american british; do
  for part in words upper proper-names abbreviations contractions; do
    for level in 10 20 35 40 50 55 60 70 80; do
      f="$lists/$kind-$part.$level"
      if [ -f "$f" ]; then cat "$f"; fi
    done
  done
done | grep -E '^[A-Za-z]{2,}$' | tr 'A-Z' 'a-z' | sort -u > "$work/scowl.txt"
gzip -dc "$symspell_gz" | sed '1s/^\xef\xbb\xbf//' | cut -d' ' -f1 | sort -u > "$work/symspell.txt"
comm -23 "$work/scowl.txt" "$work/symspell.txt" > "$work/scowl-words.txt"
gzip -9 -n -c "$work/scowl-words.txt" > "$dest/scowl-words.txt.gz"
cp "$work/x/usr/share/doc/scowl/copyright" "$work/copyright"
echo "wrote $dest/scowl-words.txt.gz: $(wc -l < "$work/scowl-words.txt") words," \
  "sha256 of the text: $(sha256sum "$work/scowl-words.txt" | cut -d' ' -f1)"
