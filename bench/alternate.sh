#!/usr/bin/env bash
# A/B measurements by hand: runs each command in turn, ROUNDS times interleaved (this VM's speed
# drifts by 10-20% within minutes, so A and B must alternate), into a table emptied, forgotten by
# the load journal and CHECKPOINTed before every run, and prints per run: wall seconds, the
# command's own CPU (user + system, from /usr/bin/time), its minor page faults and peak RSS, and
# the server's CPU (utime + stime of the postmaster and all its children, from /proc; the server
# must run on this machine).
#
#   bench/alternate.sh [--rounds N] [--dsn DSN] [--table T] [--pgdata DIR] -- 'command A' 'command B' ...
#
# The commands run in bash with $DSN and $TABLE set, e.g.
#   bench/alternate.sh --rounds 3 -- \
#     'build/bin/pgjsonload load --dsn "$DSN" --src_file F --dst_table $TABLE --no-journal' \
#     '/tmp/old/pgjsonload load --dsn "$DSN" --src_file F --dst_table $TABLE --no-journal'
#     "psql \"\$DSN\" -qc \"copy \$TABLE from '/abs/F' (format csv, quote e'\\x01', delimiter e'\\x02')\""
# Defaults: 3 rounds, the bench's own server (bench/work/pg, started by bench/run.sh or
# tests/pgserver.sh), table tp (created as "data jsonb NOT NULL" when missing).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
rounds=3
pgdata=$root/bench/work/pg/pgdata
DSN="host=$root/bench/work/pg/socket port=55432 user=postgres dbname=postgres"
TABLE=tp
while [ $# -gt 0 ]; do
    case $1 in
        --rounds) rounds=$2; shift 2 ;;
        --dsn) DSN=$2; shift 2 ;;
        --table) TABLE=$2; shift 2 ;;
        --pgdata) pgdata=$2; shift 2 ;;
        --) shift; break ;;
        *) echo "alternate.sh: unknown option $1 (the commands come after --)" >&2; exit 2 ;;
    esac
done
[ $# -gt 0 ] || { echo "alternate.sh: no commands (after --)" >&2; exit 2; }
export DSN TABLE
postmaster=$(head -1 "$pgdata/postmaster.pid" 2>/dev/null) ||
    { echo "alternate.sh: no server running in $pgdata (--pgdata)" >&2; exit 2; }

pg() { psql "$DSN" -X -q -v ON_ERROR_STOP=1 "$@"; }
# Children that exited are in the postmaster's cutime/cstime (fields 16 and 17).
server_ticks() {
    local sum=0 pid
    for pid in "$postmaster" $(pgrep -P "$postmaster"); do
        [ -r "/proc/$pid/stat" ] && sum=$((sum + $(awk '{print $14 + $15 + $16 + $17}' "/proc/$pid/stat")))
    done
    echo "$sum"
}
hz=$(getconf CLK_TCK)

PGOPTIONS="-c client_min_messages=warning" pg -c "CREATE TABLE IF NOT EXISTS $TABLE (data jsonb NOT NULL)"
timing=$(mktemp)
trap 'rm -f "$timing"' EXIT
for round in $(seq 1 "$rounds"); do
    i=0
    for command in "$@"; do
        i=$((i + 1))
        # The load journal would have the files as loaded already: forget them, as bench/run.sh does.
        if [ "$(psql "$DSN" -X -Atc "SELECT to_regclass('pgjsonload.files') IS NOT NULL")" = t ]; then
            pg -c "DELETE FROM pgjsonload.files WHERE target = to_regclass('$TABLE')"
        fi
        pg -c "TRUNCATE $TABLE" -c "CHECKPOINT"
        before=$(server_ticks)
        status=0
        /usr/bin/time -o "$timing" -f "%e %U %S %R %M" bash -c "$command" >/dev/null 2>&1 || status=$?
        after=$(server_ticks)
        rows=$(psql "$DSN" -X -Atc "SELECT count(*) FROM $TABLE")
        awk -v r="$round" -v i="$i" -v s="$(( (after - before) * 100 / hz ))" -v rows="$rows" -v st="$status" '
            END { printf "round %d, command %d: wall %.2f s, command CPU %.2f s, %d faults, %d MB, server CPU %.2f s, %d rows%s\n",
                         r, i, $1, $2 + $3, $4, $5 / 1024, s / 100, rows, st ? ", exit " st : "" }' "$timing"
    done
done
