#!/usr/bin/env bash
# Install Debian's headless browser for the web tests (chromium + chromedriver), if missing.
# Never downloads a browser build of its own: only Debian packages through apt-get.
# Exit 0 when both are present afterwards, 1 when they could not be installed
# (the browser tests then skip, saying why).
set -uo pipefail
if command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1; then
    exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
    echo "install-browser: no apt-get here; install chromium and chromedriver by hand" >&2
    exit 1
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then SUDO="sudo -n"; else
        echo "install-browser: not root and no sudo; cannot install chromium" >&2; exit 1
    fi
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq >/dev/null 2>&1 || true
# Debian names the driver chromium-driver; Ubuntu ships chromium-chromedriver (a snap stub) instead.
if ! $SUDO apt-get install -y -qq --no-install-recommends chromium chromium-driver fonts-dejavu-core >/dev/null 2>&1; then
    echo "install-browser: apt-get could not install chromium chromium-driver" >&2
    exit 1
fi
command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1
