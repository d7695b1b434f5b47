#!/usr/bin/env bash
# The README's second command, and what CI runs: install what is missing, build with warnings as
# errors, run every test (unit, db against a private PostgreSQL the fixture starts, gui offscreen).
set -euo pipefail
cd "$(dirname "$0")/.."

bash installer/install-deps.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPJL_WERROR=ON >/dev/null
cmake --build build -j"$(nproc)"
cd build
QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j2 --timeout 900 "$@"
