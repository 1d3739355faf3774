#!/usr/bin/env bash
# The e2e tests drive Debian's Chromium; a fresh machine of this kind lacks it. Never downloads a browser of its own.
set -euo pipefail
path="${CHROME_PATH:-/usr/bin/chromium}"
[ -x "$path" ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "Installing Debian's chromium for the browser tests (about a minute)…"
  apt-get update -qq && apt-get install -y -qq chromium >/dev/null
else
  echo "Chromium is missing at $path: install it (sudo apt-get install -y chromium) or set CHROME_PATH." >&2
  exit 1
fi
