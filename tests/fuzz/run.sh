#!/usr/bin/env bash
# Fuzzes the reading stage (RecordFramer + JsonValidator, see fuzz_reader.cpp) for SECONDS
# (default 600): builds build-fuzz/ with clang and libFuzzer + ASan + UBSan, replays
# tests/fuzz/regressions/, then fuzzes from a corpus seeded with the shared test data. A crash or
# a broken invariant stops the run and is kept in tests/fuzz/crashes/. Not part of CI.
#   bash tests/fuzz/run.sh [SECONDS] [extra libFuzzer flags...]
set -euo pipefail
seconds=${1:-600}
shift || true
root=$(cd "$(dirname "$0")/../.." && pwd)
here=$root/tests/fuzz
build=$root/build-fuzz
shared=${PJL_SHARED_TESTDATA:-$root/../shared/testdata}

# Debian 12's clang 14 and its compiler-rt (libFuzzer, the sanitizers' runtimes).
need=()
for p in clang-14 libclang-rt-14-dev; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || need+=("$p")
done
if [ ${#need[@]} -gt 0 ]; then
    [ "$(id -u)" = 0 ] || { echo "fuzz: missing packages: ${need[*]}; run as root" >&2; exit 1; }
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

CC=clang-14 CXX=clang++-14 nice -n 15 cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DPJL_FUZZ=ON -DPJL_BUILD_GUI=OFF -DPJL_BUILD_TESTS=OFF -DPJL_WERROR=ON >/dev/null
nice -n 15 cmake --build "$build" -j2 --target fuzz_reader
fuzzer=$build/bin/fuzz_reader

export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1
export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1

# Every input that once broke something must pass now.
shopt -s nullglob
regressions=("$here"/regressions/*)
if [ ${#regressions[@]} -gt 0 ]; then
    nice -n 15 "$fuzzer" "${regressions[@]}" >/dev/null 2>"$build/regressions.log" ||
        { cat "$build/regressions.log" >&2; echo "fuzz: a regression input fails again" >&2; exit 1; }
    echo "fuzz: ${#regressions[@]} regression inputs pass"
fi

# Seeds: JSONTestSuite, slices of the real GitHub export (its opening, middles, the end of a
# record), our framing samples. The working corpus persists in build-fuzz/ between runs.
seeds=$build/fuzz-seeds
corpus=$build/fuzz-corpus
crashes=$here/crashes
mkdir -p "$seeds" "$corpus" "$crashes"
if [ ! -e "$seeds/.done" ]; then
    cp "$shared"/jsontestsuite/cases/*.json "$seeds/"
    cp "$here"/seeds/* "$seeds/"
    github=$shared/realworld/github-events/github_events_2015.json.gz
    if [ -f "$github" ]; then
        zcat "$github" | head -c 4096 >"$seeds/github-head.json" || true
        for offset in 100000 1000000 5000000 20000000; do
            for length in 700 3000 12000; do
                zcat "$github" | head -c $((offset + length)) | tail -c "$length" \
                    >"$seeds/github-$offset-$length.json" || true
            done
        done
    fi
    touch "$seeds/.done"
fi

log=$build/fuzz-$(date +%Y%m%d-%H%M%S).log
echo "fuzz: ${seconds}s, log $log"
status=0
nice -n 15 "$fuzzer" "$corpus" "$seeds" -max_total_time="$seconds" -max_len=24576 -timeout=30 -report_slow_units=60 \
    -rss_limit_mb=2048 -dict="$here/json.dict" -artifact_prefix="$crashes/" -print_final_stats=1 "$@" \
    2>"$log" || status=$?
grep -E '^#[0-9]+ +DONE|^stat::number_of_executed_units|^stat::average_exec_per_sec|^Done [0-9]+ runs' "$log" || true
if [ $status -ne 0 ]; then
    grep -E 'invariant violated|ERROR: |runtime error|Test unit written' "$log" | head -5 >&2
    echo "fuzz: found something (exit $status): see $log and $crashes" >&2
fi
exit $status
