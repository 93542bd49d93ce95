#!/usr/bin/env bash
# Buurtbudget vote rate (issue 21): a Release Host per provider, then benchmarks/load-votes.mjs against it over HTTP
# (open loop, RATE ballots a second for SECONDS, each with its own code). Results go to docs/performance.md.
#   HOST_DLL=/tmp/host-release/Participatie.Host.dll [PG="Host=…;Port=…;Username=postgres"] benchmarks/votes.sh [RATE] [SECONDS]
# Without PG only SQLite runs. Each provider gets a fresh database; a warm-up of 10 s at RATE/2 comes first (the
# Host's JIT, EF's query cache and the connection pools), then the measured run. `uptime` before and after each.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
dll=${HOST_DLL:?set HOST_DLL}
rate=${1:-200}
seconds=${2:-60}
run=$(date +%s)
work=$(mktemp -d)
pid=""
cleanup() { if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; fi; rm -rf "$work"; }
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }

start_host() { # name, port, extra env…
  local name=$1 port=$2; shift 2
  mkdir -p "$work/$name"
  # Development: the demo 'beleid' account sets up the round. The per-address limit is lifted because the load client
  # is one address; the limit on wrong codes stays as configured (every code in the run is valid).
  (cd "$work/$name" && exec env ASPNETCORE_ENVIRONMENT=Development Logging__LogLevel__Default=Warning \
     Buurtbudget__StemmenPerMinuutPerAdres=1000000 Participatie__DataDirectory="$work/$name/data" "$@" \
     dotnet "$dll" --urls "http://127.0.0.1:$port" >"$work/$name.log" 2>&1) &
  pid=$!
  for _ in $(seq 1 600); do
    if curl -sf "http://127.0.0.1:$port/health" >/dev/null; then return 0; fi
    sleep 0.2
  done
  echo "host $name did not start:"; tail -20 "$work/$name.log"; exit 1
}
stop_host() { kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; pid=""; }

measure() { # name, port
  node "$repo/benchmarks/load-votes.mjs" "http://127.0.0.1:$2" $((rate / 2)) 10 >/dev/null
  echo "$1 before: $(uptime)"
  echo "$1: $(node "$repo/benchmarks/load-votes.mjs" "http://127.0.0.1:$2" "$rate" "$seconds")"
  echo "$1 after: $(uptime)"
}

echo "# $(date -u +%FT%TZ) rate=$rate/s seconds=$seconds"
p=$(free_port); start_host sqlite "$p"; measure sqlite "$p"; stop_host
if [ -n "${PG:-}" ]; then
  db="$PG;Database=bench_votes_$run;Maximum Pool Size=50"
  p=$(free_port); start_host postgres "$p" Participatie__Database=postgres ConnectionStrings__Participatie="$db"
  measure postgres "$p"; stop_host
fi
echo "# $(date -u +%FT%TZ)"
