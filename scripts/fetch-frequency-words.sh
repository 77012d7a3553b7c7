#!/usr/bin/env bash
# Fetches the top-50,000 word lists of hermitdave/FrequencyWords (OpenSubtitles 2018 word counts,
# Hermit Dave, CC BY-SA 4.0; https://github.com/hermitdave/FrequencyWords) for the languages given
# (default: vi th bn he) into target/frequency-words/<lang>_50k.txt, pinned to one commit and
# checked by SHA-256. The lists are not bundled: dev.hashvet.world.FrequencyListCoverage reads
# them to report which listed terms have a word outside the language's 50,000 commonest.
# With FREQUENCY_WORDS_GIT set to a clone (or bare mirror) of the repository, reads the files
# from it with git instead of downloading them.
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
dest="$top/target/frequency-words"
commit=525f9b560de45753a5ea01069454e72e9aa541c6
langs=("$@")
[ ${#langs[@]} -gt 0 ] || langs=(vi th bn he)

expected() {
  case "$1" in
    vi) echo 3f5b112e4324136c2ba82d3151038607e3dd1dfa0911c226929d7544cc11adf3 ;;
    th) echo 20e7052f2d64222e1420c5d0b4ed6b68cd6290f0cf8b908d8bc6b0af781b6083 ;;
    bn) echo 2fd6c08f29335f26af983c26821537e5ed5e42dfdf43275a0c646a15d18d636e ;;
    he) echo 0069e931eb1ca0aaf638ea806b0d9d5810d787c51ada944da564a2fb213af41d ;;
    *) echo "" ;;
  esac
}

mkdir -p "$dest"
for lang in "${langs[@]}"; do
  path="content/2018/$lang/${lang}_50k.txt"
  out="$dest/${lang}_50k.txt"
  if [ -n "${FREQUENCY_WORDS_GIT:-}" ]; then
    git --git-dir="$FREQUENCY_WORDS_GIT" show "$commit:$path" > "$out"
  else
    curl -fsSL "https://raw.githubusercontent.com/hermitdave/FrequencyWords/$commit/$path" -o "$out"
  fi
  want=$(expected "$lang")
  got=$(sha256sum "$out" | cut -d' ' -f1)
  if [ -n "$want" ] && [ "$got" != "$want" ]; then
    echo "error: $out has sha256 $got, expected $want" >&2
    exit 1
  fi
  echo "wrote $out (sha256 $got)"
done
