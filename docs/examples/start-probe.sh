#!/bin/bash
# Start to a usable window, as docs/BENCHMARKS.md ("Workstation: start to a usable window") measures it: StartProbe
# runs the desk's own main, with java as ./desk runs it (its collector and JIT options, desktop/src/jvm/desk.args),
# and prints when each step is seen and the CPU used by then.
#   ./mvnw -o -q -B -DskipTests -pl desktop -am package && ./mvnw -o -q -B -pl desktop -am test-compile
#   xvfb-run -a -s "-screen 0 1600x1000x24" docs/examples/start-probe.sh EXISTING.mv.db [WORK-DIR]
# from the repository. Four runs, each in a fresh JVM, on copies in WORK-DIR (default /tmp/start-probe), with the class
# data sharing archive ./desk makes after a build (desktop/target/desk-start.jsa, made here by `./desk help` if absent):
#   1. a brand-new database, first start (what a new user gets from the first `./desk`);
#   2. the same database, second start;
#   3. a copy of EXISTING.mv.db (a desk database with a recorded session);
#   4. another copy of it without the archive (the comparison: a JVM that cannot use it).
set -euo pipefail
existing=$1; work=${2:-/tmp/start-probe}
t=desktop/target
rm -rf "$work"; mkdir -p "$work/home"
cp "$existing" "$work/existing.mv.db"; cp "$existing" "$work/again.mv.db"
# The probe's two classes go in a jar of their own, after the class path the archive was made for (class data
# sharing archives from jars; a directory there stopped the recording of the archive it used before).
jar cf "$work/start-probe.jar" -C $t/test-classes 'com/suanli/desk/ui/StartProbe.class' \
    -C $t/test-classes 'com/suanli/desk/ui/StartProbe$Step.class'
archive=$t/desk-start.jsa
[[ -f $archive ]] || ./desk help >/dev/null
command -v openbox >/dev/null && { openbox >/dev/null 2>&1 & sleep 1; }
probe() {
    echo "== $1 (load average $(cut -d' ' -f1-3 /proc/loadavg))"; shift
    java @desktop/src/jvm/desk.args -Xlog:cds=off "$@" --module-path $t/javafx \
        --add-modules javafx.controls -Duser.home="$work/home" \
        -cp "$t/desktop-0.1.0-SNAPSHOT.jar:$t/lib/*:$work/start-probe.jar" com.suanli.desk.ui.StartProbe --db "$db" 2>&1 \
        | grep '^start-probe:'
}
db=$work/new; probe "brand-new database, first start, with the archive" -XX:SharedArchiveFile="$archive"
probe "the same database, second start, with the archive" -XX:SharedArchiveFile="$archive"
db=$work/existing; probe "existing database, with the archive" -XX:SharedArchiveFile="$archive"
db=$work/again; probe "existing database, without the archive"
