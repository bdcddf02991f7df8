#!/usr/bin/env bash
# Runs before `npm test` (npm's pretest): the Rhino suite needs Debian's Mozilla Rhino 1.7.14
# (Java is on the machines). Installs it when missing, so `npm ci && npm test` works on a fresh
# machine; quick when it is already there.
set -euo pipefail
if command -v rhino >/dev/null 2>&1; then
    exit 0
fi
if [ "$(id -u)" != "0" ] || ! command -v apt-get >/dev/null 2>&1; then
    echo "The Rhino suite needs Debian's rhino: run 'sudo apt-get install -y rhino' and retry." >&2
    exit 1
fi
echo "Installing Debian's rhino (Mozilla Rhino 1.7.14) for the Rhino suite…" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends rhino >/dev/null
echo "rhino $(dpkg-query -W -f='${Version}' rhino) installed." >&2
