#!/usr/bin/env bash
# Debian packages the local wiki and the browser tests need: MediaWiki 1.39 (with the
# Gadgets extension), PHP with SQLite, wikidiff2 (production's diff engine), Chromium.
# apache2 comes in as a dependency of mediawiki; it must never start (it would listen
# on 0.0.0.0:80), so a policy-rc.d that denies service starts is put in place first.
set -euo pipefail
PACKAGES=(mediawiki php-cli php-sqlite3 php-intl php-mbstring php-xml php-wikidiff2 chromium curl)
missing=()
for p in "${PACKAGES[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
if [ ${#missing[@]} -eq 0 ]; then echo "system packages: all present"; exit 0; fi
SUDO=""
if [ "$(id -u)" != 0 ]; then
  if command -v sudo >/dev/null && sudo -n true 2>/dev/null; then SUDO="sudo"; else
    echo "missing Debian packages: ${missing[*]}" >&2
    echo "install them as root: apt-get install --no-install-recommends ${missing[*]}" >&2
    exit 1
  fi
fi
if ! command -v apt-get >/dev/null; then
  echo "no apt-get: on a non-Debian system install MediaWiki 1.39+ with the Gadgets extension, PHP with SQLite, and Chromium yourself (missing: ${missing[*]})" >&2
  exit 1
fi
created_policy=0
if [ ! -e /usr/sbin/policy-rc.d ]; then
  printf '#!/bin/sh\nexit 101\n' | $SUDO tee /usr/sbin/policy-rc.d >/dev/null; $SUDO chmod 755 /usr/sbin/policy-rc.d; created_policy=1
fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
[ "$created_policy" = 1 ] && $SUDO rm -f /usr/sbin/policy-rc.d
echo "system packages: installed ${missing[*]}"
