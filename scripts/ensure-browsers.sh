#!/usr/bin/env bash
# The browser tests drive Debian's chromium through playwright-core and Debian's firefox-esr through puppeteer-core.
# Installs whichever is missing when we may (root with apt-get); otherwise says how, and fails, so that no browser test
# is silently left out. Says nothing when both are there.
set -euo pipefail
chromium="${SKOLDIGIPLAN_CHROMIUM:-/usr/bin/chromium}"
firefox="${SKOLDIGIPLAN_FIREFOX:-/usr/bin/firefox-esr}"
missing=()
[ -x "$chromium" ] || missing+=(chromium)
[ -x "$firefox" ] || missing+=(firefox-esr)
if [ ${#missing[@]} -eq 0 ]; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "${missing[*]} saknas: installerar Debians paket ${missing[*]} (för webbläsartesterna)" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  apt-get install -y -qq "${missing[@]}" >/dev/null
  [ -x "$chromium" ] && [ -x "$firefox" ] && exit 0
fi
[ -x "$chromium" ] || {
  echo "fel: webbläsartesterna behöver chromium ($chromium)." >&2
  echo "tips: installera den med 'sudo apt-get install chromium', eller ange en annan med SKOLDIGIPLAN_CHROMIUM=/sökväg." >&2
}
[ -x "$firefox" ] || {
  echo "fel: webbläsartesterna behöver firefox-esr ($firefox)." >&2
  echo "tips: installera den med 'sudo apt-get install firefox-esr', eller ange en annan med SKOLDIGIPLAN_FIREFOX=/sökväg." >&2
}
exit 1
