#!/usr/bin/env bash
# Brings up PostgreSQL and Redis for Practicum and creates the database.
# With a running Docker engine: `docker compose -f docker-compose.dev.yml up -d --wait` (development credentials).
# Otherwise: the machine's own PostgreSQL and Redis, installed with apt (Debian/Ubuntu) if missing,
# started if stopped. Idempotent: safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

PGPASSWORD_DEFAULT=postgres
log() { printf '\033[1;34m[services]\033[0m %s\n' "$*" >&2; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

if [ "${PRACTICUM_USE_DOCKER:-auto}" != "no" ] && command -v docker >/dev/null 2>&1 && docker info >/dev/null 2>&1; then
  log "Docker engine found: docker compose -f docker-compose.dev.yml up -d --wait"
  docker compose -f docker-compose.dev.yml up -d --wait
  exit 0
fi

apt_updated=no
apt_install() {
  if ! command -v apt-get >/dev/null 2>&1; then
    log "missing $* and no apt-get here: install PostgreSQL and Redis yourself, or run Docker"; exit 1
  fi
  if [ "$apt_updated" = no ]; then as_root apt-get update -qq; apt_updated=yes; fi
  log "installing $* with apt"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

# PostgreSQL
if ! ls /etc/postgresql/*/main >/dev/null 2>&1; then
  apt_install postgresql postgresql-client
fi
if ! pg_isready -q -h 127.0.0.1 -p 5432; then
  version=$(ls /etc/postgresql | sort -V | tail -1)
  log "starting PostgreSQL $version"
  as_root pg_ctlcluster --skip-systemctl-redirect "$version" main start || as_root pg_ctlcluster "$version" main start
  for _ in $(seq 1 30); do pg_isready -q -h 127.0.0.1 -p 5432 && break; sleep 1; done
fi
pg_isready -q -h 127.0.0.1 -p 5432 || { log "PostgreSQL does not answer on 127.0.0.1:5432"; exit 1; }

psql_admin() {
  # Trust auth (CI machines) or the password set below (fresh apt installs); as the postgres OS user otherwise.
  if PGPASSWORD=$PGPASSWORD_DEFAULT psql -h 127.0.0.1 -U postgres -d postgres -tAc 'select 1' >/dev/null 2>&1; then
    PGPASSWORD=$PGPASSWORD_DEFAULT psql -h 127.0.0.1 -U postgres -d postgres -v ON_ERROR_STOP=1 -tAc "$1"
  else
    as_root su postgres -c "psql -d postgres -v ON_ERROR_STOP=1 -tAc \"$1\""
  fi
}
# A fresh apt install asks for a password over TCP: give the postgres role the development one.
if ! PGPASSWORD=$PGPASSWORD_DEFAULT psql -h 127.0.0.1 -U postgres -d postgres -tAc 'select 1' >/dev/null 2>&1; then
  log "setting the development password of the postgres role"
  as_root su postgres -c "psql -d postgres -tAc \"ALTER USER postgres PASSWORD '$PGPASSWORD_DEFAULT'\"" >/dev/null
fi
db=$(node -e "const u=new URL(process.env.DATABASE_URL||'postgres://postgres:postgres@127.0.0.1:5432/practicum');process.stdout.write(u.pathname.slice(1))")
if [ "$(psql_admin "select 1 from pg_database where datname='$db'")" != 1 ]; then
  log "creating database $db"
  psql_admin "create database \"$db\"" >/dev/null
fi

# Redis
if ! command -v redis-server >/dev/null 2>&1; then apt_install redis-server; fi
if ! redis-cli -h 127.0.0.1 -p 6379 ping >/dev/null 2>&1; then
  log "starting Redis"
  redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save "" --appendonly no >/dev/null
  for _ in $(seq 1 20); do redis-cli -h 127.0.0.1 -p 6379 ping >/dev/null 2>&1 && break; sleep 0.5; done
fi
redis-cli -h 127.0.0.1 -p 6379 ping >/dev/null || { log "Redis does not answer on 127.0.0.1:6379"; exit 1; }
log "PostgreSQL and Redis are up"
