#!/usr/bin/env bash
# The browser tests drive Debian's chromium through playwright-core, Debian's firefox-esr through puppeteer-core, and
# WebKitGTK (Safari's engine) through WebKitWebDriver on an Xvfb display. Installs whichever is missing when we may (root
# with apt-get); otherwise says how, and fails, so that no browser test is silently left out. Says nothing when all are
# there.
set -euo pipefail
chromium="${SKOLDIGIPLAN_CHROMIUM:-/usr/bin/chromium}"
firefox="${SKOLDIGIPLAN_FIREFOX:-/usr/bin/firefox-esr}"
webkit="${SKOLDIGIPLAN_WEBKIT_DRIVER:-/usr/bin/WebKitWebDriver}"
xvfb="${SKOLDIGIPLAN_XVFB:-/usr/bin/Xvfb}"
# Each program, with the Debian package that brings it.
programs=("$chromium" "$firefox" "$webkit" "$xvfb")
packages=(chromium firefox-esr webkit2gtk-driver xvfb)
variables=(SKOLDIGIPLAN_CHROMIUM SKOLDIGIPLAN_FIREFOX SKOLDIGIPLAN_WEBKIT_DRIVER SKOLDIGIPLAN_XVFB)
missing() {
  local i
  for i in "${!programs[@]}"; do [ -x "${programs[$i]}" ] || echo "${packages[$i]}"; done
}
mapfile -t absent < <(missing)
if [ ${#absent[@]} -eq 0 ]; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "${absent[*]} saknas: installerar Debians paket ${absent[*]} (för webbläsartesterna)" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  apt-get install -y -qq "${absent[@]}" >/dev/null
  mapfile -t absent < <(missing)
  [ ${#absent[@]} -eq 0 ] && exit 0
fi
for i in "${!programs[@]}"; do
  [ -x "${programs[$i]}" ] && continue
  echo "fel: webbläsartesterna behöver ${programs[$i]} (Debians paket ${packages[$i]})." >&2
  echo "tips: installera det med 'sudo apt-get install ${packages[$i]}', eller ange ett annat med ${variables[$i]}=/sökväg." >&2
done
exit 1
