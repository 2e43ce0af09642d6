#!/usr/bin/env bash
# Install the external validators that pubkit's tests and `pubkit check` call, into
# .cache/validators/ of this checkout (gitignored): the same installer a city app runs as
# `pubkit validators install` (src/pubkit/validators/install.py says what and how: veraPDF
# and EPUBCheck from Maven Central with strict checksums, axe-core, playwright-core and
# Ace by DAISY from npm with `npm ci` against the lock file shipped in the package).
# Idempotent: a second run only checks what is there and takes seconds.
# Needs .venv (scripts/setup.sh makes it), java, mvn, node, npm; Debian chromium at run time.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
exec "$ROOT/.venv/bin/python" -m pubkit.validators.install --home "$ROOT/.cache/validators"
