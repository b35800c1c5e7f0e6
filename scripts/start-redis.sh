#!/usr/bin/env bash
# Installs (Debian's package, if missing) and starts a local Redis server on 127.0.0.1 for Entente's queue
# and its tests: redis://127.0.0.1:6379. Idempotent: a server already answering is left as it is.
# Override the port with REDIS_PORT.
set -euo pipefail
port="${REDIS_PORT:-6379}"
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

if ! command -v redis-server >/dev/null 2>&1; then
  echo "start-redis: installing Debian's redis-server" >&2
  as_root apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq redis-server >/dev/null
fi
if ! redis-cli -p "$port" ping >/dev/null 2>&1; then
  # Started by hand rather than by the service manager, which containers often lack. Append-only file on, so
  # the queue survives a restart of the server.
  dir="${REDIS_DIR:-/var/lib/redis-entente-$port}"
  as_root mkdir -p "$dir"
  as_root redis-server --port "$port" --bind 127.0.0.1 --daemonize yes --dir "$dir" \
    --appendonly yes --logfile "$dir/redis.log" --save ""
  for _ in $(seq 1 50); do
    redis-cli -p "$port" ping >/dev/null 2>&1 && break
    sleep 0.1
  done
fi
redis-cli -p "$port" ping >/dev/null
echo "redis://127.0.0.1:$port"
