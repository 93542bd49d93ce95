#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests, run by the `postgres` user (PostgreSQL refuses root), on a free
# loopback port, in a temporary folder. Never a container.
#   tests/postgres.sh start DIR   → prints the connection string; the cluster lives in DIR
#   tests/postgres.sh stop DIR    → stops the cluster and removes DIR
set -euo pipefail

bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1; }
as_postgres() {
  if [ "$(id -un)" = "postgres" ]; then "$@"; else su postgres -s /bin/sh -c "$(printf '%q ' "$@")"; fi
}

case "${1:-}" in
  install)
    if [ -z "$(bin)" ]; then
      sudo=""
      if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
      echo "Installing postgresql (Debian package)…" >&2
      $sudo apt-get update -qq
      DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq postgresql >/dev/null
    fi
    ;;
  start)
    dir="$2"
    mkdir -p "$dir"
    chown postgres "$dir" 2>/dev/null || true
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
    as_postgres "$(bin)/initdb" -D "$dir/data" -A trust -U postgres --no-sync >"$dir/initdb.log" 2>&1
    # fsync off: a test cluster, thrown away afterwards; speed matters more than durability here.
    as_postgres "$(bin)/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
      -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
      start >/dev/null
    echo "Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres"
    ;;
  stop)
    dir="$2"
    if [ -d "$dir/data" ]; then
      as_postgres "$(bin)/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
    ;;
  *)
    echo "usage: $0 install | start DIR | stop DIR" >&2
    exit 2
    ;;
esac
