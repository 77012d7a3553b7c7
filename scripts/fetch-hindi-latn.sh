#!/usr/bin/env bash
# Rebuilds hashvet-core/src/main/resources/text/hindi-latn-words.txt.gz, the romanised Hindi words
# joined to the English frequency list behind tag readings (docs/segmentation.md), from the Hindi
# list of hermitdave/FrequencyWords (OpenSubtitles 2018 word counts, Hermit Dave, CC BY-SA 4.0;
# https://github.com/hermitdave/FrequencyWords), pinned to one commit and checked by SHA-256.
# scripts/hindi-latn/Romanise.java writes each Devanagari word the way Hinglish is typed (short and
# long vowel spellings, "bharat" and "bhaarat"); forms of fewer than 3 letters and words the
# English SymSpell list counts are left out (the English count stays). Counts are the list's own;
# WordFrequencies scales them when it joins the lists.
# With FREQUENCY_WORDS_GIT set to a clone (or bare mirror) of the repository, reads the file from
# it with git instead of downloading it.
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
text="$top/hashvet-core/src/main/resources/text"
commit=525f9b560de45753a5ea01069454e72e9aa541c6
path=content/2018/hi/hi_full.txt
expected=7ea1238ba983a3aae456c73d14e5f031ec59a1316d665af9b120d0c0fee61a8c
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

if [ -n "${FREQUENCY_WORDS_GIT:-}" ]; then
  git --git-dir="$FREQUENCY_WORDS_GIT" show "$commit:$path" > "$work/hi_full.txt"
else
  curl -fsSL "https://raw.githubusercontent.com/hermitdave/FrequencyWords/$commit/$path" \
    -o "$work/hi_full.txt"
fi
got=$(sha256sum "$work/hi_full.txt" | cut -d' ' -f1)
if [ "$got" != "$expected" ]; then
  echo "error: $path has sha256 $got, expected $expected" >&2
  exit 1
fi
zcat "$text/frequency_dictionary_en_82_765.txt.gz" | sed '1s/^\xEF\xBB\xBF//' > "$work/en.txt"
java "$top/scripts/hindi-latn/Romanise.java" 1 "${HINDI_LATN_MIN_LENGTH:-3}" "$work/en.txt" < "$work/hi_full.txt" \
  > "$work/hindi-latn-words.txt"
gzip -9 -n -c "$work/hindi-latn-words.txt" > "$text/hindi-latn-words.txt.gz"
echo "wrote $text/hindi-latn-words.txt.gz ($(wc -l < "$work/hindi-latn-words.txt") words, sha256" \
  "of the text: $(sha256sum "$work/hindi-latn-words.txt" | cut -d' ' -f1))"
