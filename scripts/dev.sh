#!/usr/bin/env bash
# Development: the API and the worker run in watch mode through the Nest CLI (`nest start <app>
# --watch`, the projects of nest-cli.json): each recompiles and restarts when a source changes; Vite's dev server (npm run web:dev, when the portal
# exists) reloads the portal in place and proxies /graphql to the API. Ctrl-C stops them all.
set -euo pipefail
cd "$(dirname "$0")/.."
export PORT=${PORT:-3000}
bash scripts/install.sh
bash scripts/services.sh
echo "[dev] migrations" >&2
npm run -s build
npm run -s migration:run >/dev/null
npm run -s seed
mkdir -p .run
pids=()
cleanup() { trap - INT TERM EXIT; kill "${pids[@]}" 2>/dev/null || true; wait 2>/dev/null || true; }
trap cleanup INT TERM EXIT
# Each process's lines carry its name.
run() {
  local name=$1
  shift
  "$@" > >(sed -u "s/^/[$name] /") 2>&1 &
  pids+=($!)
}
if [ -z "${SMTP_URL:-}" ] && ! (exec 3<>/dev/tcp/127.0.0.1/1025) 2>/dev/null; then
  run mail node scripts/dev-mailbox.js
fi
run api npx nest start api --watch --preserveWatchOutput
run worker npx nest start worker --watch --preserveWatchOutput
if bash scripts/has-script.sh web:dev; then
  run web npm run -s web:dev
  echo "[dev] open the portal from Vite's dev server (the [web] line with its URL); the API is on http://localhost:$PORT/graphql" >&2
else
  echo "[dev] open http://localhost:$PORT/graphql (no portal yet: npm run web:dev is not defined)" >&2
fi
wait -n "${pids[@]}"
