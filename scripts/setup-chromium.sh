#!/usr/bin/env bash
# Installs Debian's Chromium for the dashboard's browser tests, if it is missing. Idempotent: does nothing when
# /usr/bin/chromium is already there. Never downloads a browser of its own (no `playwright install`).
set -euo pipefail
if [ -x /usr/bin/chromium ]; then
  exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "setup-chromium: apt-get not found; install Chromium at /usr/bin/chromium by hand" >&2
  exit 1
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO="sudo -n"; else
    echo "setup-chromium: not root and no sudo; install the 'chromium' package by hand" >&2
    exit 1
  fi
fi
export DEBIAN_FRONTEND=noninteractive
# Another apt-get (a parallel setup script) may hold the lock: wait for it rather than fail.
$SUDO apt-get -o DPkg::Lock::Timeout=300 update -qq
$SUDO apt-get -o DPkg::Lock::Timeout=300 install -y -qq --no-install-recommends chromium fonts-dejavu-core >/dev/null
test -x /usr/bin/chromium
echo "setup-chromium: $(/usr/bin/chromium --version 2>/dev/null || echo chromium installed)"
