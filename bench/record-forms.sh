#!/usr/bin/env bash
# Issue 8: how much server CPU does jsonb's input spend on the same records in three forms?
#   A: as the producer wrote them (compact NDJSON, its key order)
#   B: keys in jsonb's order, compact (what pgjsonload's canonical form sends)
#   C: keys in jsonb's order with jsonb's output spacing (PostgreSQL's own data::text)
# Each is loaded with server-side COPY (CSV trick) on one connection, REPEAT times interleaved, and
# the backend's own CPU time (utime+stime from /proc/self/stat, read by the backend) is printed.
#
#   bench/record-forms.sh DSN NDJSON-FILE [REPEAT]
# The server must run on this machine as a superuser-reachable DSN (pg_read_file) and be able to
# read the scratch directory (bench/work/forms, made world-readable).
# (C is written by psql's \copy: the server may not write there.)
set -euo pipefail
dsn=$1 source=$2 repeat=${3:-5}
root=$(cd "$(dirname "$0")" && pwd)
work=$root/work/forms
mkdir -p "$work" && chmod 755 "$root/work" "$work"
pg() { psql "$dsn" -X -q -v ON_ERROR_STOP=1 "$@"; }

cp "$source" "$work/A.ndjson"
python3 - "$work/A.ndjson" "$work/B.ndjson" <<'EOF'
import json, sys
def key(k): b = k.encode(); return (len(b), b)
def canon(v):
    if isinstance(v, dict):
        return {k: canon(v[k]) for k in sorted(v, key=key)}
    return [canon(x) for x in v] if isinstance(v, list) else v
with open(sys.argv[1]) as f, open(sys.argv[2], 'w') as o:
    for line in f:
        o.write(json.dumps(canon(json.loads(line)), separators=(',', ':'), ensure_ascii=False) + '\n')
EOF
pg -c "DROP TABLE IF EXISTS forms_src" -c "CREATE TABLE forms_src (data jsonb NOT NULL)" \
   -c "COPY forms_src FROM '$work/A.ndjson' WITH (FORMAT csv, QUOTE e'\x01', DELIMITER e'\x02')" \
   -c "\\copy (SELECT data::text FROM forms_src) TO '$work/C.ndjson' WITH (FORMAT csv, QUOTE e'\x01', DELIMITER e'\x02')" \
   -c "DROP TABLE forms_src"
chmod 644 "$work"/*.ndjson

cpu="split_part(pg_read_file('/proc/self/stat'), ' ', 14)::int + split_part(pg_read_file('/proc/self/stat'), ' ', 15)::int"
for _ in $(seq 1 "$repeat"); do
    for form in A B C; do
        pg -At <<SQL
DROP TABLE IF EXISTS forms; CREATE TABLE forms (data jsonb NOT NULL); CHECKPOINT;
CREATE TEMP TABLE t0 AS SELECT $cpu AS t;
COPY forms FROM '$work/$form.ndjson' WITH (FORMAT csv, QUOTE e'\x01', DELIMITER e'\x02');
SELECT '$form', round(($cpu - t) / 100.0, 2) FROM t0;
SQL
    done
done | sort | awk -F'|' '{ v[$1] = v[$1] " " $2 } END { for (k in v) print k ":" v[k] }' | sort
echo "A = as written, B = jsonb key order compact, C = jsonb key order with jsonb's spacing;"
echo "backend CPU seconds per COPY ($(wc -l <"$work/A.ndjson") records; sizes $(stat -c %s "$work"/[ABC].ndjson | tr '\n' ' ')bytes)"
pg -c "DROP TABLE IF EXISTS forms"
