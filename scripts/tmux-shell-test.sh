#!/usr/bin/env bash
# Drives the real `hashvet shell` in tmux, as a person would: types into a 60-column terminal,
# reads the screen back (capture-pane) and checks what is shown: the prompt with the settings,
# a coloured BLOCK with its bars, Tab completion, Ctrl-C, Alt-Enter, :why, :explain, history
# kept across sessions, Ctrl-D leaving with 0, and no colour at all with NO_COLOR.
#
# Usage: scripts/tmux-shell-test.sh        (builds target/hashvet.jar first if needed)
# Needs tmux (apt-get install -y tmux); without it, says so and exits 0 (skipped).
# Ends with "N passed, N failed"; exits 1 when a check failed. Screens are kept in
# target/tmux-shell-test/ for a look afterwards.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v tmux >/dev/null 2>&1; then
  echo "tmux-shell-test: skipped: tmux is not installed (apt-get install -y tmux)"
  exit 0
fi

jar=target/hashvet.jar
if [ ! -f "$jar" ] || [ -n "$(find hashvet-core/src/main hashvet-cli/src/main pom.xml hashvet-core/pom.xml hashvet-cli/pom.xml -newer "$jar" -print -quit)" ]; then
  echo "tmux-shell-test: building $jar..."
  mvn -B -q -o package -pl hashvet-cli -am -DskipTests -Dhashvet.docs.skip=true >/dev/null 2>&1 \
    || mvn -B -q package -pl hashvet-cli -am -DskipTests -Dhashvet.docs.skip=true >/dev/null
fi

out=target/tmux-shell-test
rm -rf "$out"
mkdir -p "$out"
state=$(mktemp -d)
socket="hashvet-test-$$"
session=shell
passed=0
failed=0

tm() { tmux -L "$socket" "$@"; }
cleanup() {
  tm kill-server >/dev/null 2>&1 || true
  rm -rf "$state"
}
trap cleanup EXIT

check() { # name, then a command that succeeds when the check holds
  local name=$1
  shift
  if "$@"; then
    passed=$((passed + 1))
    echo "  ok   $name"
  else
    failed=$((failed + 1))
    echo "  FAIL $name (screen: $out/$shot.txt)"
  fi
}

shot=start
screen() { # saves the visible screen (and scrollback) as $out/NAME.txt, with colour as .ansi
  shot=$1
  tm capture-pane -p -S -300 -t "$session" >"$out/$shot.txt"
  tm capture-pane -p -e -S -300 -t "$session" >"$out/$shot.ansi"
}

wait_for() { # text on the screen, within 20 s
  for _ in $(seq 1 100); do
    if tm capture-pane -p -S -300 -t "$session" | grep -F -- "$1" >/dev/null; then
      return 0
    fi
    sleep 0.2
  done
  return 1
}

start_shell() { # extra environment, then shell options
  local envs=$1
  shift
  tm kill-session -t "$session" >/dev/null 2>&1 || true
  tm new-session -d -s "$session" -x 60 -y 50 \
    "env $envs XDG_STATE_HOME=$state TERM=xterm-256color COLUMNS= java -jar $jar shell $*; \
     echo \"[shell exited \$?]\"; sleep 60"
}

has() { grep -qF -- "$1" "$out/$shot.txt"; }
lacks() { ! grep -qF -- "$1" "$out/$shot.txt"; }
narrow() { ! awk '{ if (length($0) > 60) bad = 1 } END { exit bad }' "$out/$shot.txt"; }

echo "tmux-shell-test: hashvet shell in a 60x50 tmux pane"
start_shell "-u NO_COLOR" --region US --at 2011-07-05T15:00:00-04:00 \
  --sample examples/samples/notguilty-verdict-2011.jsonl
wait_for "US · 2011-07-05 15:00 · sample ›" || true
screen prompt
check "the prompt shows the market, the date and the sample" has "US · 2011-07-05 15:00 · sample ›"
check "a banner says how to get help" has ":help for"

tm send-keys -t "$session" "Who's #notguilty about eating all the tasty treats they want?!" Enter
wait_for "share of the 12 sampled posts" || true
screen block
check "the risky post is blocked" has "✖ BLOCK  #notguilty · 2011-07-05 15:00 -04:00 · US"
check "the finding names its rule" has "context.legal-proceedings"
check "bars show the share of sampled posts per risk" has "legal proceedings  ████"
check "the verdict is in colour (bold red)" grep -qF $'\e[1m\e[31m' "$out/block.ansi"
check "nothing is wider than 60 columns" narrow

tm send-keys -t "$session" ":reg" Tab
sleep 1
screen tab-command
check "Tab completes a command" has "› :region"
tm send-keys -t "$session" " IN,U" Tab Tab
sleep 1
screen tab-region
check "Tab lists region codes after a comma" has "US   UY"
tm send-keys -t "$session" C-e C-u ":region IN,US" Enter
wait_for "markets: IN, US" || true
wait_for "IN,US · 2011-07-05 15:00 · sample ›" || true
screen region
check ":region changes the prompt" has "IN,US · 2011-07-05 15:00 · sample ›"

tm send-keys -t "$session" ":explain context.legal-p" Tab Enter
wait_for "defined  (bundled)/rules/legal.yml" || true
screen explain
check ":explain with a completed rule id shows the rule" has "legal_proceedings: Trials, verdicts"

tm send-keys -t "$session" "this line is abandoned" C-c
sleep 0.5
tm send-keys -t "$session" "A sunny day" M-Enter "#sunnyday at the beach" Enter
wait_for "#sunnyday · 2011-07-05" || true
screen multiline
check "Ctrl-C abandons the line (it is never vetted)" lacks "abandoned ·"
check "Alt-Enter continues the post on a new line" has "… #sunnyday at the beach"

# A sample is the context of its own tag only (#sunnyday has none), so :why is asked of a
# #notguilty post, whose sample has example posts with links.
tm send-keys -t "$session" "#notguilty" Enter
wait_for "#notguilty · 2011-07-05" || true
tm send-keys -t "$session" ":why" Enter
wait_for "context: recorded sample, 12 distinct posts" || true
screen why
check ":why shows the evidence in full" has "why: "
check ":why shows example posts with links" has "https://example.social/"

tm send-keys -t "$session" ":region XX" Enter
wait_for "unknown region code 'XX'" || true
tm send-keys -t "$session" "#notguilty" Enter
sleep 2
screen error
check "a bad value gives one error line" has "error: :region: unknown region code 'XX'"
check "and the session goes on" has "IN,US · 2011-07-05 15:00 · sample › #notguilty"

tm send-keys -t "$session" C-d
wait_for "[shell exited 0]" || true
screen leave
check "Ctrl-D leaves with exit code 0" has "[shell exited 0]"
check "history is saved in the state folder" grep -qF "#sunnyday at the beach" \
  "$state/hashvet/history"

start_shell "NO_COLOR=1" --offline
wait_for "global · now · offline ›" || true
tm send-keys -t "$session" Up
sleep 1
screen history
check "history from the last session comes back with Up" has "offline › #notguilty"
tm send-keys -t "$session" C-u "#notguilty" Enter
wait_for "#notguilty ·" || true
screen nocolor
check "NO_COLOR: the answer has no colour codes" bash -c "! grep -q $'\e\\[[0-9;]*[1-9][0-9;]*m' '$out/nocolor.ansi'"
tm send-keys -t "$session" ":quit" Enter
wait_for "[shell exited 0]" || true
screen quit
check ":quit leaves with exit code 0" has "[shell exited 0]"

echo "tmux-shell-test: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
