#!/usr/bin/env bash
# Installs npm dependencies exactly as package-lock.json pins them, when the lock changed since the
# last install. `npm ci` refuses a lock that is out of step with package.json, so a stale lock fails
# here instead of being silently rewritten. The lock holds every platform's optional binaries
# (@swc/core-*, @unrs/resolver-binding-*, @msgpackr-extract/*): regenerate it with
# `npm install --package-lock-only --no-audit --no-fund` after changing dependencies.
set -euo pipefail
cd "$(dirname "$0")/.."
stamp=node_modules/.practicum-lock
if [ ! -f "$stamp" ] || ! cmp -s package-lock.json "$stamp"; then
  echo "[install] npm ci" >&2
  npm ci --no-audit --no-fund --loglevel=error
  cp package-lock.json "$stamp"
fi
