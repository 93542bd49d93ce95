#!/usr/bin/env bash
# Installs what the tests need beyond the .NET SDK and Node: Debian's Chromium and ChromeDriver for the
# browser tests, and the npm packages of the Node test clients. Safe to run again; does nothing when done.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"

if ! command -v chromium >/dev/null 2>&1 || ! command -v chromedriver >/dev/null 2>&1; then
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
  echo "Installing chromium and chromium-driver (Debian packages)…"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium chromium-driver >/dev/null
fi

clients="$root/tests/clients"
stamp="$clients/node_modules/.install-stamp"
if [ ! -f "$stamp" ] || [ "$clients/package-lock.json" -nt "$stamp" ]; then
  echo "Installing the Node test clients (npm ci)…"
  (cd "$clients" && npm ci --no-audit --no-fund --loglevel=error)
  touch "$stamp"
fi
