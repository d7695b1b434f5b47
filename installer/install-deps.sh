#!/usr/bin/env bash
# Installs the Debian 12 packages pgjsonload needs to build, test and run. Safe to run again: when
# everything is installed already it does nothing (no apt-get update, no network).
set -euo pipefail

packages=(
    build-essential cmake pkg-config git clang-format
    qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libqt6sql6-psql qtkeychain-qt6-dev
    qt6-translations-l10n # Qt's own texts in German (buttons, --help); tst_translations checks them
    libpq-dev libsimdjson-dev zlib1g-dev libisal-dev
    postgresql
    dpkg-dev appstream desktop-file-utils shared-mime-info # packaging and its test (tst_package)
)

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" != 0 ]; then
    echo "install-deps: missing packages: ${missing[*]}; run as root (or with sudo)" >&2
    exit 1
fi
echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
# The Debian package starts a cluster of its own; ours are private, so leave it be: it only
# takes port 5432, which we never use.
