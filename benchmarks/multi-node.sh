#!/usr/bin/env bash
# Benchmarks of issue 17: workflow starts/resumes per second and the 200-resident chat stress test (no think time),
# on SQLite (one node) and PostgreSQL (one node and two nodes on one database). Results go to docs/performance.md.
#   HOST_DLL=/tmp/host-release/Participatie.Host.dll PG="Host=…;Port=…;Username=…" benchmarks/multi-node.sh [workflows|chat|all]
# HOST_DLL: a Release build (dotnet publish src/Host -c Release -o /tmp/host-release). PG: a server (no database part);
# the script makes its own databases (bench_*) there. Wrap it in the build lock on a shared machine.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
dll=${HOST_DLL:?set HOST_DLL}
pg=${PG:?set PG}
what=${1:-all}
instances=${INSTANCES:-2000}
pool="Maximum Pool Size=50"
run=$(date +%s)
work=$(mktemp -d)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }

echo "# $(date -u +%FT%TZ) $(uptime)"
if [ "$what" = workflows ] || [ "$what" = all ]; then
  for callers in 1 8; do
    echo "## workflows, $callers caller(s) per node"
    (cd "$work" && echo "sqlite 1 node: $(dotnet "$dll" bench workflows-sqlite --instances "$instances" --callers "$callers")")
    db="$pg;Database=bench_wf_${run}_${callers}_1;$pool"
    echo "postgres 1 node: $(dotnet "$dll" bench workflows-postgres --connection "$db" --instances "$instances" --callers "$callers")"
    db="$pg;Database=bench_wf_${run}_${callers}_2;$pool"
    dotnet "$dll" bench workflows-postgres --connection "$db" --instances 1 >/dev/null   # migrate first
    dotnet "$dll" bench workflows-postgres --connection "$db" --instances "$instances" --callers "$callers" >"$work/a" &
    a=$!
    dotnet "$dll" bench workflows-postgres --connection "$db" --instances "$instances" --callers "$callers" >"$work/b" &
    b=$!
    wait $a $b
    echo "postgres 2 nodes: node A $(cat "$work/a") | node B $(cat "$work/b")"
  done
fi

start_node() { # name, port, extra env…
  local name=$1 port=$2; shift 2
  mkdir -p "$work/$name"
  (cd "$work/$name" && exec env ASPNETCORE_ENVIRONMENT=Production DirectLine__Secret=s Logging__LogLevel__Default=Warning \
     Participatie__DataDirectory="$work/$name/data" "$@" dotnet "$dll" --urls "http://127.0.0.1:$port" >"$work/$name.log" 2>&1) &
  pids+=($!)
  for _ in $(seq 1 600); do
    if curl -sf "http://127.0.0.1:$port/health" >/dev/null; then return 0; fi
    sleep 0.2
  done
  echo "node $name did not start:"; tail -20 "$work/$name.log"; exit 1
}
stop_nodes() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; wait "$p" 2>/dev/null || true; done; pids=(); }

if [ "$what" = chat ] || [ "$what" = all ]; then
  echo "## chat stress: 200 residents, no think time"
  p1=$(free_port); start_node sqlite "$p1"
  echo "sqlite 1 node: $(node "$repo/tests/clients/load-intake.mjs" "http://127.0.0.1:$p1" s 200 || true)"
  stop_nodes
  db="$pg;Database=bench_chat_${run}_1;$pool"
  p1=$(free_port); start_node pg1 "$p1" Participatie__Database=postgres ConnectionStrings__Participatie="$db"
  echo "postgres 1 node: $(node "$repo/tests/clients/load-intake.mjs" "http://127.0.0.1:$p1" s 200 || true)"
  stop_nodes
  db="$pg;Database=bench_chat_${run}_2;$pool"
  p1=$(free_port); start_node pg2a "$p1" Participatie__Database=postgres ConnectionStrings__Participatie="$db"
  p2=$(free_port); start_node pg2b "$p2" Participatie__Database=postgres ConnectionStrings__Participatie="$db"
  echo "postgres 2 nodes (requests alternate between the nodes): $(node "$repo/tests/clients/load-intake.mjs" "http://127.0.0.1:$p1,http://127.0.0.1:$p2" s 200 || true)"
  stop_nodes
fi
echo "# $(date -u +%FT%TZ) $(uptime)"
