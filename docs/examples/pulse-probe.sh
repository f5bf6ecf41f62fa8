#!/bin/bash
# The FX pulse of the real trading window under a feed of exchange events, as docs/BENCHMARKS.md ("Workstation: the FX
# pulse") measures it: PulseProbe on Monocle's headless screen with JavaFX's software renderer, and the java ./desk
# picks with the window's options (desktop/src/jvm/java.sh: a JDK 25 or newer when there is one, else the java on the
# PATH; SUANLI_DESK_JAVA chooses; desk.args, then window.args: C1 alone), so that the figure is the one the desk
# ships. (The desk's class data sharing archive or AOT cache is left out: JavaFX is on the class path here, for
# Monocle; with JavaFX on the module path as ./desk has it, the cache refuses the --add-exports or -javaagent Monocle
# then needs: docs/BENCHMARKS.md, branch warm14p.
# On JDK 25 the probe can train a cache of its own first, as the desk's session trains the desk's: TRAINED=1 below.)
#   ./mvnw -o -q -B -DskipTests -pl desktop -am package && ./mvnw -o -q -B -pl desktop test-compile
#   docs/examples/pulse-probe.sh [EVENTS-A-SECOND [COMMANDS]]        (default 100000, 950000: the issue's figure)
# from the repository. TARGET=<a copy of desktop/target> measures another build (before/after pairs; the JVM's
# options still come from this checkout's desktop/src/jvm, not from TARGET: a pair that compares a change to desk.args
# runs the script from two checkouts); JAVA_OPTIONS adds
# options after the desk's, e.g. -Dprobe.lockstep=true (CPU a pulse, whatever the machine gives), -Dprobe.picture=F.png,
# or -XX:-UseG1GC -XX:+UseZGC to compare a collector, or -XX:TieredStopAtLevel=4 for the tiered JIT with C2 (as before
# window.args); what the JIT compiled, and when: docs/examples/pulse-compilations.sh.
# The recorded feed is held as bytes off the heap and decoded as fed (since branch gc14t); -Dprobe.feed=objects holds it
# as event objects for the whole run, as before (400 MB of old generation the desk never holds: for comparisons only).
# -Dprobe.prefeed=N feeds the first N events before the idle spell and measures the rest: a desk opened on a live market.
# -Dprobe.tour=true then chooses every tab of the window's tab panes once, in turn, and each pane's first tab again: a
# desk a trader has looked around, each tab's table holding the rows it showed (hidden, still in the scene).
# TRAINED=1 (JDK 25 or newer) measures on an AOT cache the probe first trains on a calm feed (about a minute more), as
# ./desk runs from its second session after a build on (docs/BENCHMARKS.md, branch calm14v).
set -euo pipefail
. desktop/src/jvm/java.sh
desk_java_pick .
# JavaFX on the class path here: its native access is the unnamed module's (desk-25.args names the module the desk has).
((desk_java_feature >= 25)) && desk_java_args+=(--enable-native-access=ALL-UNNAMED)
t=${TARGET:-desktop/target}
m2=${M2_REPOSITORY:-$HOME/.m2/repository}
probe() {
    # shellcheck disable=SC2086 # JAVA_OPTIONS is a list of options
    "$desk_java" "${desk_java_args[@]}" @desktop/src/jvm/window.args ${JAVA_OPTIONS:-} "${cache[@]}" \
        -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw -Dheadless.geometry=1600x1000-32 \
        -cp "$t/test-classes:$t/desktop-0.1.0-SNAPSHOT.jar:$t/lib/*:$t/javafx/*:$m2/org/testfx/openjfx-monocle/17.0.10/openjfx-monocle-17.0.10.jar:$m2/org/hdrhistogram/HdrHistogram/2.2.2/HdrHistogram-2.2.2.jar" \
        com.suanli.desk.ui.PulseProbe "$@"
}
cache=()
if [[ ${TRAINED:-} == 1 ]]; then
    # The desk as ./desk runs it on JDK 25 from its second everyday session after a build: on an AOT cache that a
    # session of the desk trained, its classes linked ahead of time and its methods' profiles kept (JEP 483, 515).
    # The desk's own cache serves its module path, not this class path, so the probe trains one of its own the way the
    # desk's session does, on a calm market (2,000 events a second, 20,000 commands: not the measured feed), and
    # measures on it. A cache takes jars only ("Cannot have non-empty directory in paths"), so the probe runs from a copy
    # whose test classes are a jar.
    ((desk_java_feature >= 25)) || { echo "TRAINED=1: an AOT cache needs a JDK 25 or newer; $desk_java is $desk_java_feature" >&2; exit 2; }
    work=$(mktemp -d "${TMPDIR:-/tmp}/pulse-probe-trained.XXXXXX")
    trap 'rm -rf "$work"' EXIT
    cp -r "$t/desktop-0.1.0-SNAPSHOT.jar" "$t/lib" "$t/javafx" "$work/"
    mkdir "$work/test-classes"
    "$(dirname "$(readlink -f "$desk_java")")/jar" cf "$work/lib/zz-probe-tests.jar" -C "$t/test-classes" .
    t=$work
    echo "TRAINED=1: training the probe's AOT cache on a calm feed (2000 20000) first" >&2
    cache=(-XX:AOTCacheOutput="$work/probe.aot")
    probe 2000 20000 > "$work/training.log" 2>&1 || { cat "$work/training.log" >&2; exit 1; }
    cache=(-XX:AOTCache="$work/probe.aot" -XX:AOTMode=on)
fi
probe "$@"
