#!/usr/bin/env bash
# Renders the desktop application's main states to resources/screenshots/*.png under a virtual
# display (Xvfb), for the README and for review: empty window, files queued, load in progress,
# finished with rejects, log, load history, connection dialog. Starts its own PostgreSQL and removes it afterwards.
#
#   tests/gui/screenshots.sh [BUILD_DIR]      (default: build-gui next to this checkout's sources)
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$root/build-gui}
out="$root/resources/screenshots"

command -v xvfb-run >/dev/null || { [ "$(id -u)" = 0 ] && apt-get install -y -qq xvfb xauth >/dev/null; } ||
    { echo "screenshots: needs xvfb-run (apt-get install xvfb xauth)" >&2; exit 1; }
[ -f "$build/CMakeCache.txt" ] || cmake -S "$root" -B "$build"
cmake --build "$build" -j"$(nproc)" --target pgjsonload-screenshooter pgjsonload-datagen >/dev/null

work=$(mktemp -d /tmp/pgjsonload-shots.XXXXXX)
chmod 755 "$work" # the server runs as user postgres
cleanup() {
    bash "$root/tests/pgserver.sh" stop "$work/server" >/dev/null 2>&1 || true
    rm -rf "$work"
}
trap cleanup EXIT
dsn=$(bash "$root/tests/pgserver.sh" start "$work/server" "" tuned)

# The files the pictures show: the usual shapes of JSON exports, big enough to watch them load.
gen="$build/bin/pgjsonload-datagen"
data="$work/data"
mkdir -p "$data" "$work/home"
"$gen" --kind events --framing ndjson --records 250000 --out "$data/track_events.ndjson" 2>/dev/null
"$gen" --kind events --framing ndjson --records 150000 --gzip --seed 2 --out "$data/page_views_2024-11.ndjson.gz" 2>/dev/null
"$gen" --kind weather --framing array --records 120000 --seed 3 --out "$data/weather_stations.json" 2>/dev/null
"$gen" --kind mixed --framing broken --records 90000 --seed 4 --out "$data/crm_export.json" 2>/dev/null
"$gen" --kind events --framing pretty --records 30000 --seed 5 --out "$data/sessions_pretty.json" 2>/dev/null

mkdir -p "$out"
HOME="$work/home" PJL_NO_KEYCHAIN=1 LANG=C.UTF-8 \
    xvfb-run -a -s "-screen 0 1440x960x24 -dpi 96" \
    "$build/bin/pgjsonload-screenshooter" "$out" "$data" "$dsn"
ls -l "$out"/*.png
