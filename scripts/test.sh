#!/usr/bin/env bash
# The whole test suite: dependencies, PostgreSQL and Redis, a type check, then unit and end-to-end
# tests on real services (each run makes and drops a database of its own).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install.sh
bash scripts/services.sh
echo "[test] type check" >&2
npx tsc -p tsconfig.json --noEmit
echo "[test] unit tests" >&2
npx jest --selectProjects unit --ci
echo "[test] end-to-end tests" >&2
npx jest --selectProjects e2e --ci --runInBand --forceExit
