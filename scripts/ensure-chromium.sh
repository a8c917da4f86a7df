#!/usr/bin/env bash
# The browser tests drive Debian's chromium through playwright-core. Installs it when it is missing and we may
# (root with apt-get); otherwise says how, and fails, so that no browser test is silently left out.
set -euo pipefail
bin="${SKOLDIGIPLAN_CHROMIUM:-/usr/bin/chromium}"
if [ -x "$bin" ]; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "chromium saknas: installerar Debians paket chromium (för webbläsartesterna)" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  apt-get install -y -qq chromium >/dev/null
  [ -x "$bin" ] && exit 0
fi
echo "fel: webbläsartesterna behöver chromium ($bin)." >&2
echo "tips: installera den med 'sudo apt-get install chromium', eller ange en annan med SKOLDIGIPLAN_CHROMIUM=/sökväg." >&2
exit 1
