#!/usr/bin/env bash
# pgjsonload benchmark (issues 3 and 8): pgjsonload against server-side COPY (one and N connections,
# "the ceiling") and psql \copy, on generated data and on real data (GitHub events), with row-count +
# checksum checks after every run; pgjsonload by default (one-line records as read, pretty-printed
# ones compact, or canonical to a server elsewhere) and with --raw (records sent as read).
#
#   bench/run.sh [--quick | --size 100M|500M|1G|2G] [--only LIST] [--memory] [--dsn DSN] ...
#
# Run "bench/run.sh --help" for all options. Data is generated once into bench/data/ and reused;
# the server, logs and scratch files live in bench/work/ (both gitignored). Results are printed and
# appended to bench/RESULTS.md. Targets are reported, never asserted: the exit status is non-zero
# only when something failed or loaded wrong data.
set -euo pipefail
export LC_ALL=C            # decimal points and sort order must not depend on the caller's locale
umask 022                  # data files must stay readable by the "postgres" user (server-side COPY)

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$BENCH_DIR/.." && pwd)
BIN_DIR=${PJL_BIN_DIR:-$ROOT/build/bin}
LOADER=$BIN_DIR/pgjsonload
DATAGEN=$BIN_DIR/pgjsonload-datagen
DATA_ROOT=$BENCH_DIR/data
WORK=$BENCH_DIR/work
RESULTS_MD=$BENCH_DIR/RESULTS.md
# Real data (issue 8): 198,024 GitHub events of 2015, one pretty-printed JSON array; SOURCE.md next
# to it gives the byte size, the record count and the table's checksum after a load.
GITHUB_GZ=$ROOT/../shared/testdata/realworld/github-events/github_events_2015.json.gz
GITHUB_SOURCE_MD=$(dirname "$GITHUB_GZ")/SOURCE.md
PGSERVER=$ROOT/tests/pgserver.sh
TABLE=t
TABLE_MARK='pgjsonload bench table'   # COMMENT ON TABLE: we only ever drop a table carrying it
# The exact command line, quoted only where the shell needs it.
COMMAND_LINE="bench/run.sh"
for arg in "$@"; do
    if [[ $arg =~ ^[A-Za-z0-9_./,=:+-]+$ ]]; then COMMAND_LINE+=" $arg"; else COMMAND_LINE+=" $(printf %q "$arg")"; fi
done

# ---------------------------------------------------------------------------------------------
# Options
# ---------------------------------------------------------------------------------------------
usage() {
    cat <<'EOF'
Usage: bench/run.sh [options]

  --size 100M|500M|1G|2G  size of the large file (default 500M; any N[MG] works; 1024-based)
  --quick                 same as --size 100M
  --only LIST             comma list of cases and/or approaches to run (default: all):
                            cases:      ndjson, broken, gz, small, github, memory
                                        (github = K copies of real GitHub events, see
                                        --github-copies; memory only when asked for)
                            approaches: copy1 (server-side COPY, 1 connection),
                                        copyN (server-side COPY, N connections = the ceiling),
                                        psql (psql \copy), pgjsonload (default settings),
                                        raw (pgjsonload --raw; ndjson and github cases only)
                          e.g. --only ndjson,pgjsonload  or  --only small  or  --only github
  --github-copies K       the github case loads K copies of the 34 MB file (default 8): K files
                          for pgjsonload, their NDJSON equivalent for COPY and psql
  --memory                add pgjsonload runs for peak RSS: a 2G NDJSON file (implied by --size 2G)
                          and the large file's records 50 to a record (~20 KB each, wide.ndjson),
                          with the ceiling (copyN) for the wide records too
  --dsn DSN               use this server instead of starting one in bench/work/pg; server-side
                          COPY then needs the server to read bench/data, and server CPU is only
                          measured when the server runs on this machine
  --conns N               connections for the ceiling (default: nproc = the local server's cores)
  --small-files N         number of small files (default 10000 at 500M, scaled with --size)
  --seed S                datagen seed (default 1)
  --repeat K              run everything K times, report the median run (default 1)
  --loader-args "ARGS"    extra pgjsonload arguments for experiments, split at blanks
                          (e.g. "--workers 4 --chunk 50000")
  --loader-pgoptions STR  PGOPTIONS for pgjsonload only (e.g. "-c synchronous_commit=off")
  --quiet-wait SECONDS    before each run wait up to this long for the machine to be idle (other
                          processes < 0.3 CPU for 2 s in a row; default 60, 0 = do not wait)
  --max-other F           repeat a run when other processes used more than this share of the
                          machine's CPU during it (default 0.15); the least disturbed attempt counts
  --retries N             at most this many repetitions per run (default 2; 0 = never repeat)
  --nice N                niceness of the server and the clients (default -5 as root, so that other
                          work on a shared machine disturbs less; 0 = leave as is)
  --note TEXT             a remark stored with the results
  --build                 build the binaries first (cmake --build build)
  --no-results            do not append to bench/RESULTS.md
  --help
EOF
}

die() { echo "bench: error: $*" >&2; exit 1; }
say() { echo "bench: $*" >&2; }

SIZE=500M
ONLY=""
MEMORY=0
DSN=""
CONNS=$(nproc)
SMALL_FILES=""
SEED=1
REPEAT=1
LOADER_ARGS=""
LOADER_PGOPTIONS=""
NOTE=""
QUIET_WAIT=60
MAX_OTHER=0.15
RETRIES=2
NICE=0
[ "$(id -u)" = 0 ] && NICE=-5
BUILD=0
WRITE_RESULTS=1
GITHUB_COPIES=8

while [ $# -gt 0 ]; do
    opt=$1
    case "$opt" in
    --*=*) set -- "${opt%%=*}" "${opt#*=}" "${@:2}"; continue ;;
    esac
    need() { [ $# -ge 2 ] || die "$1 needs a value (see --help)"; }
    case "$opt" in
    --size) need "$@"; SIZE=$2; shift 2 ;;
    --quick) SIZE=100M; shift ;;
    --only) need "$@"; ONLY=$2; shift 2 ;;
    --memory) MEMORY=1; shift ;;
    --dsn) need "$@"; DSN=$2; shift 2 ;;
    --conns) need "$@"; CONNS=$2; shift 2 ;;
    --small-files) need "$@"; SMALL_FILES=$2; shift 2 ;;
    --seed) need "$@"; SEED=$2; shift 2 ;;
    --repeat) need "$@"; REPEAT=$2; shift 2 ;;
    --loader-args) need "$@"; LOADER_ARGS=$2; shift 2 ;;
    --loader-pgoptions) need "$@"; LOADER_PGOPTIONS=$2; shift 2 ;;
    --note) need "$@"; NOTE=$2; shift 2 ;;
    --quiet-wait) need "$@"; QUIET_WAIT=$2; shift 2 ;;
    --nice) need "$@"; NICE=$2; shift 2 ;;
    --max-other) need "$@"; MAX_OTHER=$2; shift 2 ;;
    --retries) need "$@"; RETRIES=$2; shift 2 ;;
    --github-copies) need "$@"; GITHUB_COPIES=$2; shift 2 ;;
    --build) BUILD=1; shift ;;
    --no-results) WRITE_RESULTS=0; shift ;;
    -h | --help) usage; exit 0 ;;
    *) usage >&2; die "unknown argument '$opt'" ;;
    esac
done

SIZE=${SIZE^^}
[[ $SIZE =~ ^[1-9][0-9]*[MG]$ ]] || die "--size must look like 100M, 500M, 1G or 2G (got '$SIZE')"
[[ $CONNS =~ ^[1-9][0-9]*$ ]] || die "--conns must be a positive number"
[[ $SEED =~ ^[0-9]+$ ]] || die "--seed must be a number"
[[ $REPEAT =~ ^[1-9][0-9]*$ ]] || die "--repeat must be a positive number"
[[ $QUIET_WAIT =~ ^[0-9]+$ ]] || die "--quiet-wait must be a number of seconds"
[[ $NICE =~ ^-?[0-9]+$ ]] || die "--nice must be a number"
[[ $MAX_OTHER =~ ^[0-9]*\.?[0-9]+$ ]] || die "--max-other must be a fraction like 0.1"
[[ $RETRIES =~ ^[0-9]+$ ]] || die "--retries must be a number"
[[ $GITHUB_COPIES =~ ^[1-9][0-9]*$ ]] || die "--github-copies must be a positive number"
[ -z "$SMALL_FILES" ] || [[ $SMALL_FILES =~ ^[1-9][0-9]*$ ]] || die "--small-files must be a positive number"

# Size in bytes, the way pgjsonload-datagen reads --bytes (1024-based).
size_bytes() {
    local n=${1%[MG]}
    case "$1" in *M) echo $((n << 20)) ;; *G) echo $((n << 30)) ;; esac
}
SIZE_BYTES=$(size_bytes "$SIZE")
[ "$SIZE" = 2G ] && MEMORY=1

# The small files keep the issue's shape (20-100 records, ~24 KB each): the per-file overhead, which
# is what this case measures, depends on the size of a file, not on how many there are. Their number
# is 10,000 at the default 500M and scales with --size so that a quick run stays quick.
if [ -z "$SMALL_FILES" ]; then
    SMALL_FILES=$((10000 * SIZE_BYTES / (500 << 20)))
    [ "$SMALL_FILES" -ge 100 ] || SMALL_FILES=100
fi

# --only: split into cases and approaches; an empty group means "all of that group".
ALL_CASES="ndjson broken gz small github"
ALL_APPROACHES="copy1 copyN psql pgjsonload raw"
CASES=""
APPROACHES=""
GITHUB_ASKED=0             # the github case was named in --only (not just implied by "all")
for token in ${ONLY//,/ }; do
    case "$token" in
    ndjson | broken | gz | small | memory) CASES="$CASES $token" ;;
    github) CASES="$CASES $token" GITHUB_ASKED=1 ;;
    copy1 | psql | pgjsonload | raw) APPROACHES="$APPROACHES $token" ;;
    copyN | copyn | ceiling) APPROACHES="$APPROACHES copyN" ;;
    pgjsonload-raw | --raw) APPROACHES="$APPROACHES raw" ;;
    *) die "--only: unknown case or approach '$token' (cases: $ALL_CASES memory; approaches: $ALL_APPROACHES)" ;;
    esac
done
if [ -z "$CASES" ]; then
    CASES=$ALL_CASES
    [ "$MEMORY" = 1 ] && CASES="$CASES memory"
fi
[ -n "$APPROACHES" ] || APPROACHES=$ALL_APPROACHES
has_case() { [[ " $CASES " == *" $1 "* ]]; }
has_approach() { [[ " $APPROACHES " == *" $1 "* ]]; }
# At --size 2G the NDJSON pgjsonload run already is the 2 GB memory run.
if has_case memory && [ "$SIZE" = 2G ] && has_case ndjson && has_approach pgjsonload; then
    CASES=${CASES/memory/}
fi

# ---------------------------------------------------------------------------------------------
# Small helpers
# ---------------------------------------------------------------------------------------------
calc() { awk "BEGIN { printf \"%s\", $* }"; }           # float arithmetic: calc "1/3"
fmt() { awk -v v="$2" "BEGIN { printf \"$1\", v }"; }   # fmt %.2f 3.14159

# psql against the benchmark server: no psqlrc, stop at the first error, terse output.
pg() { PGAPPNAME=${PGAPPNAME:-bench-control} psql "$DSN" -X -q -v ON_ERROR_STOP=1 "$@"; }
pg_value() { pg -At -c "$1"; }

CLK_TCK=$(getconf CLK_TCK)

# Server CPU in clock ticks: the postmaster and its live children (backends, checkpointer, WAL
# writer, autovacuum ...), plus the postmaster's cutime/cstime, which holds the CPU of children
# that already exited -- the backends of a finished load exit before we can look at them.
# Prints "total background": background = the long-lived auxiliary processes (checkpointer, WAL
# writer, background writer, launchers) listed in AUX_PIDS, so that backends = total - background.
SERVER_PM=""
AUX_PIDS=""
server_cpu_ticks() {
    [ -n "$SERVER_PM" ] || return 0
    { cat /proc/[0-9]*/stat 2>/dev/null || true; } | awk -v pm="$SERVER_PM" -v aux=" $AUX_PIDS " '
        { pid = $1; line = $0; sub(/^.*\) /, "", line); split(line, f, " ")
          # f[2] = ppid, f[12..15] = utime stime cutime cstime (fields 4, 14-17 of proc(5))
          if (pid == pm) total += f[12] + f[13] + f[14] + f[15]
          else if (f[2] == pm) { total += f[12] + f[13]; if (index(aux, " " pid " ")) bg += f[12] + f[13] } }
        END { printf "%d %d\n", total, bg }'
}

# Whole-machine CPU from /proc/stat: "busy steal" in clock ticks. Other engineers' builds and tests
# share this machine; busy minus loader minus server shows how much they disturbed a run.
machine_ticks() {
    awk '/^cpu / { printf "%d %d\n", $2 + $3 + $4 + $7 + $8, $9; exit }' /proc/stat
}

# The machine is shared: wait (bounded) until nothing else uses more than 0.3 CPU for two
# consecutive seconds, so that a run does not compete with someone's build for the 2 cores.
wait_for_quiet() {
    [ "$QUIET_WAIT" -gt 0 ] || return 0
    local start=$SECONDS quiet=0 m0 m1 s0 s1 other
    while [ $((SECONDS - start)) -lt "$QUIET_WAIT" ]; do
        m0=$(machine_ticks) s0=$(server_cpu_ticks) s0=${s0:-0}
        sleep 1
        m1=$(machine_ticks) s1=$(server_cpu_ticks) s1=${s1:-0}
        other=$(( (${m1% *} - ${m0% *}) - (${s1%% *} - ${s0%% *}) ))
        if [ "$other" -lt $((CLK_TCK * 3 / 10)) ]; then
            quiet=$((quiet + 1))
            [ "$quiet" -lt 2 ] || return 0
        else
            quiet=0
        fi
    done
    say "the machine stayed busy for ${QUIET_WAIT}s (other processes); running anyway"
}

# ---------------------------------------------------------------------------------------------
# Prerequisites
# ---------------------------------------------------------------------------------------------
TIME_NOTE=""
check_tools() {
    if [ ! -x /usr/bin/time ]; then
        # GNU time gives the loader's peak RSS and CPU; Debian ships it as a separate package.
        [ "$(id -u)" = 0 ] || die "/usr/bin/time is missing: apt-get install time"
        say "installing GNU time (apt-get install -y time)"
        apt-get install -y time >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y time >/dev/null; } ||
            die "could not install the Debian package 'time'"
        TIME_NOTE="GNU time was installed by this run (apt-get install -y time)."
    fi
    command -v psql >/dev/null || die "psql not found (apt-get install postgresql-client)"
    command -v split >/dev/null || die "split (coreutils) not found"
    if [ "$BUILD" = 1 ]; then
        say "building ..."
        if ! { cmake -S "$ROOT" -B "$ROOT/build" -DPJL_BUILD_GUI=OFF >/dev/null &&
            cmake --build "$ROOT/build" -j"$(nproc)" >/dev/null; }; then
            die "build failed (someone mid-edit? retry in a minute)"
        fi
    fi
    [ -x "$LOADER" ] || die "$LOADER not found; build first: cmake -S $ROOT -B $ROOT/build -DPJL_BUILD_GUI=OFF && cmake --build $ROOT/build -j2"
    [ -x "$DATAGEN" ] || die "$DATAGEN not found; build first (see above)"
    # Others rebuild build/bin while we run: every run must use the same binary, so take a copy.
    mkdir -p "$WORK/bin"
    LOADER_BUILT=$(date -r "$LOADER" '+%Y-%m-%d %H:%M')
    cp "$LOADER" "$WORK/bin/pgjsonload.tmp" && mv "$WORK/bin/pgjsonload.tmp" "$WORK/bin/pgjsonload"
    LOADER=$WORK/bin/pgjsonload
    LOADER_MD5=$(md5sum "$LOADER" | cut -c1-12)
    # --raw (issue 8) exists only in newer builds: without it the raw runs are skipped, not failed.
    # (The help text goes to a variable first: grep -q in a pipe could SIGPIPE the loader.)
    local help
    help=$("$LOADER" load --help 2>&1) || true
    [[ $help != *--raw* ]] || LOADER_HAS_RAW=1
    if has_approach raw && [ "$LOADER_HAS_RAW" = 0 ]; then
        RAW_NOTE="pgjsonload --raw runs skipped: this loader binary (md5 $LOADER_MD5) has no --raw option"
        say "$RAW_NOTE"
        APPROACHES=${APPROACHES/raw/}
        [ -n "${APPROACHES// /}" ] || die "$RAW_NOTE, and --only named no other approach"
    fi
}
RAW_NOTE=""
LOADER_HAS_RAW=0

# ---------------------------------------------------------------------------------------------
# Data: generated once per (seed, size) into bench/data/events-s<seed>-<size>/ and reused.
# Every artefact is written under a temporary name and renamed when complete, so an interrupted
# generation is redone rather than reused. meta.env records record counts and byte sizes.
# ---------------------------------------------------------------------------------------------
meta_set() { # dataset-dir key value
    local f=$1/meta.env
    { grep -v "^$2=" "$f" 2>/dev/null || true; echo "$2=$3"; } >"$f.tmp" && mv "$f.tmp" "$f"
}
meta_get() { # dataset-dir key
    local v
    v=$(grep "^$2=" "$1/meta.env" 2>/dev/null | tail -n 1 | cut -d= -f2-) || true
    [ -n "$v" ] || die "internal: $2 missing in $1/meta.env"
    echo "$v"
}

# What datagen writes for this seed; if the generator's output changed, cached data is stale.
datagen_fingerprint() {
    local tmp=$WORK/tmp/fingerprint
    rm -rf "$tmp"
    {
        "$DATAGEN" --kind events --records 200 --seed "$SEED" 2>/dev/null
        "$DATAGEN" --kind events --files 3 --seed "$SEED" --out "$tmp" 2>/dev/null
        cat "$tmp"/*
    } | md5sum | cut -c1-32
    rm -rf "$tmp"
}

dataset_dir() { # size -> directory, (re)created when missing or stale
    local dir=$DATA_ROOT/events-s$SEED-$1 fp
    fp=$(datagen_fingerprint)
    if [ -d "$dir" ] && [ "$(cat "$dir/fingerprint" 2>/dev/null)" != "$fp" ]; then
        say "datagen output changed since $dir was generated: regenerating"
        rm -rf "$dir"
    fi
    mkdir -p "$dir"
    echo "$fp" >"$dir/fingerprint"
    echo "$dir"
}

# Runs datagen and prints "records bytes" summed over its per-file report lines.
datagen_run() {
    local log=$WORK/tmp/datagen.log
    "$DATAGEN" --kind events --seed "$SEED" "$@" 2>"$log" || { cat "$log" >&2; die "pgjsonload-datagen $* failed"; }
    awk '$3 == "records" { r += $2; b += $4 } END { printf "%d %d\n", r, b }' "$log"
}

ensure_large() { # dir size-bytes: the large NDJSON file
    local dir=$1 out
    [ -f "$dir/large.ndjson" ] && return 0
    say "generating $dir/large.ndjson ($SIZE) ..."
    out=$(datagen_run --framing ndjson --bytes "$2" --out "$dir/large.ndjson.tmp")
    meta_set "$dir" large_records "${out% *}"
    meta_set "$dir" large_bytes "${out#* }"
    mv "$dir/large.ndjson.tmp" "$dir/large.ndjson"
}

ensure_wide() { # dir: the large file's records 50 to a record ({"events":[...]}, ~20 KB each), for
    # peak RSS with wide records: a batch then is cut by bytes (chunk_mb), not by rows
    local dir=$1
    [ -f "$dir/wide.ndjson" ] && return 0
    say "generating $dir/wide.ndjson (50 records to a line) ..."
    awk '{ buf = buf (n ? "," : "") $0 } ++n == 50 { print "{\"events\":[" buf "]}"; buf = ""; n = 0 }
         END { if (n) print "{\"events\":[" buf "]}" }' "$dir/large.ndjson" >"$dir/wide.ndjson.tmp"
    meta_set "$dir" wide_records "$(wc -l <"$dir/wide.ndjson.tmp")"
    meta_set "$dir" wide_bytes "$(stat -c %s "$dir/wide.ndjson.tmp")"
    mv "$dir/wide.ndjson.tmp" "$dir/wide.ndjson"
}

ensure_broken() { # the same records as an unclosed array ("[r1,\nr2,\n..."), what the old tool wrote
    local dir=$1 n out
    [ -f "$dir/large.json" ] && return 0
    n=$(meta_get "$dir" large_records)
    say "generating $dir/large.json (broken array, $n records) ..."
    out=$(datagen_run --framing broken --records "$n" --out "$dir/large.json.tmp")
    [ "${out% *}" = "$n" ] || die "broken-array file has ${out% *} records, expected $n"
    meta_set "$dir" broken_bytes "${out#* }"
    mv "$dir/large.json.tmp" "$dir/large.json"
}

ensure_gz() { # the same records gzip-compressed; checked to decompress to large.ndjson exactly
    local dir=$1 n
    [ -f "$dir/large.ndjson.gz" ] && return 0
    n=$(meta_get "$dir" large_records)
    say "generating $dir/large.ndjson.gz ..."
    datagen_run --framing ndjson --records "$n" --gzip --out "$dir/large.ndjson.gz.tmp" >/dev/null
    gzip -dc "$dir/large.ndjson.gz.tmp" | cmp -s - "$dir/large.ndjson" ||
        die "large.ndjson.gz does not decompress to large.ndjson (datagen not deterministic?)"
    meta_set "$dir" gz_bytes "$(stat -c %s "$dir/large.ndjson.gz.tmp")"
    mv "$dir/large.ndjson.gz.tmp" "$dir/large.ndjson.gz"
}

ensure_small() { # dir: SMALL_FILES NDJSON files of 20-100 records, and their concatenation
    local dir=$1 name=small-$SMALL_FILES out
    if [ ! -d "$dir/$name" ]; then
        say "generating $SMALL_FILES small files into $dir/$name/ ..."
        rm -rf "$dir/$name.tmp"
        out=$(datagen_run --framing ndjson --files "$SMALL_FILES" --min-records 20 --max-records 100 --out "$dir/$name.tmp")
        meta_set "$dir" "${name//-/_}_records" "${out% *}"
        meta_set "$dir" "${name//-/_}_bytes" "${out#* }"
        mv "$dir/$name.tmp" "$dir/$name"
        rm -f "$dir/$name-all.ndjson"
    fi
    # The NDJSON equivalent for server-side COPY and psql: the files concatenated in name order.
    if [ ! -f "$dir/$name-all.ndjson" ]; then
        find "$dir/$name" -maxdepth 1 -name '*.ndjson' -print0 | sort -z | xargs -0 cat >"$dir/$name-all.ndjson.tmp"
        [ "$(stat -c %s "$dir/$name-all.ndjson.tmp")" = "$(meta_get "$dir" "${name//-/_}_bytes")" ] ||
            die "concatenated small files have an unexpected size"
        mv "$dir/$name-all.ndjson.tmp" "$dir/$name-all.ndjson"
    fi
}

ensure_slices() { # file n: n line-aligned slices of an NDJSON file, for the N-connection ceiling
    local file=$1 n=$2 sdir
    sdir=$(dirname "$file")/slices-$n/$(basename "$file" .ndjson)
    if [ ! -d "$sdir" ]; then
        rm -rf "$sdir.tmp" && mkdir -p "$sdir.tmp"
        split -n "l/$n" -d -a 3 "$file" "$sdir.tmp/part."
        [ "$(cat "$sdir.tmp"/part.* | wc -c)" = "$(stat -c %s "$file")" ] || die "slicing $file lost bytes"
        mv "$sdir.tmp" "$sdir"
    fi
    echo "$sdir"
}

# ---------------------------------------------------------------------------------------------
# Real data (issue 8): K copies of the GitHub events, prepared once into bench/data/github-K/:
#   files/events-1.json ... events-K.json  the unpacked original, byte for byte (what pgjsonload
#                                          reads: K pretty-printed arrays, as a user has them)
#   all.ndjson                             the same records K times as NDJSON (server-side COPY,
#                                          psql \copy; and the reference checksum)
# all.ndjson is the original with the whitespace between tokens removed, one record per line: keys
# in the original order, strings and numbers with their original text. python3's json module splits
# the records; its compact output is used only if it is exactly that (checked on every preparation).
# ---------------------------------------------------------------------------------------------
source_md_value() { # sed-script: the first value it prints from SOURCE.md, thousands separators removed
    { sed -n "$1" "$GITHUB_SOURCE_MD" 2>/dev/null || true; } | head -n 1 | tr -d ,
}

github_dir() { # -> bench/data/github-K, emptied when the source file changed
    local gdir=$DATA_ROOT/github-$GITHUB_COPIES src
    src=$(md5sum <"$GITHUB_GZ" | cut -c1-32)
    if [ -d "$gdir" ] && [ "$(cat "$gdir/source" 2>/dev/null)" != "$src" ]; then
        say "$(basename "$GITHUB_GZ") changed since $gdir was prepared: preparing it again"
        rm -rf "$gdir"
    fi
    mkdir -p "$gdir"
    echo "$src" >"$gdir/source"
    echo "$gdir"
}

ensure_github() { # gdir
    local gdir=$1 k=$GITHUB_COPIES i bytes want records one
    if [ ! -d "$gdir/files" ]; then
        say "unpacking $k copies of $(basename "$GITHUB_GZ") into $gdir/files/ ..."
        rm -rf "$gdir/files.tmp" && mkdir -p "$gdir/files.tmp"
        gzip -dc "$GITHUB_GZ" >"$gdir/files.tmp/events-1.json" || die "could not unpack $GITHUB_GZ"
        bytes=$(stat -c %s "$gdir/files.tmp/events-1.json")
        want=$(source_md_value 's/.*(gzip of the original bytes, \([0-9,]*\) bytes unpacked).*/\1/p')
        [ -z "$want" ] || [ "$bytes" = "$want" ] || die "$GITHUB_GZ unpacks to $bytes bytes; SOURCE.md says $want"
        for i in $(seq 2 "$k"); do
            cp "$gdir/files.tmp/events-1.json" "$gdir/files.tmp/events-$i.json"
        done
        meta_set "$gdir" github_pretty_bytes "$bytes"
        mv "$gdir/files.tmp" "$gdir/files"
        rm -f "$gdir/all.ndjson" "$gdir/source-verified" "$gdir"/ref.*
        rm -rf "$gdir"/slices-*
    fi
    if [ ! -f "$gdir/all.ndjson" ]; then
        say "converting the events to NDJSON ($gdir/all.ndjson: $k copies) ..."
        one=$gdir/one.ndjson.tmp
        python3 - "$gdir/files/events-1.json" "$one" <<'PY' || die "could not convert the GitHub events to NDJSON (see above)"
import json, re, sys
src, out = sys.argv[1], sys.argv[2]
with open(src, encoding="utf-8") as f:
    text = f.read()
records = json.loads(text)
if not isinstance(records, list):
    sys.exit(f"{src}: not one JSON array")
lines = [json.dumps(r, ensure_ascii=False, separators=(",", ":")) for r in records]
# Exactness: the original without the whitespace between tokens (strings kept as they are) must be
# the compact records, comma-separated in brackets. Keys reordered or dropped (duplicates), numbers
# or escapes rewritten by the json module would all show up here.
stripped = re.sub(r'("(?:[^"\\]|\\.)*")|[ \t\n\r]+', r"\1", text)
if stripped != "[" + ",".join(lines) + "]":
    sys.exit(f"{src}: python's json module does not keep the text of these records exactly; "
             "the NDJSON equivalent would load other values")
with open(out, "w", encoding="utf-8", newline="\n") as f:
    for line in lines:
        f.write(line + "\n")
PY
        records=$(wc -l <"$one")
        want=$(source_md_value 's/.*: \([0-9,]*\) rows;.*/\1/p')
        [ -z "$want" ] || [ "$records" = "$want" ] || die "the NDJSON has $records records; SOURCE.md says $want"
        for i in $(seq 1 "$k"); do cat "$one"; done >"$gdir/all.ndjson.tmp"
        meta_set "$gdir" github_copy_records "$records"
        meta_set "$gdir" github_records $((records * k))
        meta_set "$gdir" github_bytes "$(stat -c %s "$gdir/all.ndjson.tmp")"
        rm -f "$one" "$gdir/source-verified" "$gdir"/ref.*
        rm -rf "$gdir"/slices-*
        mv "$gdir/all.ndjson.tmp" "$gdir/all.ndjson"
    fi
}

# Once per prepared data set, untimed: one copy of the NDJSON, loaded by psql \copy, must give the
# table checksum that SOURCE.md states -- an independent check of the conversion. (The runs are then
# checked against the server-side COPY of all.ndjson, like every other case.)
verify_github_source() { # gdir
    local gdir=$1 want got
    [ -f "$gdir/source-verified" ] && return 0
    # shellcheck disable=SC2016  # backquotes in a sed script, not a command substitution
    want=$(source_md_value 's/.*= `\([0-9a-f]\{32\}\)`.*/\1/p')
    if [ -z "$want" ]; then
        say "no table checksum found in $GITHUB_SOURCE_MD: all.ndjson is not checked against it"
        return 0
    fi
    say "checking one copy of all.ndjson against the table checksum in SOURCE.md (untimed) ..."
    reset_table
    head -n "$(meta_get "$gdir" github_copy_records)" "$gdir/all.ndjson" |
        pg -c "\\copy $TABLE FROM pstdin $copy_options"
    got=$(pg_value "select md5(string_agg(data::text, E'\\n' order by data::text)) from $TABLE")
    [ "$got" = "$want" ] || die "one copy of $gdir/all.ndjson loads to checksum $got; SOURCE.md says $want"
    echo "$got" >"$gdir/source-verified"
}

# ---------------------------------------------------------------------------------------------
# Server
# ---------------------------------------------------------------------------------------------
OWN_SERVER=0
cleanup() {
    local rc=$?
    stop_samplers
    if [ "$OWN_SERVER" = 1 ]; then
        say "stopping the benchmark server"
        bash "$PGSERVER" stop "$WORK/pg" || true
    fi
    exit "$rc"
}

start_server() {
    if [ -n "$DSN" ]; then
        say "using the server at --dsn"
    else
        [ -f "$PGSERVER" ] || die "$PGSERVER not found"
        OWN_SERVER=1
        say "starting PostgreSQL with default settings in $WORK/pg ..."
        DSN=$(bash "$PGSERVER" start "$WORK/pg" | tail -n 1) || die "could not start PostgreSQL (see $WORK/pg/server.log)"
    fi
    pg_value "select 1" >/dev/null || die "cannot connect to the server: $DSN"
    # The postmaster is the parent of the checkpointer (a long-lived child) -- if the server runs on
    # this machine at all.
    local child ppid
    child=$(pg_value "select pid from pg_stat_activity where backend_type = 'checkpointer'")
    if [ -n "$child" ] && [ "$(cat "/proc/$child/comm" 2>/dev/null)" = postgres ]; then
        ppid=$(sed 's/^.*) //' "/proc/$child/stat" 2>/dev/null | cut -d' ' -f2) || true
        [ -n "$ppid" ] && [ "$(cat "/proc/$ppid/comm" 2>/dev/null)" = postgres ] && SERVER_PM=$ppid
    fi
    [ -n "$SERVER_PM" ] || say "the server does not run on this machine: server CPU will not be measured"
    # Our scratch server starts every benchmark with no pgjsonload load journal: one left by an
    # older pgjsonload build may have another format (the loader refuses it), and a fresh journal
    # makes runs comparable. On a --dsn server the journal is not ours to drop.
    if [ "$OWN_SERVER" = 1 ]; then
        pg -c "SET client_min_messages = warning" -c "DROP SCHEMA IF EXISTS pgjsonload CASCADE"
    fi
    # Our own server gets the same priority as the clients; backends inherit it from the postmaster.
    if [ "$OWN_SERVER" = 1 ] && [ -n "$SERVER_PM" ] && [ "$NICE" != 0 ]; then
        local pids
        pids=$({ cat /proc/[0-9]*/stat 2>/dev/null || true; } |
            awk -v pm="$SERVER_PM" '{ pid = $1; sub(/^.*\) /, ""); if (pid == pm || $2 == pm) print pid }')
        # shellcheck disable=SC2086
        renice -n "$NICE" -p $pids >/dev/null || say "renice of the server failed; running at normal priority"
    fi
    AUX_PIDS=$(pg_value "select string_agg(pid::text, ' ') from pg_stat_activity
        where backend_type not in ('client backend', 'autovacuum worker', 'parallel worker')")
    SERVER_VERSION=$(pg_value "select current_setting('server_version')")
    SERVER_SETTINGS=$(pg_value "select string_agg(name || '=' || current_setting(name), ', ' order by name)
        from pg_settings where name in ('shared_buffers', 'max_wal_size', 'synchronous_commit', 'fsync',
            'full_page_writes', 'wal_level', 'checkpoint_timeout', 'wal_buffers', 'max_connections')")
}

# Server-side COPY runs as the server's OS user: it must be able to read the files.
check_server_can_read() {
    [ -n "$SERVER_PM" ] || return 0
    local user
    user=$(stat -c %U "/proc/$SERVER_PM")
    [ "$(id -u)" = 0 ] && [ "$user" != root ] || return 0
    runuser -u "$user" -- test -r "$1" ||
        die "user $user cannot read $1 (server-side COPY); make bench/data and its parents world-readable"
}

# A fresh, empty table before every run, and a checkpoint so that no run pays for the dirty pages
# and WAL of the one before. A table "t" that this script did not create is never dropped.
reset_table() {
    local mark
    mark=$(pg_value "select coalesce(obj_description(to_regclass('$TABLE'), 'pg_class'), '<none>')
                     where to_regclass('$TABLE') is not null")
    if [ -n "$mark" ] && [ "$mark" != "$TABLE_MARK" ]; then
        die "table $TABLE exists and was not created by bench/run.sh; use another database"
    fi
    # pgjsonload's load journal (schema pgjsonload, keyed by the table's OID) would keep growing
    # with entries for our dropped tables; forget only the entries of our table.
    if [ -n "$mark" ] && [ "$(pg_value "select to_regclass('pgjsonload.files') is not null")" = t ]; then
        pg -c "DELETE FROM pgjsonload.files WHERE target = to_regclass('$TABLE')"
    fi
    pg -c "SET client_min_messages = warning" -c "DROP TABLE IF EXISTS $TABLE" -c "CREATE TABLE $TABLE (data jsonb NOT NULL)" \
        -c "COMMENT ON TABLE $TABLE IS '$TABLE_MARK'" -c "CHECKPOINT"
}

# Row count and an order-independent content checksum: two sums of 64-bit slices of md5(data::text).
# Unlike md5(string_agg(... ORDER BY ...)) it needs no sort and no 1 GB string, and runs in parallel.
table_checksum() {
    pg_value "select count(*) || ' ' || coalesce(sum(('x' || substr(h, 1, 16))::bit(64)::bigint::numeric), 0)
                     || ':' || coalesce(sum(('x' || substr(h, 17, 16))::bit(64)::bigint::numeric), 0)
              from (select md5(data::text) as h from $TABLE) s"
}

copy_options="(FORMAT csv, QUOTE e'\\x01', DELIMITER e'\\x02')"   # one line = one jsonb value

# ---------------------------------------------------------------------------------------------
# Sampling during a run: pg_stat_activity every 0.5 s (where do the backends spend their time?),
# the loader's per-thread CPU every 0.25 s (is one thread the bottleneck?), a top snapshot every 5 s.
# ---------------------------------------------------------------------------------------------
SAMPLER_PIDS=()
stop_samplers() {
    local p
    for p in "${SAMPLER_PIDS[@]}"; do
        kill "$p" 2>/dev/null || true
        wait "$p" 2>/dev/null || true
    done
    SAMPLER_PIDS=()
}

start_pg_sampler() { # out-file
    local sql="select extract(epoch from now()), backend_type, coalesce(application_name, ''),
        coalesce(state, ''), coalesce(wait_event_type, ''), coalesce(wait_event, '')
        from pg_stat_activity where pid <> pg_backend_pid()"
    printf '%s\n\\watch 0.5\n' "$sql" | PGAPPNAME=bench-sampler psql "$DSN" -X -At -F'|' >"$1" 2>/dev/null &
    SAMPLER_PIDS+=($!)
}

start_proc_sampler() { # time-pid prefix: samples the process /usr/bin/time started
    local tpid=$1 prefix=$2
    (
        # Bash builtins only (no cat/awk/sleep forks every 0.25 s), so that the sampler itself
        # hardly shows up as "other processes"; read -t on a silent pipe is the sleep.
        exec {tick}<> <(:)
        lpid="" i=0
        declare -A cpu=() name=()
        while kill -0 "$tpid" 2>/dev/null; do
            if [ -z "$lpid" ] && [ -r "/proc/$tpid/task/$tpid/children" ]; then
                read -r lpid _ <"/proc/$tpid/task/$tpid/children" || true
            fi
            if [ -n "$lpid" ] && [ -d "/proc/$lpid" ]; then
                # Per-thread utime+stime, kept for threads that have exited since (the pool's
                # threads end before the process does).
                for f in /proc/"$lpid"/task/*/stat; do
                    read -r line <"$f" 2>/dev/null || continue
                    comm=${line#*(} comm=${comm%)*} rest=${line##*) }
                    read -r -a fields <<<"$rest"
                    cpu[${line%% *}]=$((fields[11] + fields[12])) name[${line%% *}]=$comm
                done
                out=""
                for f in "${!cpu[@]}"; do out+="$f|${name[$f]}|${cpu[$f]}"$'\n'; done
                [ -z "$out" ] || printf '%s' "$out" >"$prefix.threads"
            fi
            if [ $((i % 20)) = 10 ]; then
                { echo "---- $(date +%T)"; top -b -n1 -w 200 | head -n 25; } >>"$prefix.top" 2>/dev/null || true
            fi
            i=$((i + 1))
            read -r -t 0.25 -u "$tick" _ || true
        done
    ) &
    SAMPLER_PIDS+=($!)
}

# ---------------------------------------------------------------------------------------------
# One timed run
# ---------------------------------------------------------------------------------------------
RUN_NO=0
FAILURES=0
# results.tsv columns: key approachLabel caseLabel rows jsonBytes seconds rssKB clientCPU serverCPU
#                      check rep tag machineBusyCPU machineStealCPU serverBackgroundCPU walBytes
record_result() { local IFS=$'\t'; echo "$*" >>"$RUN_DIR/results.tsv"; }

# run_one KEY APPROACH-LABEL CASE-LABEL REF-FILE EXPECTED-ROWS JSON-BYTES WARM-PATHS REP -- COMMAND...
# The machine is shared: a run during which other processes used more than MAX_OTHER of the
# machine's CPU is repeated (at most RETRIES more times) and the least disturbed attempt is kept.
run_one() {
    local key=$1 alabel=$2 clabel=$3 ref=$4 expected=$5 bytes=$6 warm=$7 rep=$8
    shift 9
    RUN_NO=$((RUN_NO + 1))
    local tag attempt best="" best_other="" other limit
    tag=$(printf '%02d-%s' "$RUN_NO" "$key")
    say "[$tag] $alabel / $clabel ..."
    for attempt in $(seq 0 "$RETRIES"); do
        measure_once "$tag$([ "$attempt" = 0 ] || echo "-retry$attempt")" "$key" "$ref" "$expected" "$warm" "$@"
        # M: check seconds rss client server busy steal tag rows background wal
        other=$(calc "${M[5]} - ${M[3]} - ${M[4]/-/0}")
        if [ -z "$best" ] || [[ ${M[0]} == FAIL* ]] || awk -v a="$other" -v b="$best_other" 'BEGIN { exit !(a < b) }'; then
            best=("${M[@]}")
            best_other=$other
        fi
        [[ ${M[0]} != FAIL* ]] || break
        limit=$(calc "$MAX_OTHER * $(nproc) * ${M[1]}")
        awk -v a="$other" -v l="$limit" 'BEGIN { exit !(a > l) }' || break
        [ "$attempt" = "$RETRIES" ] || say "[$tag] other processes used $(fmt %.1f "$other") CPU-s during the run: repeating it"
    done
    [[ ${best[0]} == FAIL* ]] && FAILURES=$((FAILURES + 1))
    say "[$tag] $(fmt %.2f "${best[1]}") s, client CPU ${best[3]} s, server CPU ${best[4]} s, RSS $((best[2] / 1024)) MB, others $(fmt %.1f "$best_other") CPU-s: ${best[0]}"
    record_result "$key" "$alabel" "$clabel" "${best[8]}" "$bytes" "${best[1]}" "${best[2]}" "${best[3]}" "${best[4]}" \
        "${best[0]}" "$rep" "${best[7]}" "${best[5]}" "${best[6]}" "${best[9]}" "${best[10]}"
}

# One timed execution of COMMAND on a fresh table, then the checks; the outcome goes to M (see run_one).
measure_once() { # tag key ref expected warm COMMAND...
    local tag=$1 key=$2 ref=$3 expected=$4 warm=$5
    shift 5
    local prefix=$RUN_DIR/$tag
    reset_table
    # Same page-cache state for every run: the input is read once beforehand, outside the timing.
    local p
    for p in $warm; do
        if [ -d "$p" ]; then find "$p" -type f -print0 | xargs -0 cat >/dev/null; else cat "$p" >/dev/null; fi
    done

    wait_for_quiet
    start_pg_sampler "$prefix.pgstat"
    sleep 0.3                     # let the sampler connect before the clock starts
    local cpu0 cpu1 m0 m1 t0 t1 rc=0 tpid lsn0 lsn1
    lsn0=$(pg_value "select pg_current_wal_insert_lsn()")
    cpu0=$(server_cpu_ticks)
    m0=$(machine_ticks)
    t0=$EPOCHREALTIME
    PGAPPNAME=bench-$tag nice -n "$NICE" /usr/bin/time -v -o "$prefix.time" "$@" >"$prefix.out" 2>&1 &
    tpid=$!
    start_proc_sampler "$tpid" "$prefix"
    wait "$tpid" || rc=$?
    t1=$EPOCHREALTIME
    sleep 0.2                     # exiting backends: let the postmaster reap them (cutime)
    cpu1=$(server_cpu_ticks)
    m1=$(machine_ticks)
    lsn1=$(pg_value "select pg_current_wal_insert_lsn()")
    stop_samplers

    local seconds user sys rss client server="-" background="-" busy steal wal
    seconds=$(calc "$t1 - $t0")
    user=$(awk -F': ' '/User time/ { print $2 }' "$prefix.time")
    sys=$(awk -F': ' '/System time/ { print $2 }' "$prefix.time")
    rss=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$prefix.time")
    client=$(calc "${user:-0} + ${sys:-0}")
    if [ -n "$cpu0" ]; then
        server=$(calc "(${cpu1% *} - ${cpu0% *}) / $CLK_TCK")
        background=$(calc "(${cpu1#* } - ${cpu0#* }) / $CLK_TCK")
    fi
    wal=$(pg_value "select pg_wal_lsn_diff('$lsn1', '$lsn0')::bigint")
    busy=$(calc "(${m1% *} - ${m0% *}) / $CLK_TCK")
    steal=$(calc "(${m1#* } - ${m0#* }) / $CLK_TCK")

    # Correctness: exit status, row count against datagen's count, checksum against the reference
    # (the server-side COPY of the same records).
    local check="ok" actual rows
    actual=$(table_checksum)
    rows=${actual%% *}
    if [ "$rc" != 0 ]; then
        check="FAIL(exit $rc)"
        say "[$tag] command failed with exit status $rc; last lines of $prefix.out:"
        tail -n 5 "$prefix.out" >&2
    elif [ "$rows" != "$expected" ]; then
        check="FAIL(rows $rows != $expected)"
    elif [ -n "$ref" ] && [ -f "$ref" ]; then
        [ "$(cat "$ref")" = "$actual" ] || check="FAIL(checksum)"
    elif [ -n "$ref" ] && [[ $key == copy1-* ]]; then
        echo "$actual" >"$ref"    # the first server-side COPY of a data set is the reference
        check="ok(ref)"
    else
        check="rows ok"
    fi
    [[ $check != FAIL* ]] || say "[$tag] $check"
    M=("$check" "$seconds" "${rss:-0}" "$client" "$server" "$busy" "$steal" "$tag" "$rows" "$background" "$wal")
}

# Data-set references are established by the first server-side COPY; when copy1 is not selected and
# no reference exists yet, make one outside the timing.
ensure_ref() { # ref-file ndjson-file [always: also when a copy1 run will write it (none will)]
    [ -f "$1" ] && return 0
    [ -z "${3:-}" ] && has_approach copy1 && return 0
    say "computing the reference checksum for $(basename "$2") with a server-side COPY (untimed) ..."
    check_server_can_read "$2"
    reset_table
    pg -c "COPY $TABLE FROM '$2' $copy_options"
    table_checksum >"$1"
}

# ---------------------------------------------------------------------------------------------
# The approaches
# ---------------------------------------------------------------------------------------------
copy_server_1() { # key clabel ref expected bytes rep file
    check_server_can_read "$7"
    run_one "$1" "COPY (server-side, 1 conn)" "$2" "$3" "$4" "$5" "$7" "$6" -- \
        psql "$DSN" -X -q -v ON_ERROR_STOP=1 -c "COPY $TABLE FROM '$7' $copy_options"
}

copy_server_n() { # key clabel ref expected bytes rep slice-dir
    local f files=()
    for f in "$7"/part.*; do check_server_can_read "$f"; files+=("$f"); done
    # N psql sessions, one per slice, started together; the run ends when the last one is done.
    run_one "$1" "COPY (server-side, $CONNS conns) = ceiling" "$2" "$3" "$4" "$5" "$7" "$6" -- \
        bash -c 'dsn=$1 opts=$2 table=$3; shift 3; pids=()
            for f in "$@"; do psql "$dsn" -X -q -v ON_ERROR_STOP=1 -c "COPY $table FROM '\''$f'\'' $opts" & pids+=($!); done
            rc=0; for p in "${pids[@]}"; do wait "$p" || rc=1; done; exit $rc' \
        bash "$DSN" "$copy_options" "$TABLE" "${files[@]}"
}

copy_psql() { # key clabel ref expected bytes rep file
    run_one "$1" "psql \\copy" "$2" "$3" "$4" "$5" "$7" "$6" -- \
        psql "$DSN" -X -q -v ON_ERROR_STOP=1 -c "\\copy $TABLE FROM '$7' $copy_options"
}

loader_label() { # [extra loader arguments] -> the approach label of a pgjsonload run
    local extra="$*"
    echo "pgjsonload${extra:+ $extra}${LOADER_ARGS:+ $LOADER_ARGS}${LOADER_PGOPTIONS:+ [PGOPTIONS=$LOADER_PGOPTIONS]}"
}

# The approach "raw" is this with --raw; its keys start with pgjsonload-raw- (see targets).
load_pgjsonload() { # key clabel ref expected bytes rep source [extra loader arguments, e.g. --raw]
    local env=(env)
    [ -z "$LOADER_PGOPTIONS" ] || env+=("PGOPTIONS=$LOADER_PGOPTIONS")
    # shellcheck disable=SC2086  # LOADER_ARGS is a list of words on purpose
    run_one "$1" "$(loader_label "${@:8}")" "$2" "$3" "$4" "$5" "$7" "$6" -- \
        "${env[@]}" "$LOADER" load --dsn "$DSN" --src_file "$7" --dst_table "$TABLE" \
        --log "$RUN_DIR/$(printf '%02d' $((RUN_NO + 1)))-pgjsonload.log" $LOADER_ARGS "${@:8}"
}

# ---------------------------------------------------------------------------------------------
# Report
# ---------------------------------------------------------------------------------------------
# One row per (key): the median run by seconds when --repeat > 1, among the runs that passed the
# checks (a failed run is shown only when no run of that key passed).
median_rows() {
    local key rows
    cut -f1 "$RUN_DIR/results.tsv" | awk '!seen[$0]++' | while read -r key; do
        rows=$(awk -F'\t' -v k="$key" '$1 == k && $10 !~ /^FAIL/' "$RUN_DIR/results.tsv")
        [ -n "$rows" ] || rows=$(awk -F'\t' -v k="$key" '$1 == k' "$RUN_DIR/results.tsv")
        printf '%s\n' "$rows" | sort -t$'\t' -k6,6g | awk -v n="$(printf '%s\n' "$rows" | wc -l)" 'NR == int((n + 1) / 2)'
    done
}

report() {
    median_rows >"$RUN_DIR/median.tsv"
    # Reference rows: the ceiling and psql \copy of each data set (large/small/github).
    awk -F'\t' -v OFS='\t' '
        function ds(k) { return k ~ /small/ ? "small" : k ~ /github/ ? "github" : k ~ /wide/ ? "wide" : "large" }
        function num(x) { return x == "-" ? "" : x + 0 }
        { key[NR] = $1; al[NR] = $2; cl[NR] = $3; rows[NR] = $4; bytes[NR] = $5; sec[NR] = $6
          rss[NR] = $7; cli[NR] = $8; srv[NR] = $9; chk[NR] = $10; oth[NR] = $13 - $8 - ($9 == "-" ? 0 : $9)
          if ($10 !~ /^FAIL/ && $1 ~ /^copyN/) ceil[ds($1)] = $6
          if ($10 !~ /^FAIL/ && $1 ~ /^psql/) ps[ds($1)] = $6 }
        END {
          print "| approach | input | MB | rows | s | rows/s | MB/s | peak RSS MB | client CPU s | server CPU s | client ms/MB | server ms/MB | client/server CPU | vs ceiling | vs psql \\copy | other procs CPU s | check |"
          print "|---|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|---|"
          for (i = 1; i <= NR; ++i) {
            mb = bytes[i] / 1e6; d = ds(key[i])
            ratio = (srv[i] == "-" || srv[i] + 0 == 0) ? "-" : sprintf("%.1f%%", 100 * cli[i] / srv[i])
            vc = (d in ceil) ? sprintf("%.2f", ceil[d] / sec[i]) : "-"
            vp = (key[i] ~ /^pgjsonload/ && (d in ps)) ? sprintf("%.2fx", ps[d] / sec[i]) : "-"
            if (key[i] ~ /memory/ || chk[i] ~ /^FAIL/) { vc = "-"; vp = "-" } # no reference of their own
            printf "| %s | %s | %.1f | %d | %.2f | %d | %.1f | %.0f | %.2f | %s | %.2f | %s | %s | %s | %s | %.1f | %s |\n",
              al[i], cl[i], mb, rows[i], sec[i], rows[i] / sec[i], mb / sec[i], rss[i] / 1024, cli[i],
              (srv[i] == "-" ? "n/a" : sprintf("%.2f", srv[i])), 1000 * cli[i] / mb,
              (srv[i] == "-" ? "n/a" : sprintf("%.2f", 1000 * srv[i] / mb)), ratio, vc, vp, oth[i], chk[i]
          }
        }' "$RUN_DIR/median.tsv"
}

# Targets of issues 3 and 8, evaluated (not asserted) from the median rows. The "raw" approach
# (keys pgjsonload-raw-*) is information: the CPU targets are about pgjsonload's default settings.
targets() {
    awk -F'\t' '
        function mbs(i) { return bytes[i] / 1e6 / sec[i] }
        $10 !~ /^FAIL/ { k = $1; idx[k] = NR; bytes[NR] = $5; sec[NR] = $6; rss[NR] = $7; cli[NR] = $8; srv[NR] = $9 }
        function line(name, have, value, target, ok) {
            if (!have) printf "- %s: n/a (not run, or failed)\n", name
            else printf "- %s: %s (target %s) -- %s\n", name, value, target, ok ? "met" : "NOT met"
        }
        END {
          nd = idx["pgjsonload-ndjson"]; ce = idx["copyN-large"]; ps = idx["psql-large"]
          sm = idx["pgjsonload-small"]; gz = idx["pgjsonload-gz"]; br = idx["pgjsonload-broken"]
          line("one large NDJSON file vs the ceiling", nd && ce, nd && ce ? sprintf("%.2f", sec[ce] / sec[nd]) : "", ">= 0.90", nd && ce && sec[ce] / sec[nd] >= 0.90)
          line("one large broken-array file vs the ceiling", br && ce, br && ce ? sprintf("%.2f", sec[ce] / sec[br]) : "", ">= 0.90", br && ce && sec[ce] / sec[br] >= 0.90)
          line("one large NDJSON file vs psql \\copy", nd && ps, nd && ps ? sprintf("%.2fx", sec[ps] / sec[nd]) : "", ">= 1.6x", nd && ps && sec[ps] / sec[nd] >= 1.6)
          s1 = idx["pgjsonload-small1"]
          line("small files vs the same bytes as one file (MB/s)", sm && s1, sm && s1 ? sprintf("%.2f", mbs(sm) / mbs(s1)) : "", ">= 0.80", sm && s1 && mbs(sm) / mbs(s1) >= 0.80)
          line("small files vs the large file (MB/s; different size and records)", sm && nd, sm && nd ? sprintf("%.2f", mbs(sm) / mbs(nd)) : "", ">= 0.80", sm && nd && mbs(sm) / mbs(nd) >= 0.80)
          line(".gz vs uncompressed (MB/s)", gz && nd, gz && nd ? sprintf("%.2f", mbs(gz) / mbs(nd)) : "", ">= 0.80", gz && nd && mbs(gz) / mbs(nd) >= 0.80)
          maxrss = 0; maxcpu = -1; n = 0
          for (k in idx) if (k ~ /^pgjsonload/) {
            i = idx[k]; ++n; if (rss[i] > maxrss) { maxrss = rss[i]; rk = k }
            if (k !~ /^pgjsonload-raw-/ && srv[i] != "-" && srv[i] > 0 && cli[i] / srv[i] > maxcpu) { maxcpu = cli[i] / srv[i]; ck = k }
          }
          line("loader peak RSS (max over pgjsonload runs)", n, sprintf("%.0f MB in %s", maxrss / 1024, rk), "<= 200 MB", maxrss / 1024 <= 200)
          line("client CPU per MB / server CPU per MB (worst pgjsonload run without --raw)", maxcpu >= 0, sprintf("%.1f%% in %s", 100 * maxcpu, ck), "<= 15%", maxcpu >= 0 && maxcpu <= 0.15)
          # Issue 8 ("beyond the ceiling"): rewritten records might cost the server less than COPY
          # of the same text, so pgjsonload could be faster than the ceiling.
          gh = idx["pgjsonload-github"]; gc = idx["copyN-github"]
          line("issue 8: one large NDJSON file, pgjsonload (default) vs the ceiling", nd && ce, nd && ce ? sprintf("%.2f", sec[ce] / sec[nd]) : "", ">= 1.15", nd && ce && sec[ce] / sec[nd] >= 1.15)
          line("issue 8: GitHub events (" copies " pretty-printed files), pgjsonload (default) vs the ceiling", gh && gc, gh && gc ? sprintf("%.2f", sec[gc] / sec[gh]) : "", ">= 1.05", gh && gc && sec[gc] / sec[gh] >= 1.05)
          line("issue 8: client CPU / server CPU (worst pgjsonload run with default settings)", maxcpu >= 0, sprintf("%.1f%% in %s", 100 * maxcpu, ck), "<= 20%", maxcpu >= 0 && maxcpu <= 0.20)
          raw("large NDJSON file", nd, idx["pgjsonload-raw-ndjson"])
          raw("GitHub events", gh, idx["pgjsonload-raw-github"])
          wd = idx["pgjsonload-wide"]; wc = idx["copyN-wide"]
          if (wd && wc) printf "- information: wide records (~20 KB), pgjsonload (default: lz4 where the server compresses) vs the ceiling (the server'"'"'s own default, pglz): %.2f\n", sec[wc] / sec[wd]
        }
        # default vs --raw on the same data: information, no target.
        function raw(name, d, r) {
            if (!d || !r) { printf "- issue 8, information: default vs --raw, %s: n/a (not run, or failed)\n", name; return }
            printf "- issue 8, information: default vs --raw, %s: speedup %.2fx (--raw %.2f s / default %.2f s); server CPU %s s vs %s s, client CPU %.2f s vs %.2f s (default vs --raw)\n",
                name, sec[r] / sec[d], sec[r], sec[d], srv[d], srv[r], cli[d], cli[r]
        }' copies="$GITHUB_COPIES" "$RUN_DIR/median.tsv"
}

# Where the time goes, per run: the load backends' states / wait events (share of samples), the
# busy background processes, and for pgjsonload the CPU of each thread as a share of wall time.
profile() {
    local tag f row_tag secs
    while IFS=$'\t' read -r key alabel clabel _ _ secs _ cli srv _ _ row_tag busy steal bg wal; do
        f=$RUN_DIR/$row_tag.pgstat
        [ -f "$f" ] || continue
        printf -- '- %s / %s: ' "$alabel" "$clabel"
        awk -F'|' -v app="bench-$row_tag" '
            $3 == app { s = ($4 == "active") ? ($5 == "" ? "CPU" : $5 ":" $6) : $4; t[$1] = 1; per[$1]++
                        if (s != "idle") { c[s]++; n++ } }
            $2 == "autovacuum worker" { av[$1] = 1 }
            ($2 == "checkpointer" || $2 == "background writer" || $2 == "walwriter") && $5 != "Activity" { bg[$2 ":" ($5 == "" ? "CPU" : $6)]++ }
            END {
              ns = 0; conns = 0; for (x in t) { ns++; if (per[x] > conns) conns = per[x] }
              if (!ns) { printf "no samples of the load connections"; }
              else {
                # Idle connections (between transactions, or the control connection of pgjsonload)
                # only lower "busy"; the shares are of the busy samples.
                printf "%d connection(s), avg %.1f busy (%d samples)", conns, n / ns, ns
                if (n) printf "; busy: "
                # categories by decreasing share (mawk has no sort)
                sep = ""
                for (;;) { best = ""; for (s in c) if (best == "" || c[s] > c[best]) best = s
                           if (best == "") break
                           printf "%s%s %.0f%%", sep, best, 100 * c[best] / n; sep = ", "; delete c[best] }
              }
              na = 0; for (x in av) na++
              if (na) printf "; autovacuum in %d samples", na
              sep = "; busy background: "; for (s in bg) { printf "%s%s x%d", sep, s, bg[s]; sep = ", " }
            }' "$f"
        # Server CPU split into the backends and the background processes; WAL written.
        awk -v s="$srv" -v g="$bg" -v w="$wal" 'BEGIN {
            if (s != "-" && g != "" && g != "-") printf "; server CPU: backends %.1f s + background %.1f s", s - g, g
            if (w != "") printf "; WAL %.0f MB", w / 1e6 }'
        # Everything else on the machine during the run: other engineers' builds and tests.
        awk -v b="$busy" -v c="$cli" -v s="$srv" -v st="$steal" -v w="$secs" -v n="$(nproc)" 'BEGIN {
            printf "; machine busy %.1f of %.1f CPU-s, other processes %.1f s", b, n * w, b - c - (s == "-" ? 0 : s)
            if (st > 0.05) printf ", steal %.1f s", st }'
        if [[ $key == pgjsonload* ]] && [ -f "$RUN_DIR/$row_tag.threads" ]; then
            awk -F'|' -v secs="$secs" -v hz="$CLK_TCK" '
                { cpu[NR] = $3 / hz; name[NR] = $2 }
                END { printf "; loader threads, busiest first (CPU s until the last 0.25 s sample, %% of wall): "; sep = ""
                      for (;;) { b = 0; for (i = 1; i <= NR; ++i) if (i in cpu && (!b || cpu[i] > cpu[b])) b = i
                                 if (!b || cpu[b] < 0.05) break
                                 printf "%s%s %.1f s %.0f%%", sep, name[b], cpu[b], 100 * cpu[b] / secs; sep = ", "; delete cpu[b] } }' \
                "$RUN_DIR/$row_tag.threads"
        fi
        echo
    done <"$RUN_DIR/median.tsv"
}

machine_line() {
    local cpu ram commit dirty
    cpu=$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)
    ram=$(awk '/^MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)
    commit=$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)
    dirty=$(git -C "$ROOT" status --porcelain -- core app 2>/dev/null | head -n 1)
    echo "$(nproc) CPUs ($cpu), $ram RAM, PostgreSQL $SERVER_VERSION, pgjsonload $commit${dirty:+ + uncommitted changes in core/ or app/} (binary built $LOADER_BUILT, md5 $LOADER_MD5)"
}

results_header() {
    cat <<'EOF'
# pgjsonload benchmark results

Produced by `bench/run.sh` (issues 3 and 8); each section below is one run of it, newest last.

Targets of issue 3 (one large file = ~500 MB of events JSON by default):

- one large file: >= 0.90 of the ceiling (server-side COPY over N connections on N slices of the
  NDJSON file, N = server cores) and >= 1.6x psql `\copy`;
- 10,000 small files (20-100 records each): >= 0.80 of the single-file rate (MB/s);
- `.gz` file: >= 0.80 of the uncompressed rate;
- loader peak RSS <= 200 MB whatever the file size (a 2 GB run: `--size 2G` or `--memory`);
- loader CPU per MB <= 15% of the server's CPU per MB.

Targets of issue 8 ("beyond the ceiling"; pgjsonload sends pretty-printed records compact to a
server on this computer, canonical -- keys in jsonb's order, no whitespace -- to one elsewhere,
unless `--raw` is given):

- one large NDJSON file, pgjsonload with default settings: >= 1.15 of the ceiling;
- real data (case `github`: K copies, default 8, of 198,024 GitHub events of 2015, one 34 MB
  pretty-printed JSON array each, from `../shared/testdata/realworld/github-events/`): >= 1.05 of
  the ceiling (server-side COPY of their compact NDJSON equivalent over N connections);
- loader CPU <= 20% of the server's CPU for the default runs;
- default vs `--raw` on the same data (approach `raw`): reported as information.

Method: own PostgreSQL with default settings; table `t (data jsonb NOT NULL)` recreated and a
`CHECKPOINT` before every run; input read once beforehand (warm page cache). Server-side COPY and
psql `\copy` read NDJSON with `(FORMAT csv, QUOTE e'\x01', DELIMITER e'\x02')`; for the broken-array
and .gz cases their NDJSON equivalent (the same records) is the reference, for the small files the
files concatenated, for the GitHub events their compact NDJSON (keys in the original order, same
text; one copy checked once against the checksum in SOURCE.md). Every run is checked (row count,
checksum of md5(data::text) against the server-side COPY). MB = 10^6 bytes of JSON (NDJSON bytes
of the records, uncompressed). Server CPU = utime+stime of the postmaster and all its children
(incl. background processes and autovacuum), loader CPU and peak RSS from `/usr/bin/time -v`.
"vs ceiling" = ceiling seconds / seconds.
EOF
}

# ---------------------------------------------------------------------------------------------
# Main
# ---------------------------------------------------------------------------------------------
main() {
    check_tools
    # File names go into SQL string literals (server-side COPY, \copy).
    [[ $DATA_ROOT != *"'"* ]] || die "the path $DATA_ROOT contains a quote; move the checkout"
    mkdir -p "$DATA_ROOT" "$WORK/tmp" "$WORK/logs"
    RUN_DIR=$WORK/logs/$(date +%Y%m%d-%H%M%S)
    mkdir -p "$RUN_DIR"
    : >"$RUN_DIR/results.tsv"
    trap cleanup EXIT
    trap 'exit 130' INT TERM

    # Data first (it does not need the server).
    local dir mdir="" sdir_large="" sdir_small="" sdir_wide=""
    dir=$(dataset_dir "$SIZE")
    local need_large=0
    for c in ndjson broken gz; do has_case $c && need_large=1; done
    if [ "$need_large" = 1 ]; then
        ensure_large "$dir" "$SIZE_BYTES"
        has_case broken && has_approach pgjsonload && ensure_broken "$dir"
        has_case gz && has_approach pgjsonload && ensure_gz "$dir"
        has_approach copyN && sdir_large=$(ensure_slices "$dir/large.ndjson" "$CONNS")
    fi
    local small=small-$SMALL_FILES
    if has_case small; then
        ensure_small "$dir"
        has_approach copyN && sdir_small=$(ensure_slices "$dir/$small-all.ndjson" "$CONNS")
    fi
    if has_case memory; then
        mdir=$(dataset_dir 2G)
        ensure_large "$mdir" "$(size_bytes 2G)"
        ensure_large "$dir" "$SIZE_BYTES"
        ensure_wide "$dir"
        has_approach copyN && sdir_wide=$(ensure_slices "$dir/wide.ndjson" "$CONNS")
    fi
    local gdir="" sdir_github=""
    if has_case github && [ ! -f "$GITHUB_GZ" ]; then
        [ "$GITHUB_ASKED" = 0 ] || die "$GITHUB_GZ not found (the github case needs ../shared/testdata next to the checkout)"
        say "$GITHUB_GZ not found: the github case is left out"
        CASES=${CASES/github/}
    fi
    if has_case github; then
        command -v python3 >/dev/null || die "python3 not found (the github case converts the events to NDJSON with it)"
        gdir=$(github_dir)
        ensure_github "$gdir"
        if has_approach copyN; then sdir_github=$(ensure_slices "$gdir/all.ndjson" "$CONNS"); fi
    fi

    start_server
    if has_case github; then verify_github_source "$gdir"; fi

    local data_line="" lr lb sr sb
    if [ "$need_large" = 1 ]; then
        lr=$(meta_get "$dir" large_records) lb=$(meta_get "$dir" large_bytes)
        data_line="large: $lr records, $(fmt %.1f "$(calc "$lb / 1e6")") MB NDJSON"
        [ -f "$dir/large.json" ] && data_line+=" (broken array $(fmt %.1f "$(calc "$(meta_get "$dir" broken_bytes) / 1e6")") MB"
        [ -f "$dir/large.json" ] && data_line+=")"
        [ -f "$dir/large.ndjson.gz" ] && data_line+=", .gz $(fmt %.1f "$(calc "$(meta_get "$dir" gz_bytes) / 1e6")") MB"
    fi
    if has_case small; then
        sr=$(meta_get "$dir" "${small//-/_}_records") sb=$(meta_get "$dir" "${small//-/_}_bytes")
        data_line+="${data_line:+; }small: $SMALL_FILES files of 20-100 records, $sr records, $(fmt %.1f "$(calc "$sb / 1e6")") MB"
    fi
    local gr="" gb=""
    if has_case github; then
        gr=$(meta_get "$gdir" github_records) gb=$(meta_get "$gdir" github_bytes)
        data_line+="${data_line:+; }github: $GITHUB_COPIES copies of $(meta_get "$gdir" github_copy_records) real GitHub events"
        data_line+=" (one pretty-printed array of $(fmt %.1f "$(calc "$(meta_get "$gdir" github_pretty_bytes) / 1e6")") MB each),"
        data_line+=" $gr records, $(fmt %.1f "$(calc "$gb / 1e6")") MB NDJSON"
    fi
    if has_case memory; then
        data_line+="${data_line:+; }memory: $(meta_get "$mdir" large_records) records, $(fmt %.1f "$(calc "$(meta_get "$mdir" large_bytes) / 1e6")") MB NDJSON"
        data_line+="; wide: $(meta_get "$dir" wide_records) records of 50 events, $(fmt %.1f "$(calc "$(meta_get "$dir" wide_bytes) / 1e6")") MB NDJSON"
    fi
    say "data ($dir): $data_line"

    local rep
    for rep in $(seq 1 "$REPEAT"); do
        [ "$REPEAT" = 1 ] || say "---- repetition $rep of $REPEAT"
        if [ "$need_large" = 1 ]; then
            local ref=$dir/ref.large
            ensure_ref "$ref" "$dir/large.ndjson"
            local ndl="large file, NDJSON equivalent"
            if has_case ndjson || has_case broken || has_case gz; then
                has_approach copy1 && copy_server_1 copy1-large "$ndl" "$ref" "$lr" "$lb" "$rep" "$dir/large.ndjson"
                has_approach copyN && copy_server_n copyN-large "$ndl, $CONNS slices" "$ref" "$lr" "$lb" "$rep" "$sdir_large"
                has_approach psql && copy_psql psql-large "$ndl" "$ref" "$lr" "$lb" "$rep" "$dir/large.ndjson"
            fi
            if has_approach pgjsonload; then
                has_case ndjson && load_pgjsonload pgjsonload-ndjson "large file, NDJSON" "$ref" "$lr" "$lb" "$rep" "$dir/large.ndjson"
                has_case broken && load_pgjsonload pgjsonload-broken "large file, broken array" "$ref" "$lr" "$lb" "$rep" "$dir/large.json"
                has_case gz && load_pgjsonload pgjsonload-gz "large file, .gz NDJSON" "$ref" "$lr" "$lb" "$rep" "$dir/large.ndjson.gz"
            fi
            if has_approach raw && has_case ndjson; then
                load_pgjsonload pgjsonload-raw-ndjson "large file, NDJSON" "$ref" "$lr" "$lb" "$rep" "$dir/large.ndjson" --raw
            fi
        fi
        if has_case small; then
            local sref=$dir/ref.$small sall=$dir/$small-all.ndjson
            ensure_ref "$sref" "$sall"
            local sl="$SMALL_FILES small files as 1 NDJSON"
            has_approach copy1 && copy_server_1 copy1-small "$sl" "$sref" "$sr" "$sb" "$rep" "$sall"
            has_approach copyN && copy_server_n copyN-small "$sl, $CONNS slices" "$sref" "$sr" "$sb" "$rep" "$sdir_small"
            has_approach psql && copy_psql psql-small "$sl" "$sref" "$sr" "$sb" "$rep" "$sall"
            has_approach pgjsonload && load_pgjsonload pgjsonload-small "$SMALL_FILES small files (directory)" "$sref" "$sr" "$sb" "$rep" "$dir/$small"
            # The same bytes as one file: what "the single-file rate" means for these records.
            has_approach pgjsonload && load_pgjsonload pgjsonload-small1 "$sl" "$sref" "$sr" "$sb" "$rep" "$sall"
        fi
        if has_case github; then
            local gref=$gdir/ref.all gall=$gdir/all.ndjson
            ensure_ref "$gref" "$gall"
            local gl="GitHub events x$GITHUB_COPIES as 1 NDJSON" gf="GitHub events: $GITHUB_COPIES pretty-printed files (directory)"
            has_approach copy1 && copy_server_1 copy1-github "$gl" "$gref" "$gr" "$gb" "$rep" "$gall"
            has_approach copyN && copy_server_n copyN-github "$gl, $CONNS slices" "$gref" "$gr" "$gb" "$rep" "$sdir_github"
            has_approach psql && copy_psql psql-github "$gl" "$gref" "$gr" "$gb" "$rep" "$gall"
            has_approach pgjsonload && load_pgjsonload pgjsonload-github "$gf" "$gref" "$gr" "$gb" "$rep" "$gdir/files"
            has_approach raw && load_pgjsonload pgjsonload-raw-github "$gf" "$gref" "$gr" "$gb" "$rep" "$gdir/files" --raw
        fi
        if has_case memory; then
            # For peak RSS: rows are checked; the checksum only if a 2G reference exists already.
            load_pgjsonload pgjsonload-memory "2G NDJSON file (memory)" "$mdir/ref.large" \
                "$(meta_get "$mdir" large_records)" "$(meta_get "$mdir" large_bytes)" "$rep" "$mdir/large.ndjson"
            ensure_ref "$dir/ref.wide" "$dir/wide.ndjson" always
            # The server's own COPY of them, with its default compression of what it stores compressed
            # (pglz; the loader sets lz4 where nobody chose: see README, "Large records").
            has_approach copyN && copy_server_n copyN-wide "wide records as 1 NDJSON, $CONNS slices" "$dir/ref.wide" \
                "$(meta_get "$dir" wide_records)" "$(meta_get "$dir" wide_bytes)" "$rep" "$sdir_wide"
            load_pgjsonload pgjsonload-wide "wide records, 50 events each (memory)" "$dir/ref.wide" \
                "$(meta_get "$dir" wide_records)" "$(meta_get "$dir" wide_bytes)" "$rep" "$dir/wide.ndjson"
        fi
    done
    [ -s "$RUN_DIR/results.tsv" ] || die "nothing was run (check --only)"

    # The report: printed, and appended to RESULTS.md.
    local out=$RUN_DIR/report.md
    {
        echo "## $(date '+%Y-%m-%d %H:%M %Z') -- size $SIZE"
        echo
        echo "- Command: \`$COMMAND_LINE\`"
        echo "- Machine: $(machine_line)"
        echo "- Server: $([ "$OWN_SERVER" = 1 ] && echo "own, default settings" || echo "--dsn") ($SERVER_SETTINGS); ceiling with $CONNS connections"
        echo "- Shared machine: \"other procs CPU\" = machine CPU minus loader minus server during a run; a run with"
        echo "  others above $MAX_OTHER of the machine's CPU was repeated (up to $RETRIES times), the least disturbed attempt is shown$([ "$NICE" = 0 ] || echo "; server and clients ran at nice $NICE")."
        echo "- Data: $data_line"
        [ "$REPEAT" = 1 ] || echo "- Each run repeated $REPEAT times; the median run (by seconds) is shown."
        [ -z "$NOTE" ] || echo "- Note: $NOTE"
        [ -z "$TIME_NOTE" ] || echo "- $TIME_NOTE"
        [ -z "$RAW_NOTE" ] || echo "- $RAW_NOTE."
        echo
        report
        echo
        echo "Server-side COPY and psql \\copy read the NDJSON equivalent of the records: the large NDJSON file"
        echo "is the reference for the broken-array and .gz cases, the concatenated small files for the small-files case$(
            if has_case github; then echo ","; else echo "."; fi)"
        if has_case github; then
            echo "the GitHub events as compact NDJSON (same keys in the same order, same text) for the github case, where"
            echo "pgjsonload reads the original pretty-printed files. MB = NDJSON bytes of the records in every case."
        fi
        if [ "$LOADER_HAS_RAW" = 1 ]; then
            echo "pgjsonload by default sends one-line records as read and pretty-printed ones compact (no whitespace, keys as written; canonical, keys in jsonb's order, to a server elsewhere); --raw sends all as read, --canonical (--loader-args) all canonical."
        else
            echo "This pgjsonload binary has no --raw option: it sends the records as read (the behaviour before issue 8)."
        fi
        echo
        echo "Targets:"
        echo
        targets
        echo
        echo "Where the time goes (pg_stat_activity every 0.5 s: the run's connections and what their busy samples"
        echo "wait for, CPU = running; loader threads from /proc):"
        echo
        profile
        echo
        echo "Logs: ${RUN_DIR#"$ROOT"/}"
        echo
    } >"$out"
    cat "$out"
    if [ "$WRITE_RESULTS" = 1 ]; then
        [ -f "$RESULTS_MD" ] || { results_header; echo; } >"$RESULTS_MD"
        cat "$out" >>"$RESULTS_MD"
        say "results appended to ${RESULTS_MD#"$ROOT"/}"
    fi
    [ "$FAILURES" = 0 ] || die "$FAILURES run(s) failed or loaded wrong data (see the check column)"
}

# On one line: bash reads a script while running it, so nothing after "main" is read after an
# edit of this file during a run.
main; exit
