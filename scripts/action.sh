#!/usr/bin/env bash
# The steps of hashvet's GitHub Action (action.yml at the repository root), one per argument:
#   key      the cache key of the hashvet to run (output 'key')
#   install  build hashvet (or take it from the cache) and 'hashvet install' it; adds it to PATH
#   vet      one 'hashvet calendar' run over the input files: the log in INPUT_FORMAT (github:
#            annotations), SARIF and a Markdown job summary from the same run (--report)
#   finish   fail the step on hashvet's exit code, with a one-line reason
# Inputs come as INPUT_* variables; GitHub's files as GITHUB_OUTPUT, GITHUB_STEP_SUMMARY,
# GITHUB_PATH and RUNNER_TEMP. scripts/action-local.sh runs the same steps outside GitHub.
# HASHVET=/path/to/hashvet skips the build and runs that hashvet instead.
set -euo pipefail
src=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
home=${HASHVET_ACTION_HOME:-$HOME/.hashvet-action}

# The commit a ref names in the action's repository (a commit hash is its own answer).
resolve() {
  if [[ $1 =~ ^[0-9a-f]{40}$ ]]; then
    echo "$1"
    return
  fi
  local sha
  sha=$(git ls-remote "${GITHUB_SERVER_URL:-https://github.com}/$HASHVET_REPOSITORY" "$1" \
    "refs/tags/$1^{}" | awk 'NR == 1 { print $1 }')
  if [ -z "$sha" ]; then
    echo "::error::hashvet: no ref '$1' in $HASHVET_REPOSITORY" >&2
    exit 2
  fi
  echo "$sha"
}

step_key() {
  local id
  if [ -n "${HASHVET_VERSION:-}" ]; then
    id=$(resolve "$HASHVET_VERSION")
  else
    # The action's own revision: its build inputs, hashed.
    id=$( (cat "$src"/pom.xml "$src"/hashvet-core/pom.xml "$src"/hashvet-cli/pom.xml
      find "$src/hashvet-core/src/main" "$src/hashvet-cli/src/main" -type f -print0 \
        | LC_ALL=C sort -z | xargs -0 cat) | sha256sum | cut -c1-20)
  fi
  echo "key=hashvet-$(uname -s)-$(uname -m)-$id" >> "$GITHUB_OUTPUT"
}

step_install() {
  if [ -n "${HASHVET:-}" ]; then
    echo "hashvet: using HASHVET=$HASHVET"
    return
  fi
  local prefix="$home/$HASHVET_KEY" build="$src"
  if [ -x "$prefix/bin/hashvet" ]; then
    echo "hashvet from the cache: $("$prefix/bin/hashvet" --version | head -n 1)"
  else
    if [ -n "${HASHVET_VERSION:-}" ]; then
      build="${RUNNER_TEMP:-/tmp}/hashvet-src"
      rm -rf "$build"
      git clone --quiet "${GITHUB_SERVER_URL:-https://github.com}/$HASHVET_REPOSITORY" "$build"
      git -C "$build" checkout --quiet "$(resolve "$HASHVET_VERSION")"
    fi
    echo "hashvet: building $build (Java 17, Maven; cached for the next runs)"
    mvn -B -q -f "$build/pom.xml" -DskipTests -Dhashvet.docs.skip=true -pl hashvet-cli -am package
    java -jar "$build/target/hashvet.jar" install --prefix "$prefix"
  fi
  echo "$prefix/bin" >> "$GITHUB_PATH"
}

step_vet() {
  local hashvet=${HASHVET:-hashvet}
  if [ -z "${HASHVET:-}" ] && [ -n "${HASHVET_KEY:-}" ] && [ -x "$home/$HASHVET_KEY/bin/hashvet" ]; then
    hashvet="$home/$HASHVET_KEY/bin/hashvet"
  fi
  local files=() seen=" " f
  shopt -s globstar nullglob
  # Word splitting on spaces and new lines, then globbing: the input is a list of globs.
  # shellcheck disable=SC2086
  for f in ${INPUT_FILES:-}; do
    if [ -f "$f" ] && [[ $seen != *" $f "* ]]; then
      files+=("$f")
      seen+="$f "
    fi
  done
  shopt -u globstar nullglob
  if [ ${#files[@]} -eq 0 ]; then
    echo "hashvet: no calendar matches '${INPUT_FILES:-}'; nothing to vet"
    echo "hashvet: no calendar matched \`${INPUT_FILES:-}\`; nothing to vet." >> "$GITHUB_STEP_SUMMARY"
    echo "exit-code=0" >> "$GITHUB_OUTPUT"
    return
  fi
  local out="${RUNNER_TEMP:-/tmp}/hashvet-report"
  mkdir -p "$out"
  local sarif="$out/hashvet.sarif" summary="$out/summary.md"
  rm -f "$sarif" "$summary"
  local args=(calendar "${files[@]}" --format "${INPUT_FORMAT:-github}"
    --fail-on "${INPUT_FAIL_ON:-block}" --no-progress
    --report "sarif=$sarif" --report "markdown=$summary")
  if [ -n "${INPUT_REGIONS:-}" ]; then args+=(--region "$INPUT_REGIONS"); fi
  if [ "${INPUT_OFFLINE:-false}" = true ]; then args+=(--offline); fi
  if [ -n "${INPUT_SOURCES:-}" ]; then args+=(--sources "$INPUT_SOURCES"); fi
  if [ -f .hashvet-baseline.json ]; then args+=(--baseline .hashvet-baseline.json); fi
  if [ -n "${INPUT_ARGS:-}" ]; then
    # shellcheck disable=SC2206
    args+=(${INPUT_ARGS})
  fi
  echo "hashvet: vetting ${#files[@]} calendar(s): ${files[*]}"
  local code=0
  "$hashvet" "${args[@]}" || code=$?
  echo "exit-code=$code" >> "$GITHUB_OUTPUT"
  if [ -s "$sarif" ]; then
    echo "sarif=$sarif" >> "$GITHUB_OUTPUT"
  fi
  if [ -s "$summary" ]; then
    cat "$summary" >> "$GITHUB_STEP_SUMMARY"
  fi
}

step_finish() {
  local fail_on=${INPUT_FAIL_ON:-block}
  case "${HASHVET_EXIT:-0}" in
    0) echo "hashvet: every row vetted, nothing at or above --fail-on $fail_on" ;;
    1) echo "::error::hashvet: rows at or above --fail-on $fail_on (see the annotations and the job summary)"
       exit 1 ;;
    2) echo "::error::hashvet: rows that could not be read, or a bad option (see the log)"
       exit 1 ;;
    3) echo "::error::hashvet could not vet: no live source answered (use offline: true or a recorded --sample)"
       exit 1 ;;
    *) echo "::error::hashvet failed unexpectedly (exit ${HASHVET_EXIT})"
       exit 1 ;;
  esac
}

case "${1:-}" in
  key) step_key ;;
  install) step_install ;;
  vet) step_vet ;;
  finish) step_finish ;;
  *) echo "usage: $0 key|install|vet|finish" >&2; exit 2 ;;
esac
