#!/usr/bin/env bash
# Installs Debian's Chromium and the CJK fonts the browser end-to-end tests need (the page is
# Japanese by default). Idempotent: does nothing when both are already there. Playwright is
# pointed at /usr/bin/chromium, so no browser is ever downloaded.
set -euo pipefail

missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
dpkg -s fonts-noto-cjk >/dev/null 2>&1 || missing+=(fonts-noto-cjk)
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -ne 0 ]; then
  SUDO=sudo
else
  SUDO=
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "ensure-chromium: installed ${missing[*]}"
