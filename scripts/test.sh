#!/usr/bin/env bash
# The whole test suite: dependencies, PostgreSQL and Redis, a type check, then unit and end-to-end
# tests on real services (each run makes and drops a database of its own).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install.sh
bash scripts/services.sh
if [ ! -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ]; then
  # The portal's browser tests drive Debian's chromium (no browser download is possible here).
  echo "[test] installing chromium" >&2
  as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi
echo "[test] formatting (prettier --check)" >&2
npx prettier --check . --log-level warn
echo "[test] type check" >&2
npx tsc -p tsconfig.json --noEmit
echo "[test] lint (typescript-eslint)" >&2
npx eslint . --max-warnings 0
echo "[test] portal: generated types, type check, build" >&2
npm run -s web:build
echo "[test] portal component tests" >&2
npm run -s web:test
echo "[test] unit tests" >&2
npx jest --selectProjects unit --ci
echo "[test] end-to-end tests" >&2
npx jest --selectProjects e2e --ci --runInBand --forceExit
