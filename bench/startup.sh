#!/usr/bin/env bash
# Start-up bench: one offline check through the launcher against a bare JVM that prints "hello"
# with the launcher's flags, run alternately (hashvet, bare, hashvet, bare, ...) so that both meet
# the same load on a shared machine. Prints each run, then the medians of wall time, processor time
# (user + system, from GNU time) and peak memory (maximum resident set size), and the ratios.
#
#   bench/startup.sh                        7 pairs, ./hashvet (the launcher) as is
#   RUNS=11 bench/startup.sh
#   HASHVET_JAVA=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java bench/startup.sh
#                                           the launcher and the bare JVM on JDK 25 (AOT cache)
#   HASHVET="java -XX:+UseSerialGC -jar /tmp/before/hashvet.jar" bench/startup.sh
#                                           any other command in place of ./hashvet (a jar built
#                                           from an older commit, say)
#
# The goal of issue 16: the check's median wall time within 6x the bare JVM's, and at most 0.35 s
# of processor time.
set -euo pipefail
cd "$(dirname "$0")/.."

[ -n "${HASHVET:-}" ] || . bench/jar.sh # builds target/hashvet.jar if stale
[ -x /usr/bin/time ] || { echo "bench/startup.sh needs GNU time (/usr/bin/time)" >&2; exit 2; }

runs=${RUNS:-7}
java=${HASHVET_JAVA:-java}
read -r -a hashvet <<<"${HASHVET:-./hashvet}"
check=(check --offline --at 2027-03-03T15:00:00Z '#notguilty treats')
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

mkdir -p "$work/hello"
cat >"$work/hello/Hello.java" <<'EOF'
public class Hello {
  public static void main(String[] args) {
    System.out.println("hello");
  }
}
EOF
"$(dirname "$(readlink -f "$(command -v "$java")")")/javac" -d "$work/hello" "$work/hello/Hello.java"
bare=("$java" -Xlog:disable -Xlog:all=warning:stderr -XX:+UseSerialGC -Xmn32m -XX:TieredStopAtLevel=1
  -Xshare:auto -cp "$work/hello" Hello)

# The launcher's first run after a build makes its class-data archive or AOT cache: not measured.
"${hashvet[@]}" "${check[@]}" >/dev/null 2>&1 || true
"${hashvet[@]}" "${check[@]}" >/dev/null 2>&1 || true

# One run: prints "wall cpu peakMB".
measure() {
  local err="$work/err"
  /usr/bin/time -f '%e %U %S %M' -o "$err" "$@" >/dev/null 2>"$work/stderr" || true
  # GNU time puts "Command exited with non-zero status 1" (a check with findings) first.
  tail -1 "$err" | awk '{printf "%.3f %.3f %.0f\n", $1, $2 + $3, $4 / 1024}'
}

echo "hashvet start-up bench: $(nproc) processors, $("$java" -version 2>&1 | head -1)"
echo "hashvet: ${hashvet[*]} ${check[*]}"
echo "bare:    ${bare[*]}"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%4s %10s %9s %8s   %10s %9s %8s\n' run hv_wall_s hv_cpu_s hv_MB bare_wall bare_cpu bare_MB
: >"$work/hv"
: >"$work/bare"
for ((i = 1; i <= runs; i++)); do
  h=$(measure "${hashvet[@]}" "${check[@]}")
  b=$(measure "${bare[@]}")
  echo "$h" >>"$work/hv"
  echo "$b" >>"$work/bare"
  read -r hw hc hm <<<"$h"
  read -r bw bc bm <<<"$b"
  printf '%4d %10s %9s %8s   %10s %9s %8s\n' "$i" "$hw" "$hc" "$hm" "$bw" "$bc" "$bm"
done

median() { # column of a file
  sort -g -k"$2,$2" "$1" | awk -v c="$2" '{v[NR] = $c} END {
    if (NR % 2) print v[(NR + 1) / 2]; else printf "%.3f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}
hw=$(median "$work/hv" 1); hc=$(median "$work/hv" 2); hm=$(median "$work/hv" 3)
bw=$(median "$work/bare" 1); bc=$(median "$work/bare" 2); bm=$(median "$work/bare" 3)
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
printf 'median   hashvet: %.3f s wall, %.3f s cpu, %s MB peak\n' "$hw" "$hc" "$hm"
printf 'median   bare:    %.3f s wall, %.3f s cpu, %s MB peak\n' "$bw" "$bc" "$bm"
awk -v hw="$hw" -v bw="$bw" -v hc="$hc" -v bc="$bc" -v hm="$hm" -v bm="$bm" 'BEGIN {
  printf "ratio    wall %.1fx (goal <= 6x), cpu %.1fx, peak %.1fx; check cpu %.3f s (goal <= 0.35 s)\n",
    hw / bw, hc / bc, hm / bm, hc }'
