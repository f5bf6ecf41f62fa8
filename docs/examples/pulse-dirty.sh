#!/bin/bash
# How much of the window each frame repaints, from JavaFX's pulse log: run docs/examples/pulse-probe.sh with
#   JAVA_OPTIONS="-Dprobe.lockstep=true -Djavafx.pulseLogger=true -Djavafx.pulseLogger.threshold=0"
# into a file, then `docs/examples/pulse-dirty.sh LOG [WIDTH HEIGHT]` (the probe's window is 1600x1000). Prism
# paints a frame's dirty regions (at most prism.dirtyregioncount, 6 by default, merged beyond that) and logs them
# with the pulse; a painted frame that lists none was painted whole (a dirty region that covers the window, or the
# scene marked dirty whole, as the probe's own 60 whole-screen frames at its end). Prints the painted share of the
# window a frame (mean, p50, p90, p99), the frames by their count of regions with their mean share, and the
# rectangles that add most to the painted area: where to look for what repaints more than it changed. With FED, the
# probe's count of fed pulses ("over N pulses" in its CPU line), also the fed frames by their place in the feed (the
# last FED painted before the probe's 60 whole-screen frames): the first 30, up to 270 (a 60 Hz screen's 4.5 s), up to
# 600 and after, each with its mean share and its frames over 0.2 of the window (more than the largest panel, the
# blotter's rows at 0.17: two heavy panels in one frame, or more).
set -euo pipefail
log=${1:?the pulse log}
w=${2:-1600}
h=${3:-1000}
fed=${4:-}
# One line a painted frame ("F share regions") and one a dirty region ("R rectangle share").
frames=$(awk -v W="$w" -v H="$h" '
function flush() {
    if (painted) printf "F %.6f %d\n", listed ? area / (W * H) : 1, listed ? regions : 0
}
/^PULSE:/ { flush(); painted = 0; listed = 0; area = 0; regions = 0; next }
/different dirty regions to render/ { listed = 1 }
/Dirty Region [0-9]+: RectBounds/ {
    match($0, /minX:[-0-9.]+, minY:[-0-9.]+, maxX:[-0-9.]+, maxY:[-0-9.]+/)
    split(substr($0, RSTART, RLENGTH), f, /[:,] ?/)
    a = (f[6] - f[2]) * (f[8] - f[4]); area += a; regions++
    printf "R x%d-%d,y%d-%d %.6f\n", f[2], f[6], f[4], f[8], a / (W * H)
}
/\): Painting$/ { painted = 1 }
END { flush() }' "$log")
[[ $frames == *F* ]] || { echo "no painted frame in $log: was it run with -Djavafx.pulseLogger=true?"; exit 1; }
grep '^F' <<<"$frames" | sort -k2 -g | awk '
{ share[NR] = $2; total += $2; if ($3 == 0) whole++; else { count[$3]++; shareOf[$3] += $2 } }
END {
    printf "frames painted %d, %d of them whole; painted share of the window a frame: mean %.3f, p50 %.3f, p90 %.3f, p99 %.3f\n",
        NR, whole, total / NR, share[int(NR * 0.5) + 1], share[int(NR * 0.9) + 1], share[int(NR * 0.99) + 1]
    printf "frames by their count of dirty regions (count: frames, mean share):"
    for (c = 1; c <= 64; c++) if (c in count) printf " %d: %d, %.3f;", c, count[c], shareOf[c] / count[c]
    printf "\n"
}'
if [[ -n $fed ]]; then
    echo "the fed frames by their place in the feed (frames, mean share, over 0.2 of the window, over 0.3):"
    grep '^F' <<<"$frames" | head -n -60 | tail -n "$fed" | awk '
    { i = NR; k = i <= 30 ? 1 : i <= 270 ? 2 : i <= 600 ? 3 : 4; n[k]++; s[k] += $2; if ($2 > 0.2) o2[k]++; if ($2 > 0.3) o3[k]++ }
    END { split("1-30 31-270 271-600 601-", name, " ")
          for (k = 1; k <= 4; k++) if (n[k]) printf "  %-8s %5d  %.3f  %4d  %4d\n", name[k], n[k], s[k] / n[k], o2[k], o3[k] }'
fi
echo "the rectangles that add most to the painted area (rectangle, frames, share each, sum of shares):"
grep '^R' <<<"$frames" | awk '{ n[$2]++; s[$2] += $3 } END { for (k in s) printf "  %-24s %5d  %.3f  %7.1f\n", k, n[k], s[k] / n[k], s[k] }' \
    | sort -k4 -g -r | head -15
