#!/usr/bin/env bash
# Runs before `npm test` (npm's pretest, after ensure-rhino.sh): the browser test
# (test/health-page.test.ts) drives Debian's Chromium with playwright-core. Installs it when
# missing, so `npm ci && npm test` works on a fresh machine; quick when it is already there.
set -euo pipefail
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$CHROMIUM" ]; then
    exit 0
fi
if [ "$(id -u)" != "0" ] || ! command -v apt-get >/dev/null 2>&1; then
    echo "The browser test needs Debian's chromium at $CHROMIUM: run 'sudo apt-get install -y chromium' (or set CHROMIUM_PATH) and retry." >&2
    exit 1
fi
echo "Installing Debian's chromium for the browser test…" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends chromium >/dev/null
if [ ! -x "$CHROMIUM" ]; then
    echo "chromium was installed but $CHROMIUM is not there: set CHROMIUM_PATH to its executable." >&2
    exit 1
fi
echo "chromium $(dpkg-query -W -f='${Version}' chromium) installed." >&2
