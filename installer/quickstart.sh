#!/usr/bin/env bash
# The README's first command: install, build, start the local sandbox PostgreSQL (pgjsonload local),
# generate a small realistic sample and load it with the CLI. Safe to run again (the sandbox is
# reused, the demo tables refilled).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

bash installer/install-deps.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build -j"$(nproc)"

# The CLI's own sandbox: a private PostgreSQL made from the installed server programs, in
# pgjsonload's data folder (for root: /var/lib/pgjsonload/sandbox), on a unix socket only we can reach.
pgjsonload=build/bin/pgjsonload
$pgjsonload local start >/dev/null
sandbox_dsn=$($pgjsonload local status)

# Sample data: event tracking in the original tool's broken-array framing, weather readings as
# NDJSON and as a pretty-printed gzip array.
sample="$root/.sandbox/sample"
mkdir -p "$sample/weather"
gen=build/bin/pgjsonload-datagen
$gen --kind events --framing broken --records 50000 --seed 1 --out "$sample/track_events.json"
$gen --kind weather --framing ndjson --records 20000 --seed 2 --out "$sample/weather/readings.ndjson"
$gen --kind weather --framing pretty --records 20000 --seed 3 --gzip --out "$sample/weather/archive.json.gz"

echo
echo "== pgjsonload seed + load into the local sandbox PostgreSQL ($sandbox_dsn)"
$pgjsonload seed --local --keep-local --dst_table track_events
$pgjsonload load --local --keep-local --src_file "$sample/track_events.json" --dst_table track_events \
    --chunk 10000 --truncate
psql "$sandbox_dsn" -qc "SET client_min_messages = warning; CREATE SCHEMA IF NOT EXISTS weather"
$pgjsonload load --local --keep-local --src_file "$sample/weather" --dst_table weather.readings --truncate
echo
psql "$sandbox_dsn" -c "SELECT 'track_events' AS table, count(*) AS rows, pg_size_pretty(pg_total_relation_size('track_events')) AS size FROM track_events
                        UNION ALL SELECT 'weather.readings', count(*), pg_size_pretty(pg_total_relation_size('weather.readings')) FROM weather.readings"
echo "The sandbox keeps running: psql \"$sandbox_dsn\"  (the app: build/bin/pgjsonload-gui, connection \"Local PostgreSQL\")"
echo "Stop it with: $pgjsonload local stop"
