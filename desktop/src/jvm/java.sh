# The java the desk runs on, for ./desk and the probes that measure it (docs/examples/start-probe.sh, pulse-probe.sh,
# start-classlist.sh): sourced, it defines desk_java_pick. The project builds and tests on JDK 17 (--release 17); a
# JDK 25 or newer, when the machine has one, runs the workstation with an AOT cache (JEP 483 classes loaded and linked
# ahead of time, JEP 515 method profiles, JEP 514's -XX:AOTCacheOutput): a start to a usable window in about two
# thirds of JDK 17's CPU with its class data sharing archive (docs/BENCHMARKS.md, "Workstation: start to a usable
# window", branch aot25). Reading a JDK's release file costs nothing at start; running java -version would.

# desk_java_pick ROOT sets desk_java (the java binary), desk_java_feature (its feature release, e.g. 17 or 25) and
# desk_java_args (the argument files of every desk JVM on that release). The first of these that is there wins:
#   $SUANLI_DESK_JAVA, a java binary or a JDK's home: the user's choice, taken whatever its release (17 included);
#   a JDK 25 or newer: $JAVA_HOME's, the java on the PATH, then the newest under /usr/lib/jvm (or the directories of
#   JDKs that $SUANLI_DESK_JDKS lists, separated by colons);
#   the java on the PATH (JDK 17 to 24: class data sharing from desktop/src/cds/desk-start.classlist).
desk_java_pick() {
    local root=$1 candidate feature
    desk_java='' desk_java_feature=0
    if [[ -n ${SUANLI_DESK_JAVA:-} ]]; then
        candidate=$SUANLI_DESK_JAVA
        [[ -d $candidate ]] && candidate=$candidate/bin/java
        if [[ ! -x $candidate ]]; then
            echo "desk: SUANLI_DESK_JAVA=$SUANLI_DESK_JAVA is not a java binary nor a JDK's home" >&2
            return 1
        fi
        desk_java=$candidate desk_java_feature=$(desk_java_feature_of "$candidate")
    else
        local installed=() dir
        IFS=: read -ra installed <<<"${SUANLI_DESK_JDKS:-/usr/lib/jvm}"
        for dir in "${installed[@]}"; do installed+=("$dir"/*/bin/java); done
        for candidate in ${JAVA_HOME:+"$JAVA_HOME/bin/java"} "$(command -v java || true)" \
            $(printf '%s\n' "${installed[@]}" | grep '/bin/java$' | sort -rV); do
            [[ -x $candidate ]] || continue
            feature=$(desk_java_feature_of "$candidate")
            if ((feature >= 25)); then
                desk_java=$candidate desk_java_feature=$feature
                break
            fi
        done
        if [[ -z $desk_java ]]; then
            desk_java=$(command -v java || true)
            if [[ -z $desk_java ]]; then
                echo "desk: no java found (a JDK 17 or newer on the PATH, or SUANLI_DESK_JAVA)" >&2
                return 1
            fi
            desk_java_feature=$(desk_java_feature_of "$desk_java")
        fi
    fi
    desk_java_args=("@$root/desktop/src/jvm/desk.args")
    if ((desk_java_feature >= 25)); then
        desk_java_args+=("@$root/desktop/src/jvm/desk-25.args")
    fi
}

# The feature release of a java binary: from its JDK's release file (JAVA_VERSION="25.0.3", "17.0.15", "1.8.0_412"),
# else from java -version, else 0.
desk_java_feature_of() {
    local home version
    home=$(dirname "$(dirname "$(readlink -f "$1")")")
    version=$(sed -n 's/^JAVA_VERSION="\(.*\)"$/\1/p' "$home/release" 2>/dev/null)
    [[ -n $version ]] || version=$("$1" -version 2>&1 | sed -n 's/.* version "\([^"]*\)".*/\1/p' | head -1)
    version=${version#1.}
    version=${version%%[!0-9]*}
    echo "${version:-0}"
}

# desk_everyday_start ARGS: whether these are the arguments of the trader's everyday start, none or only --db PATH,
# which DeskCli opens at once without parsing (the window, nothing else): the session that trains the AOT cache.
desk_everyday_start() {
    [[ $# -eq 0 || ( $# -eq 2 && $1 == --db && -n $2 && $2 != -* ) || ( $# -eq 1 && $1 == --db=?* ) ]]
}
