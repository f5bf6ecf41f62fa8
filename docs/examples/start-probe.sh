#!/bin/bash
# Start to a usable window, as docs/BENCHMARKS.md ("Workstation: start to a usable window") measures it: StartProbe
# runs the desk's own main, with java as ./desk runs it, and prints when each step is seen and the CPU used by then.
#   ./mvnw -o -q -B -DskipTests -pl desktop -am package && ./mvnw -o -q -B -pl desktop -am test-compile
#   xvfb-run -a -s "-screen 0 1600x1000x24" docs/examples/start-probe.sh EXISTING.mv.db [WORK-DIR]
# from the repository. Four runs, each in a fresh JVM, on copies in WORK-DIR (default /tmp/start-probe):
#   1. a brand-new database, first start, recording the class data sharing archive as ./desk's first window run does;
#   2. the same database, second start, with that archive (what a user gets from the second start on);
#   3. a copy of EXISTING.mv.db (a desk database with a recorded session) with the archive;
#   4. another copy of it without the archive (the comparison: a first run after a rebuild).
set -euo pipefail
existing=$1; work=${2:-/tmp/start-probe}
t=desktop/target
rm -rf "$work"; mkdir -p "$work/home"
cp "$existing" "$work/existing.mv.db"; cp "$existing" "$work/again.mv.db"
# Class data sharing archives classes from jars only (a directory on the class path stops the recording): the probe's
# two classes go in a jar of their own.
jar cf "$work/start-probe.jar" -C $t/test-classes 'com/suanli/desk/ui/StartProbe.class' \
    -C $t/test-classes 'com/suanli/desk/ui/StartProbe$Step.class'
command -v openbox >/dev/null && { openbox >/dev/null 2>&1 & sleep 1; }
probe() {
    echo "== $1 (load average $(cut -d' ' -f1-3 /proc/loadavg))"; shift
    java -XX:+UseZGC -Xlog:cds=off "$@" --module-path $t/javafx --add-modules javafx.controls -Duser.home="$work/home" \
        -cp "$t/desktop-0.1.0-SNAPSHOT.jar:$t/lib/*:$work/start-probe.jar" com.suanli.desk.ui.StartProbe --db "$db" 2>&1 \
        | grep '^start-probe:'
}
db=$work/new; probe "brand-new database, first start (recording the archive)" -XX:ArchiveClassesAtExit="$work/desk.jsa"
probe "the same database, second start, with the archive" -XX:SharedArchiveFile="$work/desk.jsa"
db=$work/existing; probe "existing database, with the archive" -XX:SharedArchiveFile="$work/desk.jsa"
db=$work/again; probe "existing database, without the archive"
