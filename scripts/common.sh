#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Shared by the set-up scripts: installs the Debian 12 packages Etalon needs, then configures and builds.
set -euo pipefail

ETALON_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ETALON_PACKAGES=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-qpa-plugins libqt6sql6-sqlite libgl-dev
    libboost-dev catch2 libsodium-dev libqrencode-dev libpwquality-dev cracklib-runtime sqlite3 clang-format python3 python3-cryptography
    qt6-pdf-dev poppler-utils zbar-tools libxml2-utils fonts-dejavu-core
    postgresql-15 postgresql-client-15 libqt6sql6-psql
)

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

install_packages() {
    local missing=()
    for p in "${ETALON_PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    if [ ${#missing[@]} -eq 0 ]; then
        say "All required Debian packages are installed."
        return
    fi
    say "Installing Debian packages: ${missing[*]}"
    local sudo=""
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null || { echo "Run as root or install sudo: missing ${missing[*]}" >&2; exit 1; }
        sudo="sudo"
    fi
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}"
}

# build DIR [extra cmake args...]
build() {
    local dir="$1"
    shift
    say "Configuring in $dir"
    cmake -S "$ETALON_ROOT" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=Release "$@"
    say "Building (this takes a few minutes the first time)"
    cmake --build "$dir" --parallel "$(nproc)"
}
