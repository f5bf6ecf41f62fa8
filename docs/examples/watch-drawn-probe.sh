#!/bin/bash
# Whether the market watch draws its moving figures on a real window, as docs/BENCHMARKS.md ("Workstation: the FX
# pulse", branch pulse14n) checks it: WatchDrawnProbe runs the desk's own main on a brand-new database, with the java
# ./desk picks and its options, JavaFX on the module path as ./desk runs it, on the glass GTK toolkit (not Monocle:
# the bug it looks for, cells of the watch whose new figure stayed in their text and never reached the screen, did not
# show there), and compares each live cell's figure with the text it draws for SECONDS (default 120). Prints the counts
# and PASS or FAIL (exit status 1: a figure never drawn, or none moved). The market needs a trading day: on a Shanghai
# weekend run it under faketime, e.g. FAKETIME_FORCE_MONOTONIC_FIX=0 FAKETIME_DONT_FAKE_MONOTONIC=1 faketime -f -40h.
#   ./mvnw -o -q -B -DskipTests -pl desktop -am package && ./mvnw -o -q -B -pl desktop -am test-compile
#   xvfb-run -a -s "-screen 0 1600x1000x24" docs/examples/watch-drawn-probe.sh [SECONDS [WORK-DIR]]
# from the repository. TARGET=<a copy of desktop/target> checks another build.
set -euo pipefail
seconds=${1:-120}; work=${2:-/tmp/watch-drawn-probe}
t=${TARGET:-desktop/target}
rm -rf "$work"; mkdir -p "$work/home"
. desktop/src/jvm/java.sh
desk_java_pick .
# A window manager, as a user's desktop has: the window is placed and sized by it, as on a user's screen.
if command -v openbox >/dev/null; then
    openbox >/dev/null 2>&1 &
    manager=$!
    trap 'kill $manager 2>/dev/null || true' EXIT
    sleep 1
fi
"$desk_java" "${desk_java_args[@]}" -Dprobe.seconds="$seconds" --module-path "$t/javafx" \
    --add-modules javafx.controls --add-opens javafx.graphics/javafx.scene=ALL-UNNAMED -Duser.home="$work/home" \
    -cp "$t/desktop-0.1.0-SNAPSHOT.jar:$t/lib/*:$t/test-classes" com.suanli.desk.ui.WatchDrawnProbe --db "$work/desk" 2>&1 \
    | grep '^watch-drawn-probe:'
