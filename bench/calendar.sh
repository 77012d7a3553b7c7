#!/usr/bin/env bash
# Calendar bench: generated calendars of 10,000 and 100,000 rows (bench/gen-calendar.awk, written
# to a temporary folder, never committed) vetted offline to JSON, start-up included:
#
#   /usr/bin/time -v java -jar target/hashvet.jar calendar big.csv --offline --format json
#
# For each run: wall time, processor time, peak memory (maximum resident set size), rows per
# second, and the split hashvet prints with --verbose (set-up: config, rules and models; then the
# processor time of reading and parsing, vetting summed over threads, and writing the report).
# A one-row calendar gives the fixed start-up cost. Each configuration runs RUNS times (default 3);
# the machine's load average is printed, since other work on a shared machine slows every figure.
#
# Three ways to start it: the plain command above, the same with JAVA_FLAGS (default
# "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC": the quick JIT only and the serial collector), and the
# ./hashvet launcher.
#
# With ALEX=1, alex@11.0.1 (a Node.js prose linter: npm i alex@11.0.1 in a temporary folder)
# checks the same texts (the calendar's text column, one paragraph per row) side by side with the
# launcher, alternated, and the ratios of wall time and peak memory are printed (issue 16: hashvet
# at most 0.2x alex's wall time and 0.4x its peak memory on 10,000 rows).
#
# Usage: bench/calendar.sh [ROWS...]        (default: 10000 100000)
#        ALEX=1 RUNS=3 bench/calendar.sh 10000 100000
#        RUNS=5 JAVA_FLAGS="-Xmx256m" bench/calendar.sh 10000
#        GLOBAL=1 bench/calendar.sh 10000     (rows with no markets and no languages: every
#                                              market's rules and dates, languages detected)
set -euo pipefail
cd "$(dirname "$0")/.."

. bench/jar.sh
[ -x /usr/bin/time ] || { echo "bench/calendar.sh needs GNU time (/usr/bin/time)" >&2; exit 2; }

runs=${RUNS:-3}
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(10000 100000)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

global=${GLOBAL:-0}
awk -v rows=1 -v global="$global" -f bench/gen-calendar.awk > "$work/cal-1.csv"
for n in "${sizes[@]}"; do
  awk -v rows="$n" -v global="$global" -f bench/gen-calendar.awk > "$work/cal-$n.csv"
done

# One run: prints "rows wall user peakMB rows/s setup read vet write exit".
measure() {
  local file=$1 n=$2
  shift 2
  local err="$work/err" out
  set +e
  /usr/bin/time -v "$@" calendar "$file" --offline --format json --verbose >/dev/null 2>"$err"
  local code=$?
  set -e
  local wall user peak timing setup read vet write
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,t,":"); s=0; for(i=1;i<=n;i++) s=s*60+t[i]; print s}' "$err")
  user=$(awk -F': ' '/User time/ {u=$2} /System time/ {s=$2} END {printf "%.2f", u+s}' "$err")
  peak=$(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2/1024}' "$err")
  timing=$(grep '^timing:' "$err" || true)
  setup=$(sed -nE 's/.*setup \(config, rules, models\) ([0-9]+) ms.*/\1/p' <<<"$timing")
  read=$(sed -nE 's/.*read\+parse ([0-9]+) ms.*/\1/p' <<<"$timing")
  vet=$(sed -nE 's/.*vet ([0-9]+) ms.*/\1/p' <<<"$timing")
  write=$(sed -nE 's/.*write ([0-9]+) ms.*/\1/p' <<<"$timing")
  out=$(awk -v n="$n" -v w="$wall" 'BEGIN {printf "%.0f", (w > 0 ? n / w : 0)}')
  printf '%8s %7.2f %7s %7s %9s %8s %7s %7s %7s %5s\n' "$n" "$wall" "$user" "$peak" "$out" \
    "$setup" "$read" "$vet" "$write" "$code"
}

# Each configuration: a label, then the command that starts hashvet.
configs=("java -jar target/hashvet.jar (default JVM flags)|java -jar $jar")
configs+=("java ${JAVA_FLAGS:--XX:TieredStopAtLevel=1 -XX:+UseSerialGC} -jar target/hashvet.jar|java ${JAVA_FLAGS:--XX:TieredStopAtLevel=1 -XX:+UseSerialGC} -jar $jar")
configs+=("./hashvet (the launcher: class-data archive, its own JIT choice)|./hashvet")
./hashvet --version >/dev/null 2>&1 || true # makes the launcher's class-data archive first

echo "hashvet calendar bench: $(nproc) processors, $(java -version 2>&1 | head -1)$( [ "$global" = 1 ] && echo ", global rows (no markets, no languages)")"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
for c in "${configs[@]}"; do
  label=${c%%|*}
  read -r -a command <<<"${c#*|}"
  echo
  echo "== $label"
  printf '%8s %7s %7s %7s %9s %8s %7s %7s %7s %5s\n' rows wall_s cpu_s peak_MB rows/s \
    setup_ms read_ms vet_ms write_ms exit
  for n in 1 "${sizes[@]}"; do
    for ((i = 1; i <= runs; i++)); do
      measure "$work/cal-$n.csv" "$n" "${command[@]}"
    done
  done
done

if [ "${ALEX:-0}" = 1 ]; then
  echo
  echo "== alex@11.0.1 on the same texts, alternated with ./hashvet"
  if (cd "$work" && npm i --silent --no-audit --no-fund alex@11.0.1 >/dev/null 2>&1); then
    printf '%8s %10s %10s %9s %9s %9s %9s\n' rows hv_wall_s alex_wall hv_MB alex_MB wall_x peak_x
    for n in "${sizes[@]}"; do
      # The text column, one paragraph per row (the CSV's quoting undone by Python's csv).
      python3 -c 'import csv,sys; [print(r["text"] + "\n") for r in csv.DictReader(open(sys.argv[1]))]' \
        "$work/cal-$n.csv" >"$work/cal-$n.txt"
      for ((i = 1; i <= runs; i++)); do
        /usr/bin/time -f '%e %M' -o "$work/hv.time" ./hashvet calendar "$work/cal-$n.csv" --offline \
          --format json >/dev/null 2>&1 || true
        /usr/bin/time -f '%e %M' -o "$work/alex.time" node "$work/node_modules/alex/cli.js" \
          --text "$work/cal-$n.txt" >/dev/null 2>&1 || true
        read -r hw hm <<<"$(tail -1 "$work/hv.time")"
        read -r aw am <<<"$(tail -1 "$work/alex.time")"
        awk -v n="$n" -v hw="$hw" -v aw="$aw" -v hm="$hm" -v am="$am" 'BEGIN {
          printf "%8s %10.2f %10.2f %9.0f %9.0f %8.2fx %8.2fx\n", n, hw, aw, hm / 1024, am / 1024,
            hw / aw, hm / am }'
      done
    done
    echo "goal (issue 16): wall_x <= 0.2 and peak_x <= 0.4 at 10,000 rows"
  else
    echo "npm i alex@11.0.1 failed (no registry?): alex not measured"
  fi
fi

echo
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "read/vet/write are processor time (vet summed over threads); wall and peak cover the whole"
echo "process. Exit 1 is expected: the generated calendars hold blocked rows."
