#!/usr/bin/env bash
# Installs what the tests need beyond npm packages: Debian's Chromium (Playwright cannot download a browser
# here) and CJK fonts (without them Chinese renders as boxes in screenshots). Does nothing if present.
set -euo pipefail
missing=()
command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium ] || missing+=(chromium)
fc-list 2>/dev/null | grep -qi 'Noto Sans CJK' || missing+=(fonts-noto-cjk)
if [ ${#missing[@]} -eq 0 ]; then
  echo "Test dependencies present: chromium, fonts-noto-cjk"
  exit 0
fi
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
echo "Installing ${missing[*]} (apt)…"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
echo "Installed ${missing[*]}"
