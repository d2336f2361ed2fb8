#!/usr/bin/env bash
# The browser tests drive Debian's Chromium (test tools cannot download their own browsers here).
# Installs it when missing and we are root on a Debian-like system; otherwise says what to do.
set -euo pipefail
browser="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$browser" ]; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Debian's chromium for the browser tests…" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium >/dev/null
  exit 0
fi
echo "The browser tests need Chromium at $browser: install it (sudo apt-get install chromium) or set CHROMIUM_PATH." >&2
exit 1
