#!/usr/bin/env bash
# Installs npm dependencies when package-lock.json changed since the last install.
set -euo pipefail
cd "$(dirname "$0")/.."
stamp=node_modules/.practicum-lock
if [ ! -f "$stamp" ] || ! cmp -s package-lock.json "$stamp"; then
  # `npm install` rather than `npm ci`: the registry here lacks some other platforms' optional
  # binaries (@swc/core-darwin-*), which `npm ci` counts as a lock mismatch; versions still come from the lock.
  echo "[install] npm install" >&2
  npm install --no-audit --no-fund --loglevel=error
  cp package-lock.json "$stamp"
fi
