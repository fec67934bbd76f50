#!/usr/bin/env bash
# What `npm run test:slides` needs besides the browser tests' packages: LibreOffice Impress (to convert the
# exported .pptx to PDF) and poppler-utils (pdftotext, pdftoppm). No-op when they are present.
set -euo pipefail
bash "$(dirname "$0")/install-test-deps.sh"
if command -v soffice >/dev/null 2>&1 && command -v pdftotext >/dev/null 2>&1 && command -v pdftoppm >/dev/null 2>&1; then
  exit 0
fi
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends libreoffice-impress poppler-utils >/dev/null
