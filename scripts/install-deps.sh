#!/usr/bin/env bash
# Installs the Debian packages salescoach needs to build, test and run, if any are missing.
#
#   scripts/install-deps.sh           what make demo and make test need
#   scripts/install-deps.sh --bench   and also the peers the benchmark compares with (make bench)
#
# Idempotent and quick when everything is present: it asks dpkg first and only calls apt-get
# for the packages that are missing. Runs as root directly, or through sudo when available.
set -euo pipefail

packages=(
  # toolchain
  g++ cmake ninja-build make pkg-config
  # libraries (see ARCHITECTURE.md, "Chosen dependencies")
  libsqlite3-dev libfmt-dev libcli11-dev nlohmann-json3-dev libyaml-cpp-dev libsimdjson-dev
  libhyperscan-dev libcurl4-openssl-dev
  # tests
  libgtest-dev libgmock-dev libbenchmark-dev sqlite3
  # the delivery tests send to a real SMTP server on 127.0.0.1 (Debian's python3 has it)
  python3-aiosmtpd
  # Node.js runs the npm client (the VADER lexicon, pinned in package-lock.json) and the
  # reference implementation the sentiment tests compare against
  nodejs
)

# The benchmark (bench/README.md) times NLTK's VADER, as Debian ships it, beside ours.
case "${1:-}" in
  "") ;;
  --bench) packages+=(python3-nltk) ;;
  *) echo "usage: scripts/install-deps.sh [--bench]" >&2; exit 2 ;;
esac

install_npm_packages() {
  # npm ci installs exactly what package-lock.json pins; skipped when it is already there.
  local root
  root="$(cd "$(dirname "$0")/.." && pwd)"
  if [ ! -f "$root/node_modules/vader-sentiment/vader_lexicon.txt" ]; then
    echo "salescoach: installing npm packages (package-lock.json)" >&2
    (cd "$root" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error >/dev/null)
  fi
}

missing=()
for package in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$package")
  fi
done
# Node.js builds that bundle npm (as NodeSource's do) conflict with Debian's npm package, so
# npm is installed only when no npm command exists.
command -v npm >/dev/null || missing+=(npm)
if [ ${#missing[@]} -eq 0 ]; then
  install_npm_packages
  exit 0
fi

echo "salescoach: installing ${missing[*]}" >&2
sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "salescoach: run as root or install sudo" >&2; exit 1; }
  sudo_cmd=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
# A stale or empty package index makes apt-get fail to find packages; refresh it once.
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
install_npm_packages
