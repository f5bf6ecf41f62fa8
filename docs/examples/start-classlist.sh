#!/bin/bash
# Lists the classes a start of the desk loads, for the class data sharing archive ./desk makes after each build
# (desktop/src/cds/desk-start.classlist for JDK 17 to 24, desk-start-25.classlist for JDK 25 and newer;
# docs/workstation.md). Run it again when the start loads other classes (new screens, libraries, a JDK update): a class
# the list lacks is only loaded as without sharing, one it names that no longer exists is skipped; and on JDK 17, whose
# list names lambdas by their implementing methods, when the start's code moves. Three starts under StartProbe, each
# quitting once usable: a brand-new database (the template copied, the simulation's first quotes), a copy of
# EXISTING.mv.db (a desk database with users and a recorded session: recovery and the sign-in window) and another with
# --no-simulation (picocli's command line, which `./desk` alone and `./desk --db PATH` skip, and the commands build).
# Run it on a day the exchange trades, in Shanghai: on a weekend a brand-new desk quotes nothing and its start never
# becomes usable (under faketime, FAKETIME_FORCE_MONOTONIC_FIX=0 FAKETIME_DONT_FAKE_MONOTONIC=1 faketime -f OFFSET
# xvfb-run ..., without the first variable libfaketime slows the JVM several times over; the offset counts back from
# now, so check the day it gives with `TZ=Asia/Shanghai faketime -f OFFSET date`: -40h from a Saturday evening UTC
# is a Friday morning in Shanghai, -24h then would be its Saturday). From the repository:
#   ./mvnw -o -q -B -DskipTests -pl desktop -am package && ./mvnw -o -q -B -pl desktop -am test-compile
#   xvfb-run -a -s "-screen 0 1600x1000x24" docs/examples/start-classlist.sh EXISTING.mv.db [WORK-DIR]
# With the java of a desk on class data sharing (desktop/src/jvm/java.sh): SUANLI_DESK_JAVA, else the java on the
# PATH; run it once with each (a JDK 17 and a JDK 25) for the two lists. A JDK 25 list also names the constants each
# class had resolved (its "@cp" lines), which the archive resolves ahead of time (-XX:+AOTClassLinking).
set -euo pipefail
. desktop/src/jvm/java.sh
SUANLI_DESK_JAVA=${SUANLI_DESK_JAVA:-$(command -v java)} desk_java_pick .
list=desktop/src/cds/desk-start.classlist
if ((desk_java_feature >= 25)); then list=desktop/src/cds/desk-start-25.classlist; fi
existing=$1; work=${2:-/tmp/start-classlist}
t=desktop/target
rm -rf "$work"; mkdir -p "$work/home"
cp "$existing" "$work/existing.mv.db"; cp "$existing" "$work/quiet.mv.db"
command -v openbox >/dev/null && { openbox >/dev/null 2>&1 & sleep 1; }
for run in new existing 'quiet --no-simulation'; do
    db=${run%% *}
    "$desk_java" "${desk_java_args[@]}" -Xshare:off -XX:DumpLoadedClassList="$work/$db.classlist" \
        --module-path $t/javafx --add-modules javafx.controls -Duser.home="$work/home" \
        -cp "$t/desktop-0.1.0-SNAPSHOT.jar:$t/lib/*:$t/test-classes" com.suanli.desk.ui.StartProbe --db "$work/$db" ${run#"$db"} 2>&1 \
        | grep '^start-probe: usable'
done
# The lists in the order loaded, each class once; not the probe's own classes, nor the JDK's generated proxies
# (named anew in every run). JDK 25 numbers each class ("id: N") for the classes of other loaders to name their
# supertypes by; the desk has none, and the three runs' numbers would clash: dropped.
{
    echo "# The classes a start of the desk loads, for ./desk's class data sharing archive."
    echo "# Made by docs/examples/start-classlist.sh with $("$desk_java" -version 2>&1 | head -1); do not edit by hand."
    awk '/^#/ || /StartProbe/ || /\$Proxy[0-9]/ { next } { sub(/ id: [0-9]+$/, "") } !seen[$0]++' \
        "$work/new.classlist" "$work/existing.classlist" "$work/quiet.classlist"
} >$list
wc -l $list
