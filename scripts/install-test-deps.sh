#!/usr/bin/env bash
# Installs what the browser tests need from Debian: Chromium and a Japanese font (without it every Japanese
# glyph renders as tofu in the page and in exported PNGs). No-op when both are present.
set -euo pipefail
if command -v chromium >/dev/null 2>&1 && fc-list :lang=ja 2>/dev/null | grep -q .; then
  exit 0
fi
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends chromium fonts-noto-cjk fontconfig >/dev/null
