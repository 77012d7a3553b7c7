#!/usr/bin/env bash
# Runs the steps of hashvet's GitHub Action (action.yml, scripts/action.sh) here, without GitHub:
# in the current folder (the repository whose calendars to vet), with the inputs' defaults read
# from action.yml, GitHub's files faked in a folder, and the SARIF upload only named.
#
#   scripts/action-local.sh [--input NAME=VALUE]...
#   e.g. /path/to/hashvet/scripts/action-local.sh --input offline=true --input format=text
#
# HASHVET=/path/to/hashvet runs that hashvet (no build); otherwise the install step builds it as
# on GitHub. HASHVET_ACTION_LOCAL_DIR keeps the fake GITHUB_* files there (default: a temporary
# folder, removed at the end). Exits with the action's result: 0 passed, 1 failed.
set -euo pipefail
action=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

# The inputs' defaults: each "  name:" under "inputs:" and its "    default:" line.
declare -A input=()
while IFS=$'\t' read -r name value; do
  input[$name]=$value
done < <(awk '
  /^inputs:/ { on = 1; next }
  /^[^ #]/ { on = 0 }
  on && /^  [a-z-]+:$/ { name = substr($1, 1, length($1) - 1) }
  on && /^    default:/ {
    v = $0; sub(/^    default: */, "", v); gsub(/^"|"$/, "", v); print name "\t" v
  }' "$action/action.yml")

while [ $# -gt 0 ]; do
  case $1 in
    --input)
      [ $# -ge 2 ] || { echo "action-local: --input needs NAME=VALUE" >&2; exit 2; }
      name=${2%%=*}
      if [ -z "${input[$name]+set}" ]; then
        echo "action-local: action.yml has no input '$name' (it has: ${!input[*]})" >&2
        exit 2
      fi
      input[$name]=${2#*=}
      shift 2 ;;
    *) echo "usage: $0 [--input NAME=VALUE]..." >&2; exit 2 ;;
  esac
done

if [ -n "${HASHVET_ACTION_LOCAL_DIR:-}" ]; then
  gh=$HASHVET_ACTION_LOCAL_DIR
  mkdir -p "$gh"
else
  gh=$(mktemp -d)
  trap 'rm -rf "$gh"' EXIT
fi
export GITHUB_OUTPUT="$gh/output" GITHUB_STEP_SUMMARY="$gh/summary.md" GITHUB_PATH="$gh/path"
export RUNNER_TEMP="$gh/runner-temp" GITHUB_ACTION_PATH="$action"
export GITHUB_REPOSITORY_OWNER=local GITHUB_SERVER_URL=https://github.com
: > "$GITHUB_OUTPUT"; : > "$GITHUB_STEP_SUMMARY"; : > "$GITHUB_PATH"
mkdir -p "$RUNNER_TEMP"

# A step's output, as later steps read it (the last line wins, as on GitHub).
output() { sed -n "s/^$1=//p" "$GITHUB_OUTPUT" | tail -n 1; }

echo "== key"
HASHVET_VERSION=${input[version]} HASHVET_REPOSITORY=${HASHVET_REPOSITORY:-local/hashvet} \
  "$action/scripts/action.sh" key
key=$(output key)
echo "== install"
HASHVET_VERSION=${input[version]} HASHVET_REPOSITORY=${HASHVET_REPOSITORY:-local/hashvet} \
  HASHVET_KEY=$key "$action/scripts/action.sh" install
if [ -s "$GITHUB_PATH" ]; then
  PATH="$(tail -n 1 "$GITHUB_PATH"):$PATH"
fi
echo "== vet"
INPUT_FILES=${input[files]} INPUT_FORMAT=${input[format]} INPUT_FAIL_ON=${input[fail-on]} \
  INPUT_REGIONS=${input[regions]} INPUT_OFFLINE=${input[offline]} \
  INPUT_SOURCES=${input[sources]} INPUT_ARGS=${input[args]} HASHVET_KEY=$key \
  "$action/scripts/action.sh" vet
sarif=$(output sarif)
if [ "${input[upload-sarif]}" = true ] && [ -n "$sarif" ]; then
  echo "== upload-sarif (on GitHub: github/codeql-action/upload-sarif@v4): $sarif"
fi
echo "== finish"
status=0
HASHVET_EXIT=$(output exit-code) INPUT_FAIL_ON=${input[fail-on]} \
  "$action/scripts/action.sh" finish || status=$?
echo "== job summary ($GITHUB_STEP_SUMMARY)"
cat "$GITHUB_STEP_SUMMARY"
exit $status
