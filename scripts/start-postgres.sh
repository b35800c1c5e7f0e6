#!/usr/bin/env bash
# Installs (Debian's package, if missing) and starts a local PostgreSQL server, and creates the role and
# database Entente's tests use: postgres://entente:entente@127.0.0.1:5432/entente_test
# Idempotent: running it again on a running server only checks it. Needs root (or sudo) for apt-get and
# for running commands as the postgres user. Override with PGPORT, ENTENTE_PG_USER, ENTENTE_PG_DB.
set -euo pipefail
port="${PGPORT:-5432}"
user="${ENTENTE_PG_USER:-entente}"
db="${ENTENTE_PG_DB:-entente_test}"
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
as_postgres() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else sudo -u postgres "$@"; fi; }

if ! command -v pg_lsclusters >/dev/null 2>&1 || ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
  echo "start-postgres: installing Debian's postgresql" >&2
  as_root apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq postgresql >/dev/null
fi

# The first cluster Debian made (e.g. "15 main"); create one if there is none.
read -r version cluster _ < <(pg_lsclusters --no-header 2>/dev/null | head -n1) || true
if [ -z "${version:-}" ]; then
  version="$(ls /usr/lib/postgresql | sort -V | tail -n1)"
  cluster=main
  as_root pg_createcluster "$version" "$cluster" --port "$port" >/dev/null
fi
if ! pg_lsclusters --no-header | awk -v v="$version" -v c="$cluster" '$1==v && $2==c {print $4}' | grep -q online; then
  as_root pg_ctlcluster "$version" "$cluster" start
fi
port="$(pg_lsclusters --no-header | awk -v v="$version" -v c="$cluster" '$1==v && $2==c {print $3}')"

for _ in $(seq 1 50); do
  as_postgres psql -p "$port" -qAtc 'SELECT 1' >/dev/null 2>&1 && break
  sleep 0.2
done
as_postgres psql -p "$port" -v ON_ERROR_STOP=1 -qAt >/dev/null <<SQL
DO \$\$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$user') THEN
    CREATE ROLE $user LOGIN PASSWORD '$user' CREATEDB;
  END IF;
END \$\$;
SQL
if [ "$(as_postgres psql -p "$port" -qAtc "SELECT 1 FROM pg_database WHERE datname = '$db'")" != "1" ]; then
  as_postgres createdb -p "$port" -O "$user" "$db" 2>/dev/null || true   # a concurrent run may have made it
fi
echo "postgres://$user:$user@127.0.0.1:$port/$db"
