#!/bin/bash
# The FX pulse of the real trading window under a feed of exchange events, as docs/BENCHMARKS.md ("Workstation: the FX
# pulse") measures it: PulseProbe on Monocle's headless screen with JavaFX's software renderer, and the java ./desk
# picks with its options (desktop/src/jvm/java.sh: a JDK 25 or newer when there is one, else the java on the PATH;
# SUANLI_DESK_JAVA chooses), so that the figure is the one the desk ships. (The desk's class data sharing archive or
# AOT cache is left out: JavaFX is on the class path here, for Monocle; with JavaFX on the module path as ./desk has
# it, the cache refuses the --add-exports or -javaagent Monocle then needs: docs/BENCHMARKS.md, branch warm14p.
# On JDK 25 a cache of the probe's own: JAVA_OPTIONS=-XX:AOTCacheOutput=F.aot on a training run, e.g. 50000 300000, then -XX:AOTCache=F.aot, from a
# TARGET copy whose test classes are a jar in its lib and whose test-classes is empty: a cache takes no class directory,
# "Cannot have non-empty directory in paths".)
#   ./mvnw -o -q -B -DskipTests -pl desktop -am package && ./mvnw -o -q -B -pl desktop test-compile
#   docs/examples/pulse-probe.sh [EVENTS-A-SECOND [COMMANDS]]        (default 100000, 950000: the figure)
# from the repository. TARGET=<a copy of desktop/target> measures another build (before/after pairs; the JVM's
# options still come from this checkout's desktop/src/jvm, not from TARGET: a pair that compares a change to desk.args
# runs the script from two checkouts); JAVA_OPTIONS adds
# options after the desk's, e.g. -Dprobe.lockstep=true (CPU a pulse, whatever the machine gives), -Dprobe.picture=F.png,
# or -XX:-UseG1GC -XX:+UseZGC to compare a collector; what the JIT compiled, and when: docs/examples/pulse-compilations.sh.
# The recorded feed is held as bytes off the heap and decoded as fed (since branch gc14t); -Dprobe.feed=objects holds it
# as event objects for the whole run, as before (400 MB of old generation the desk never holds: for comparisons only).
# -Dprobe.prefeed=N feeds the first N events before the idle spell and measures the rest: a desk opened on a live market.
set -euo pipefail
. desktop/src/jvm/java.sh
desk_java_pick .
# JavaFX on the class path here: its native access is the unnamed module's (desk-25.args names the module the desk has).
((desk_java_feature >= 25)) && desk_java_args+=(--enable-native-access=ALL-UNNAMED)
t=${TARGET:-desktop/target}
m2=${M2_REPOSITORY:-$HOME/.m2/repository}
# shellcheck disable=SC2086 # JAVA_OPTIONS is a list of options
exec "$desk_java" "${desk_java_args[@]}" ${JAVA_OPTIONS:-} \
    -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw -Dheadless.geometry=1600x1000-32 \
    -cp "$t/test-classes:$t/desktop-0.1.0-SNAPSHOT.jar:$t/lib/*:$t/javafx/*:$m2/org/testfx/openjfx-monocle/17.0.10/openjfx-monocle-17.0.10.jar:$m2/org/hdrhistogram/HdrHistogram/2.2.2/HdrHistogram-2.2.2.jar" \
    com.suanli.desk.ui.PulseProbe "$@"
