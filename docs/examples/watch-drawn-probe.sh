#!/bin/bash
# Whether the market watch draws its moving figures on a real window, in the sessions a new user's ./desk runs after a
# build (docs/BENCHMARKS.md, "Workstation: the FX pulse", branches pulse14n and watch14o). It runs SESSIONS (default 3)
# desk sessions in a row THROUGH the launcher (./desk --db WORK-DIR/desk: a brand-new database in the first), the
# first after a build: the start's archive and cache (desktop/target/desk-start.jsa*, desk-start.aot*) are removed
# first, so the first session archives the start's classes and runs on that archive, on JDK 25 the second trains the
# AOT cache (-XX:AOTMode=record) and the third runs on it; on JDK 17 every session runs on the archive. The java is
# the one ./desk picks, or SUANLI_DESK_JAVA's (e.g. /usr/lib/jvm/java-17-openjdk-amd64/bin/java).
#
# Each session's JVM runs WatchDrawnProbe (desktop/src/test) in place of com.suanli.desk.app.Desk: a stand-in java
# (WORK-DIR/jdk/bin/java, the real one's release file beside it, so the launcher takes its release) swaps the main
# class of the session's JVM only, and gives every JVM the launcher starts (the archive's dump, the training, the
# cache's making, their -version checks) the probe's jar at the end of its class path and the probe's options, so that
# what the archive and the cache hold is what the session maps. The probe compares each live cell's figure with the
# text drawn for SECONDS (default 60) after the watch shows and quits the desk as a user does; beside it the script
# takes the screen at +20 s and +50 s (import -window root), crops the watch and counts the pixels that changed
# (compare -metric AE). Prints per session its kind, the probe's counts and verdict, and the pixels; exit status 1 when
# a session failed (a figure never drawn, none moved, a node left marked, or no pixel of the watch changed).
# ACTIONS=1 also does, after +50 s, what a user does to the window (SECONDS at least 100): a resize to 1100x700 by
# the window manager, a maximise (a double click on the title bar), the Risk workspace (Ctrl+2) and back (Ctrl+1);
# the probe's counts every 15 s show the watch after each. DESK_ARGS adds ./desk options (e.g. --language zh).
# The market needs a trading day: on a Shanghai weekend run it under faketime. From the repository, after a build:
#   ./mvnw -o -q -B -DskipTests -pl desktop -am package
#   FAKETIME_FORCE_MONOTONIC_FIX=0 FAKETIME_DONT_FAKE_MONOTONIC=1 faketime -f -40h \
#     xvfb-run -a -s "-screen 0 1600x1000x24" docs/examples/watch-drawn-probe.sh [SESSIONS [SECONDS [WORK-DIR]]]
# It leaves the launcher's archive (and cache) made for its stand-in java: the next ./desk archives again.
set -euo pipefail
sessions=${1:-3}; seconds=${2:-60}; work=${3:-/tmp/watch-drawn-probe}
if [[ -n ${ACTIONS:-} ]] && ((seconds < 100)); then seconds=100; fi
((seconds >= 55)) || { echo "watch-drawn-probe: SECONDS must be 55 or more (the last screenshot is at +50 s)" >&2; exit 2; }
root=$(pwd)
target=$root/desktop/target
rm -rf "$work"; mkdir -p "$work/home" "$work/jdk/bin" "$work/probe"
. desktop/src/jvm/java.sh
desk_java_pick "$root"
real_java=$(readlink -f "$desk_java")
cp "$(dirname "$(dirname "$real_java")")/release" "$work/jdk/release"
(cd "$target/test-classes" && jar cf "$work/probe/watch-drawn-probe.jar" com/suanli/desk/ui/WatchDrawnProbe*.class)
cat >"$work/jdk/bin/java" <<EOF
#!/bin/bash
# WatchDrawnProbe's stand-in java (docs/examples/watch-drawn-probe.sh).
args=() next_is_path=false
for arg in "\$@"; do
    if \$next_is_path; then
        arg="\$arg:$work/probe/watch-drawn-probe.jar" next_is_path=false
    elif [[ \$arg == -cp ]]; then
        next_is_path=true
    elif [[ \$arg == com.suanli.desk.app.Desk ]]; then
        arg=com.suanli.desk.ui.WatchDrawnProbe
    fi
    args+=("\$arg")
done
exec "$real_java" -Dprobe.seconds=$seconds --add-opens javafx.graphics/javafx.scene=ALL-UNNAMED \\
    -Duser.home="$work/home" "\${args[@]}"
EOF
chmod +x "$work/jdk/bin/java"
rm -f "$target"/desk-start.jsa* "$target"/desk-start.aot*

# A window manager, as a user's desktop has: the window is placed and sized by it, as on a user's screen.
if command -v openbox >/dev/null; then
    openbox >/dev/null 2>&1 &
    manager=$!
    trap 'kill $manager 2>/dev/null || true' EXIT
    sleep 1
fi

failed=0
for ((session = 1; session <= sessions; session++)); do
    log=$work/session-$session.log
    : >"$log"
    SUANLI_DESK_JAVA=$work/jdk/bin/java ./desk --db "$work/desk" ${DESK_ARGS:-} >>"$log" 2>&1 &
    desk=$!
    # The screen at +20 s and +50 s after the watch shows.
    shown='' started=$SECONDS
    elapsed() { echo $((SECONDS - started)); }
    while kill -0 $desk 2>/dev/null && [[ -z $shown ]]; do
        started=$SECONDS
        shown=$(sed -n 's/^watch-drawn-probe: watch shown at \([0-9]*\),\([0-9]*\) size \([0-9]*\)x\([0-9]*\)$/\3x\4+\1+\2/p' "$log" 2>/dev/null || true)
        sleep 0.2
    done
    pixels='no watch'
    if [[ -n $shown ]]; then
        sleep 20; import -window root "$work/session-$session-20s.png"
        sleep 30; import -window root "$work/session-$session-50s.png"
        for at in 20s 50s; do
            convert "$work/session-$session-$at.png" -crop "$shown" +repage "$work/session-$session-$at-watch.png"
        done
        pixels=$(compare -metric AE "$work/session-$session-20s-watch.png" "$work/session-$session-50s-watch.png" \
            null: 2>&1 | cut -d' ' -f1 || true)
        if [[ -n ${ACTIONS:-} ]]; then
            # What a user does to the window (the probe's counts every 15 s show the watch after each): a resize by
            # the window manager, a maximise by a double click on the title bar, the Risk workspace and back.
            window=$(xdotool getactivewindow)
            echo "watch-drawn-probe: +$(elapsed) s: window resized to 1100x700" >>"$log"
            xdotool windowsize "$window" 1100 700; sleep 12
            eval "$(xdotool getwindowgeometry --shell "$window")"
            echo "watch-drawn-probe: +$(elapsed) s: maximised (double click on the title bar)" >>"$log"
            xdotool mousemove $((X + 300)) $((Y - 8)) click --repeat 2 --delay 80 1; sleep 12
            echo "watch-drawn-probe: +$(elapsed) s: Risk workspace (Ctrl+2) and back (Ctrl+1)" >>"$log"
            xdotool key ctrl+2; sleep 4; xdotool key ctrl+1; sleep 12
        fi
    fi
    status=0
    wait $desk || status=$?
    if grep -q 'archiving the start' "$log"; then kind='first after the build (archives, runs on the archive)'
    elif grep -q 'trains the start' "$log"; then kind='training the AOT cache (records)'
    elif [[ -f $target/desk-start.aot ]]; then kind='on the AOT cache'
    else kind='on the archive'; fi
    echo "watch-drawn-probe: session $session, $kind, exit $status, watch pixels changed +20 s to +50 s: $pixels"
    grep '^watch-drawn-probe:' "$log" | grep -v 'watch shown at' || true
    # What the FX thread or the desk threw, which a user's terminal would show.
    grep -B1 -A3 'Exception\|Error' "$log" | head -20 | sed 's/^/watch-drawn-probe:   /' || true
    if ! grep -q '^watch-drawn-probe: PASS' "$log" || [[ ! $pixels =~ ^[0-9]+$ || $pixels -eq 0 ]]; then
        failed=1
    fi
done
exit $failed
