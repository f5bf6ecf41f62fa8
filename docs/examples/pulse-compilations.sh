#!/bin/bash
# What the JIT compiled while the pulse probe fed the window: run docs/examples/pulse-probe.sh with
#   JAVA_OPTIONS="-XX:StartFlightRecording=filename=REC.jfr,settings=default,jdk.Compilation#threshold=0ms [...]"
# into a file OUT, then `docs/examples/pulse-compilations.sh OUT REC.jfr [SECONDS]` (default 10: the feed's first
# seconds, where most of the long pulses fall). From the probe's line "the feed's span, epoch ms: FROM TO" and the
# recording's compilations (wall time of each, so at a load the figures stretch; counts and code sizes do not), prints
# for before the feed, its first SECONDS and the rest: C1 and C2 compilations and their time, C2's on-stack
# replacements (a long loop compiled while it runs: a method's whole compilation usually follows); then, for the first
# SECONDS, C2's time by class, and the methods C2 compiled more than once there (on-stack replacements at other loops,
# or compiled code thrown away by a deoptimization and compiled again).
set -euo pipefail
out=${1:?the output of the probe}
rec=${2:?the flight recording}
seconds=${3:-10}
read -r from to < <(sed -n "s/^the feed's span, epoch ms: \([0-9]*\) \([0-9]*\)$/\1 \2/p" "$out")
[[ -n ${from:-} ]] || { echo "no feed span in $out: is it the pulse probe's output?"; exit 1; }
. desktop/src/jvm/java.sh
desk_java_pick .
jfr=$(dirname "$(readlink -f "$desk_java")")/jfr
# One line a compilation: start (ms from the feed's start), wall ms, level, on-stack (1/0), code bytes, method.
lines=$("$jfr" print --json --events jdk.Compilation "$rec" | jq -r --argjson from "$from" '
  .recording.events[].values
  | (.startTime | capture("^(?<s>[^.]+)(\\.(?<f>[0-9]+))?Z$")) as $t
  | (($t.s + "Z" | fromdateiso8601) * 1000 + ((("0." + ($t.f // "0")) | tonumber) * 1000) - $from) as $at
  | (.duration | ltrimstr("PT") | rtrimstr("S") | tonumber * 1000) as $ms
  | "\($at | floor) \($ms) \(.compileLevel) \(if .isOsr then 1 else 0 end) \(.codeSize) \(.method.type.name).\(.method.name)"')
awk -v span=$((to - from)) -v first=$((seconds * 1000)) -v seconds="$seconds" '
function part(t) { return t < 0 ? "before the feed" : t < first ? "the feed'"'"'s first " seconds " s" : "after them" }
{
    p = part($1); c2 = $3 == 4
    n[p, c2]++; ms[p, c2] += $2
    if (c2 && $4) { osr[p]++; osrms[p] += $2 }
    if (c2 && p != "before the feed" && $1 < first) {
        cls = $6; sub(/\.[^.]*$/, "", cls); byclass[cls] += $2; classn[cls]++
        times[$6]++; methodms[$6] += $2; if ($5 > biggest[$6]) biggest[$6] = $5
    }
}
END {
    split("before the feed|the feed'"'"'s first " seconds " s|after them", parts, "|")
    for (i = 1; i <= 3; i++) {
        p = parts[i]
        printf "%s: C1 %d compilations, %.0f ms; C2 %d, %.0f ms, of them on-stack replacements %d, %.0f ms\n",
            p, n[p, 0], ms[p, 0], n[p, 1], ms[p, 1], osr[p], osrms[p]
    }
    printf "C2 in the feed'"'"'s first %s s by class (ms, compilations):\n", seconds
    for (c in byclass) printf "%8.0f %4d %s\n", byclass[c], classn[c], c | "sort -rn | head -15"
    close("sort -rn | head -15")
    printf "compiled by C2 more than once in them (times, ms in all, largest code bytes):\n"
    for (m in times) if (times[m] > 1) printf "%4d %8.0f %7d %s\n", times[m], methodms[m], biggest[m], m | "sort -k2 -rn | head -10"
    close("sort -k2 -rn | head -10")
}' <<<"$lines"
