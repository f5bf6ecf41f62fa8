#!/bin/bash
# Start to a usable window, as docs/BENCHMARKS.md ("Workstation: start to a usable window") measures it: StartProbe
# runs the desk's own main, with the java ./desk picks and the window's options (desktop/src/jvm/java.sh: a JDK 25 or
# newer when there is one, else the java on the PATH; SUANLI_DESK_JAVA chooses; desk.args, then window.args), and
# prints when each step is seen and the CPU used by then.
#   ./mvnw -o -q -B -DskipTests -pl desktop -am package && ./mvnw -o -q -B -pl desktop -am test-compile
#   xvfb-run -a -s "-screen 0 1600x1000x24" docs/examples/start-probe.sh EXISTING.mv.db [WORK-DIR]
# on a day the exchange trades, in Shanghai (a brand-new desk quotes nothing on a weekend and never becomes usable):
# otherwise under faketime as docs/examples/start-classlist.sh says, its offset checked with
# `TZ=Asia/Shanghai faketime -f OFFSET date`.
# from the repository. Each run in a fresh JVM, on copies in WORK-DIR (default /tmp/start-probe), with what ./desk
# makes after a build: the class data sharing archive (desktop/target/desk-start.jsa, made here by `./desk help` if
# absent: on JDK 17 from desk-start.classlist, on JDK 25 from desk-start-25.classlist), and on JDK 25 the AOT cache
# (desktop/target/desk-start.aot, trained here if absent by the second session of ./desk after the build, as a user's
# second start trains it: a first session of a few seconds on the archive, then one on a brand-new database in
# WORK-DIR, stopped after TRAIN_SECONDS, default 60, as a user's quit):
#   1. a brand-new database, first start (what a new user gets from the first `./desk`);
#   2. the same database, second start;
#   3. a copy of EXISTING.mv.db (a desk database with a recorded session);
#   4. another copy of it without the archive or cache (the comparison: a JVM that cannot use it).
# On JDK 25 without a trained cache, 1 to 3 run first with the archive (the starts before the cache: the first after a
# build), and then with the cache once trained.
set -euo pipefail
existing=$1; work=${2:-/tmp/start-probe}
t=desktop/target
rm -rf "$work"; mkdir -p "$work/home"
cp "$existing" "$work/existing.mv.db"; cp "$existing" "$work/again.mv.db"
# The probe's two classes go in a jar of their own, after the class path the archive was made for (class data
# sharing archives from jars; a directory there stopped the recording of the archive it used before).
jar cf "$work/start-probe.jar" -C $t/test-classes 'com/suanli/desk/ui/StartProbe.class' \
    -C $t/test-classes 'com/suanli/desk/ui/StartProbe$Step.class'
. desktop/src/jvm/java.sh
desk_java_pick .
command -v openbox >/dev/null && { openbox >/dev/null 2>&1 & sleep 1; }
probe() {
    echo "== $1 (load average $(cut -d' ' -f1-3 /proc/loadavg))"; shift
    "$desk_java" "${desk_java_args[@]}" @desktop/src/jvm/window.args -Xlog:cds=off "$@" --module-path $t/javafx \
        --add-modules javafx.controls -Duser.home="$work/home" \
        -cp "$t/desktop-0.1.0-SNAPSHOT.jar:$t/lib/*:$work/start-probe.jar" com.suanli.desk.ui.StartProbe --db "$db" 2>&1 \
        | grep '^start-probe:'
}
if ((desk_java_feature >= 25)); then
    archive=$t/desk-start.aot
    # ./desk drops a cache older than the jar, the libraries or the options (a JVM refuses one without a word) and,
    # with none, makes the archive the starts before it map.
    ./desk help >/dev/null
    if [[ ! -f $archive ]]; then
        before=(-XX:SharedArchiveFile=$t/desk-start.jsa -Xlog:aot=off)
        echo "java: $desk_java (JDK $desk_java_feature), desk-start.jsa: the starts before a session trained the cache"
        cp "$existing" "$work/existing-first.mv.db"
        db=$work/first; probe "brand-new database, first start, with the archive" "${before[@]}"
        probe "the same database, second start, with the archive" "${before[@]}"
        db=$work/existing-first; probe "existing database, with the archive" "${before[@]}"
        echo "== training the AOT cache: ./desk --db $work/first-session for 5 s (the first session, on the archive)," \
            "then ./desk --db $work/train for ${TRAIN_SECONDS:-60} s (the second, which trains)"
        ./desk --db "$work/first-session" >"$work/first.log" 2>&1 &
        sleep 5; kill -TERM $!; wait $! || true
        ./desk --db "$work/train" >"$work/train.log" 2>&1 &
        sleep "${TRAIN_SECONDS:-60}"; kill -TERM $!; wait $! || true
    fi
    use=(-XX:AOTCache="$archive" -Xlog:aot=off)
else
    archive=$t/desk-start.jsa
    # Always: ./desk makes the archive again when another java made it (the JDK 25 desk's archive, which a JDK 17
    # refuses without a word) or the build changed.
    ./desk help >/dev/null
    use=(-XX:SharedArchiveFile="$archive")
fi
echo "java: $desk_java (JDK $desk_java_feature), ${archive##*/}"
db=$work/new; probe "brand-new database, first start, with the archive" "${use[@]}"
probe "the same database, second start, with the archive" "${use[@]}"
db=$work/existing; probe "existing database, with the archive" "${use[@]}"
db=$work/again; probe "existing database, without the archive"
