#!/usr/bin/env bash
# The whole test suite (unit, db, gui) built with AddressSanitizer, LeakSanitizer and
# UndefinedBehaviorSanitizer, in build-asan/. Too slow for CI's budget: run it before every
# resolve (see tests/fuzz/README.md). Any report fails the test that triggered it.
#   bash tests/sanitize.sh [ctest arguments, e.g. -L unit]
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

bash installer/install-deps.sh
nice -n 15 cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPJL_SANITIZE=ON >/dev/null
nice -n 15 cmake --build build-asan -j2
cd build-asan
# abort_on_error=0: the report goes to the test's output and the exit status says "failed".
export ASAN_OPTIONS=detect_leaks=1:detect_stack_use_after_return=1:strict_init_order=1:check_initialization_order=1
export LSAN_OPTIONS=suppressions=$root/tests/lsan.supp:print_suppressions=0
export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
QT_QPA_PLATFORM=offscreen nice -n 15 ctest --output-on-failure -j2 --timeout 1800 "$@"
