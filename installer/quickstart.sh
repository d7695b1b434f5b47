#!/usr/bin/env bash
# The README's first command: install, build, start a private PostgreSQL, generate a small realistic
# sample and load it with the CLI. Safe to run again (the server is reused, the demo tables refilled).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

bash installer/install-deps.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build -j"$(nproc)"

# A private server in the project (.sandbox/pg), on a loopback port and a unix socket of its own.
dsn=$(bash tests/pgserver.sh start "$root/.sandbox/pg")
psql "$dsn" -qAtc "SELECT 1 FROM pg_database WHERE datname = 'pgjsonload_demo'" | grep -q 1 ||
    psql "$dsn" -qc "CREATE DATABASE pgjsonload_demo"
demo_dsn=${dsn/dbname=postgres/dbname=pgjsonload_demo}

# Sample data: event tracking in the original tool's broken-array framing, weather readings as
# NDJSON (and gzip), a few hundred small files.
sample="$root/.sandbox/sample"
mkdir -p "$sample/weather"
gen=build/bin/pgjsonload-datagen
$gen --kind events --framing broken --records 50000 --seed 1 --out "$sample/track_events.json"
$gen --kind weather --framing ndjson --records 20000 --seed 2 --out "$sample/weather/readings.ndjson"
$gen --kind weather --framing pretty --records 20000 --seed 3 --gzip --out "$sample/weather/archive.json.gz"

echo
echo "== pgjsonload seed + load on $demo_dsn"
build/bin/pgjsonload seed --dst_table track_events --dsn "$demo_dsn"
build/bin/pgjsonload load --src_file "$sample/track_events.json" --dst_table track_events --chunk 10000 \
    --truncate --dsn "$demo_dsn"
psql "$demo_dsn" -qc "SET client_min_messages = warning; CREATE SCHEMA IF NOT EXISTS weather"
build/bin/pgjsonload load --src_file "$sample/weather" --dst_table weather.readings --truncate --dsn "$demo_dsn"
echo
psql "$demo_dsn" -c "SELECT 'track_events' AS table, count(*) AS rows, pg_size_pretty(pg_total_relation_size('track_events')) AS size FROM track_events
                     UNION ALL SELECT 'weather.readings', count(*), pg_size_pretty(pg_total_relation_size('weather.readings')) FROM weather.readings"
echo "The sandbox server keeps running: psql \"$demo_dsn\""
echo "Stop it with: bash tests/pgserver.sh stop $root/.sandbox/pg"
