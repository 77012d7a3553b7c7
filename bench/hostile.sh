#!/usr/bin/env bash
# Hostile inputs (issue 14, part 1): each case runs the jar once and is "handled" when it ends
# within LIMIT seconds, with the expected exit code, no stack trace or "unexpected failure", no
# raw escape character on stderr, and the case's own check. Prints one line per case and the
# count handled. Build the jar of the tree (bench/jar.sh) or point JAR at another build:
#
#   bench/hostile.sh                     (target/hashvet.jar, built if stale)
#   JAR=/tmp/old.jar bench/hostile.sh    (the same cases against another build)
set -uo pipefail
cd "$(dirname "$0")/.."
if [ -z "${JAR:-}" ]; then
  . bench/jar.sh
  JAR=target/hashvet.jar
fi
JAR=$(readlink -f "$JAR")
limit=${LIMIT:-60}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"

# Fixtures
printf 'text,publish_at\nyear zero,0000-06-01\nfine,2027-06-01\n' > year0.csv
printf 'text,publish_at\nminus,-0001-06-01\nfine,2027-06-01\n' > yearneg.csv
printf 'text,publish_at\nfar,+999999999-06-01\nfine,2027-06-01\n' > yearfar.csv
printf 'text,publish_at\n"hello,2027-01-01\nb,2027-01-02\nc,2027-01-03\nd",2027-01-04\ne,2027-01-05\n' > quote.csv
: > empty.csv
printf '\n  \n\n' > blank.csv
printf -- '- text: &t "Hello #notguilty"\n  publish_at: 2027-01-01\n- text: *t\n  publish_at: 2027-01-02\n' > alias.yaml
python3 -c "print('['*100000)" > deep.yaml
python3 -c "print('['*100000)" > deep.json
python3 -c "print('a: ' + '['*100000)" > deep.yml
printf 'sources:\n  mastodon: {enabled: maybe}\n' > enabled.yml
printf 'sources:\n  mastodon: {instances: "x"}\n' > instances.yml
printf 'text,publish_at\nhello,2027-06-01\n' > plan.csv
printf 'hello\n_\nworldcup\n' > tags.txt
printf 'TOPSECRET-LINE\n' > secret.txt
mkdir -p folder evil
mkfifo fifo
ln -s secret.txt link.json
for i in $(seq 1 10); do printf '{"text":"post %s #x"}\n' "$i"; done > utf8.jsonl
printf '{"text":"\xff"}\n' >> utf8.jsonl
for i in $(seq 1 12); do printf '{"text":"post %s about #x","reposts":%s}\n' "$i" \
  "$([ "$i" = 1 ] && echo 1e308 || echo 3)"; done > huge.jsonl
cat > evil/evil.yml <<'YAML'
pack: evil
description: A pattern that backtracks without end.
rules:
  - id: custom.evil
    category: disaster
    severity: review
    message: "Matched ${term}."
    why: "Test."
    match: {pattern: {regex: "(?:a|a)*?b"}}
    examples:
      flag: ["ab"]
      pass: ["cd"]
YAML

handled=0
total=0
# case NAME EXPECTED_CODES CHECK -- ARGS...   (CHECK: a grep -E pattern that the output must
# match, or "-" for none; "!pattern" means the output must not match)
case_() {
  local name=$1 codes=$2 check=$3
  shift 4
  total=$((total + 1))
  local out="$work/out.$total" err="$work/err.$total"
  timeout "$limit" java -jar "$JAR" "$@" > "$out" 2> "$err" < /dev/null
  local code=$?
  local ok=1 why=""
  if [ $code = 124 ]; then ok=0; why="timed out"
  elif ! [[ ",$codes," == *",$code,"* ]]; then ok=0; why="exit $code, wanted $codes"
  elif grep -qE 'unexpected failure|Exception|OutOfMemory|^\s+at [a-z]' "$err"; then
    ok=0; why="stack trace or unexpected failure"
  elif grep -q $'\e' "$err"; then ok=0; why="raw escape on stderr"
  elif [ "$check" != "-" ]; then
    if [[ $check == !* ]]; then
      grep -qE -- "${check#!}" "$out" "$err" && { ok=0; why="output has '${check#!}'"; }
    else
      grep -qE -- "$check" "$out" "$err" || { ok=0; why="output lacks '$check'"; }
    fi
  fi
  if [ $ok = 1 ]; then handled=$((handled + 1)); echo "ok    $name"
  else echo "FAIL  $name ($why)"; fi
}

case_ "calendar row year 0"          2 'PASS|REVIEW|BLOCK' -- calendar --offline year0.csv
case_ "calendar row year -1"         2 'PASS|REVIEW|BLOCK' -- calendar --offline yearneg.csv
case_ "calendar row year +999999999" 2 'PASS|REVIEW|BLOCK' -- calendar --offline yearfar.csv
case_ "check --at 0000-01-01"        2 'out of range' -- check --offline hi --at 0000-01-01
case_ "check --at +999999999-01-01"  2 'out of range' -- check --offline hi --at +999999999-01-01
case_ "csv quote open over rows"     2 'line 6' -- calendar --offline quote.csv
case_ "--sample /dev/zero"           2 'not a regular file' -- check hi --sample /dev/zero
case_ "--file /dev/zero"             2 'not a regular file' -- check --offline --file /dev/zero
case_ "segment --file /dev/zero"     2 'not a regular file' -- segment --file /dev/zero
case_ "--baseline /dev/zero"         2 'not a regular file' -- calendar --offline plan.csv --baseline /dev/zero
case_ "--sample FIFO"                2 'not a regular file' -- check hi --sample fifo
case_ "--file FIFO"                  2 'not a regular file' -- check --offline --file fifo
case_ "calendar FIFO"                2 'not a regular file' -- calendar --offline --input-format csv fifo
case_ "--config FIFO"                2 'not a regular file' -- check --offline --config fifo hi
case_ "--sample folder"              2 'folder' -- check hi --sample folder
case_ "--file folder"                2 'folder' -- check --offline --file folder
case_ "calendar folder"              2 'folder' -- calendar --offline --input-format csv folder
case_ "check @secret.txt"            0,1 '!TOPSECRET' -- check --offline @secret.txt
case_ "check -- @secret.txt"         0,1 '!TOPSECRET' -- check --offline -- @secret.txt
case_ "--write-baseline = calendar"  2 'also an input' -- calendar --offline plan.csv --write-baseline plan.csv
case_ "--write-baseline symlink"     2 'symbolic link' -- calendar --offline plan.csv --write-baseline link.json
case_ "--record = --sample"          2 'also an input' -- check hi --sample huge.jsonl --record huge.jsonl
case_ "--record = calendar"          2 'also an input' -- calendar plan.csv --sample huge.jsonl --record ./plan.csv
case_ "user regex (a|a)*?b"          2 'custom.evil' -- check --offline --rules evil aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
case_ "yaml alias in calendar"       2 'alias' -- calendar --offline alias.yaml
case_ "reposts 1e308"                0,1 '!0% of' -- check 'about #x' --sample huge.jsonl
case_ "config enabled: maybe"        2 'enabled.yml:2' -- check --offline --config enabled.yml hi
case_ "config instances: x"          2 'instances.yml:2' -- check --offline --config instances.yml hi
case_ "empty calendar"               2 'no rows' -- calendar --offline empty.csv
case_ "blank calendar"               2 'no rows' -- calendar --offline blank.csv
case_ "bad UTF-8 on sample line 11"  2 'utf8.jsonl:11' -- check 'hi #x' --sample utf8.jsonl
case_ "yaml calendar nested 100000"  2 'nests deeper' -- calendar --offline deep.yaml
case_ "json calendar nested 100000"  2 'nests deeper' -- calendar --offline deep.json
case_ "config nested 100000"         2 'deep.yml:1' -- check --offline --config deep.yml hi
case_ "escape in --at"               2 'u001B' -- check --offline hi --at $'\e[31m2020'
case_ "escape in --zone"             2 'u001B' -- check --offline hi --zone $'\e]0;x\a'
case_ "escape in a file name"        2 'u001B' -- check --offline --file $'\e[2Jx.txt'
case_ "segment line not a tag"       2 'worldcup' -- segment --file tags.txt

# A failed write: standard output on a full device.
total=$((total + 1))
if [ -e /dev/full ]; then
  timeout "$limit" java -jar "$JAR" check --offline hi > /dev/full 2> "$work/full.err"
  code=$?
  if [ $code = 3 ] && [ "$(wc -l < "$work/full.err")" -le 2 ]; then
    handled=$((handled + 1)); echo "ok    stdout to /dev/full"
  else echo "FAIL  stdout to /dev/full (exit $code)"; fi
fi

echo "handled $handled of $total hostile inputs ($JAR)"
