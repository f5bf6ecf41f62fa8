#!/bin/bash
# Lists the classes a start of the desk loads, for the class data sharing archive ./desk makes after each build
# (desktop/src/cds/desk-start.classlist; docs/workstation.md). Run it again when the start loads other classes
# (new screens, libraries, a JDK update): a class the list lacks is only loaded as without sharing, one it names
# that no longer exists is skipped. Three starts under StartProbe, each quitting once usable: a brand-new database
# (the template copied, the simulation's first quotes), a copy of EXISTING.mv.db (a desk database with users and a
# recorded session: recovery and the sign-in window) and another with --no-simulation (picocli's command line, which
# `./desk` alone and `./desk --db PATH` skip, and the commands build). Run it on a day the exchange trades, in
# Shanghai: on a weekend a brand-new desk quotes nothing and its start never becomes usable (under faketime, e.g.
# FAKETIME_FORCE_MONOTONIC_FIX=0 FAKETIME_DONT_FAKE_MONOTONIC=1 faketime -f -9h xvfb-run ..., without the first
# variable libfaketime slows the JVM several times over). From the repository:
#   ./mvnw -o -q -B -DskipTests -pl desktop -am package && ./mvnw -o -q -B -pl desktop -am test-compile
#   xvfb-run -a -s "-screen 0 1600x1000x24" docs/examples/start-classlist.sh EXISTING.mv.db [WORK-DIR]
# With the java a desk on class data sharing runs (desktop/src/jvm/java.sh): SUANLI_DESK_JAVA, else the java on the
# PATH. The list serves JDK 17 to 24; a desk on JDK 25 or newer trains an AOT cache instead and reads no list.
set -euo pipefail
. desktop/src/jvm/java.sh
SUANLI_DESK_JAVA=${SUANLI_DESK_JAVA:-$(command -v java)} desk_java_pick .
if ((desk_java_feature >= 25)); then
    echo "start-classlist: $desk_java is JDK $desk_java_feature, whose desk reads no class list;" \
        "name a JDK 17 in SUANLI_DESK_JAVA" >&2
    exit 1
fi
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
# (named anew in every run).
{
    echo "# The classes a start of the desk loads, for ./desk's class data sharing archive."
    echo "# Made by docs/examples/start-classlist.sh with $("$desk_java" -version 2>&1 | head -1); do not edit by hand."
    awk '!/^#/ && !/StartProbe/ && !/\$Proxy[0-9]/ && !seen[$0]++' "$work/new.classlist" "$work/existing.classlist" \
        "$work/quiet.classlist"
} >desktop/src/cds/desk-start.classlist
wc -l desktop/src/cds/desk-start.classlist
