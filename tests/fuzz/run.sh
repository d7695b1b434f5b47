#!/usr/bin/env bash
# Fuzzes the reading stage, the canonicalizer and gzip reading for SECONDS in total (default 600):
# builds build-fuzz/ with clang and libFuzzer + ASan + UBSan, replays tests/fuzz/regressions/
# through every target, then fuzzes each target in turn for its share of the time, from a corpus
# seeded with the shared test data: fuzz_reader (RecordFramer + JsonValidator + the canonicalizer on
# what it accepts, see fuzz_reader.cpp), fuzz_canonical (JsonbCanonicalizer, see canonicalcheck.cpp)
# and fuzz_gzip (InputFile on gzip files made from the input, against zlib, see fuzz_gzip.cpp).
# A crash or a broken invariant ends that target's run and is kept in tests/fuzz/crashes/. Not
# part of CI.
#   bash tests/fuzz/run.sh [SECONDS] [extra libFuzzer flags...]
#   PJL_FUZZ_TARGETS="canonical" bash tests/fuzz/run.sh 300     # one target only
set -euo pipefail
seconds=${1:-600}
shift || true
root=$(cd "$(dirname "$0")/../.." && pwd)
here=$root/tests/fuzz
build=$root/build-fuzz
shared=${PJL_SHARED_TESTDATA:-$root/../shared/testdata}
targets=(${PJL_FUZZ_TARGETS:-reader canonical gzip})

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
    -DPJL_FUZZ=ON -DPJL_BUILD_GUI=OFF -DPJL_BUILD_TESTS=OFF -DPJL_WERROR=ON -DCMAKE_CXX_FLAGS= >/dev/null
nice -n 15 cmake --build "$build" -j2 --target "${targets[@]/#/fuzz_}"

export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1
export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1

# Every input that once broke something must pass now.
shopt -s nullglob
regressions=("$here"/regressions/*)
if [ ${#regressions[@]} -gt 0 ]; then
    for target in "${targets[@]}"; do
        nice -n 15 "$build/bin/fuzz_$target" "${regressions[@]}" >/dev/null 2>"$build/regressions.log" ||
            { cat "$build/regressions.log" >&2; echo "fuzz: a regression input fails again ($target)" >&2; exit 1; }
    done
    echo "fuzz: ${#regressions[@]} regression inputs pass (${targets[*]})"
fi

# Findings not fixed yet (tests/fuzz/open/, see README.md): reported, not fatal, so that the
# targets still fuzz; a file that passes now belongs in regressions/ with its fix.
open=("$here"/open/*)
if [ ${#open[@]} -gt 0 ]; then
    still=0
    for input in "${open[@]}"; do
        for target in "${targets[@]}"; do
            if ! nice -n 15 "$build/bin/fuzz_$target" "$input" >/dev/null 2>&1; then
                still=$((still + 1))
                break
            fi
        done
    done
    echo "fuzz: $still of ${#open[@]} open findings still reproduce (tests/fuzz/open/)"
fi

# Seeds: JSONTestSuite, slices of the real GitHub export (its opening, middles, the end of a
# record), our framing and canonicalizer samples (copied every run, so new ones are picked up).
# Each target's working corpus persists in build-fuzz/ between runs.
seeds=$build/fuzz-seeds
crashes=$here/crashes
mkdir -p "$seeds" "$crashes"
cp "$here"/seeds/* "$seeds/"
if [ ! -e "$seeds/.done" ]; then
    cp "$shared"/jsontestsuite/cases/*.json "$seeds/"
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

status=0
share=$((seconds / ${#targets[@]}))
for target in "${targets[@]}"; do
    corpus=$build/fuzz-corpus # fuzz_reader's, named before there were two targets
    [ "$target" = reader ] || corpus=$build/fuzz-corpus-$target
    mkdir -p "$corpus"
    log=$build/fuzz-$target-$(date +%Y%m%d-%H%M%S).log
    echo "fuzz: $target ${share}s, log $log"
    result=0
    nice -n 15 "$build/bin/fuzz_$target" "$corpus" "$seeds" -max_total_time="$share" -max_len=24576 -timeout=30 \
        -report_slow_units=60 -rss_limit_mb=2048 -dict="$here/json.dict" -artifact_prefix="$crashes/$target-" \
        -print_final_stats=1 "$@" 2>"$log" || result=$?
    grep -E '^#[0-9]+ +DONE|^stat::number_of_executed_units|^stat::average_exec_per_sec|^Done [0-9]+ runs|^canonical: [0-9]+ records' "$log" || true
    echo "fuzz: $target corpus $(find "$corpus" -type f | wc -l) files"
    if [ $result -ne 0 ]; then
        grep -E 'invariant violated|ERROR: |runtime error|Test unit written' "$log" | head -5 >&2
        echo "fuzz: $target found something (exit $result): see $log and $crashes" >&2
        status=$result
    fi
done
exit $status
