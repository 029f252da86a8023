#!/usr/bin/env bash
# One command from a fresh clone to a running Practicum: dependencies, PostgreSQL and Redis,
# migrations, demo data, the portal's build, then the API (serving the portal at /), the worker and
# a local mail catcher. Ctrl-C stops them.
set -euo pipefail
cd "$(dirname "$0")/.."
export PORT=${PORT:-3000}
bash scripts/install.sh
bash scripts/services.sh
echo "[start] building" >&2
npm run -s build
echo "[start] building the portal (apps/web/dist)" >&2
NODE_ENV=production npm run -s web:build >/dev/null
echo "[start] migrations" >&2
npm run -s migration:run >/dev/null
npm run -s seed
mkdir -p .run
pids=()
cleanup() { trap - INT TERM EXIT; kill "${pids[@]}" 2>/dev/null || true; wait 2>/dev/null || true; }
trap cleanup INT TERM EXIT
if [ -z "${SMTP_URL:-}" ] && ! (exec 3<>/dev/tcp/127.0.0.1/1025) 2>/dev/null; then
  node scripts/dev-mailbox.js > .run/mailbox.log 2>&1 & pids+=($!)
fi
node dist/apps/api/src/main.js > .run/api.log 2>&1 & pids+=($!)
node dist/apps/worker/src/main.js > .run/worker.log 2>&1 & pids+=($!)
for _ in $(seq 1 60); do
  curl -fs "http://127.0.0.1:$PORT/health/ready" >/dev/null 2>&1 && break
  for pid in "${pids[@]}"; do kill -0 "$pid" 2>/dev/null || { echo "a process stopped; see .run/*.log" >&2; tail -20 .run/*.log >&2; exit 1; }; done
  sleep 1
done
cat <<MSG

  Practicum is running: open http://localhost:$PORT/
    Portal:   http://localhost:$PORT/
    GraphQL:  http://localhost:$PORT/graphql   (Apollo Sandbox in the browser)
    Health:   http://localhost:$PORT/health/ready
    Mail:     .run/mail/ (every email the worker sends, as .eml files)
    Logs:     .run/api.log, .run/worker.log

  Demo logins (password for all demo members: Practicum-demo-2026):
    platform admin       admin@practicum.local / practicum-admin-2026
    company admin        admin@vecura.example
    company host         host@vecura.example
    university coord.    coordinator@ucl.example
    student              amelia.jones@student.ucl.example

  Ctrl-C stops the API, the worker and the mail catcher.
MSG
wait -n "${pids[@]}"
