#!/usr/bin/env bash
# Set up everything pubkit needs on a fresh Debian machine, idempotently:
#   1. Debian packages (only those missing): fonts, pango, espeak-ng, chromium, poppler, sox
#   2. a virtual environment in .venv with pubkit (editable) and all extras
#   3. with --validators: veraPDF, EPUBCheck, Ace by DAISY, axe-core (scripts/install-validators.sh)
# Downloads are cached under .cache/ so repeated runs take seconds.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
say() { printf '[setup] %s\n' "$*"; }

# Runtime: pango for WeasyPrint, fonts to embed, espeak-ng for speech.
# Tests and the demo's validators: chromium (axe-core, Ace), poppler-utils (pdftoppm), sox.
DEBIAN_PACKAGES=(
  libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 shared-mime-info
  fonts-noto-core fonts-dejavu-core fonts-symbola
  espeak-ng
  chromium poppler-utils sox libsox-fmt-mp3
  default-jre-headless maven nodejs npm
)
missing=()
for pkg in "${DEBIAN_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
# Java, Maven and Node may come from elsewhere than Debian (e.g. preinstalled): accept those.
filtered=()
for pkg in "${missing[@]}"; do
  case "$pkg" in
    default-jre-headless) command -v java >/dev/null || filtered+=("$pkg") ;;
    maven) command -v mvn >/dev/null || filtered+=("$pkg") ;;
    nodejs|npm) command -v "${pkg%js}" >/dev/null || command -v node >/dev/null || filtered+=("$pkg") ;;
    *) filtered+=("$pkg") ;;
  esac
done
if ((${#filtered[@]})); then
  say "installing Debian packages: ${filtered[*]}"
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${filtered[@]}" >/dev/null
fi

# Python: a venv with pubkit and every extra; reinstalled only when pyproject.toml changes.
PYTHON="${PYTHON:-python3}"
[ -x .venv/bin/python ] || { say "creating .venv"; "$PYTHON" -m venv .venv; }
stamp=.venv/.pubkit-installed
if [ ! -f "$stamp" ] || ! cmp -s pyproject.toml "$stamp"; then
  say "installing pubkit-a11y[all,dev] into .venv"
  export PIP_CACHE_DIR="$ROOT/.cache/pip"
  .venv/bin/python -m pip install -q --upgrade pip
  # The distribution was called "pubkit" before it became pubkit-a11y: drop the old one.
  .venv/bin/python -m pip uninstall -q -y pubkit 2>/dev/null || true
  .venv/bin/python -m pip install -q -e ".[all,dev]"
  cp pyproject.toml "$stamp"
fi

if [ "${1:-}" = "--validators" ]; then
  bash scripts/install-validators.sh
fi
say "ready"
