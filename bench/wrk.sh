#!/usr/bin/env bash
# Load benchmark of the fat jar on loopback (issue 5): GET of a share page, GET of the API, POST.
# Usage: bench/wrk.sh [seconds=15] [connections=64]
# Needs: wrk (apt-get install -y wrk), curl, and the jar: mvn -q -DskipTests package
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${1:-15}
CONNS=${2:-64}
PORT=${PORT:-7171}
JAR=${JAR:-backend/target/backprop-playground.jar}
[ -f "$JAR" ] || { echo "no $JAR: run mvn -q -DskipTests package first" >&2; exit 1; }
command -v wrk >/dev/null || { echo "wrk missing: apt-get install -y wrk" >&2; exit 1; }

DATA=$(mktemp -d)
LOG=$DATA/server.log
PORT=$PORT DATA_DIR=$DATA TRUST_PROXY=true java -Djava.awt.headless=true -jar "$JAR" >"$LOG" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null; wait $SERVER 2>/dev/null; rm -rf "$DATA"' EXIT
for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$PORT/health" >/dev/null && break; sleep 0.2; done
curl -sf "http://127.0.0.1:$PORT/health" >/dev/null || { echo "server did not start:"; cat "$LOG"; exit 1; }

BODY='{"version":1,"program":"a = Value(2.0, label='"'"'a'"'"')\nb = Value(-3.0, label='"'"'b'"'"')\nc = a * b\nc.backward()","view":{"direction":"LR","root":2,"collapsed":[],"expanded":[],"step":0,"nudges":[],"tab":"graph"},"train":null}'
ID=$(curl -sf -X POST -H 'Content-Type: application/json' --data "$BODY" "http://127.0.0.1:$PORT/api/snapshots" | sed 's/.*"id":"\([^"]*\)".*/\1/')
echo "snapshot $ID; $(nproc) cores; wrk -t2 -c$CONNS -d${DURATION}s; java $(java -version 2>&1 | head -1)"

run() { # name, then wrk arguments
  local name=$1; shift
  # warm-up (JIT), then the measured run
  wrk -t2 -c"$CONNS" -d5s "$@" >/dev/null
  local out; out=$(wrk -t2 -c"$CONNS" -d"${DURATION}s" --latency "$@")
  local rps p99 errors non2xx
  rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
  p99=$(echo "$out" | awk '$1=="99%" {print $2}')
  errors=$(echo "$out" | awk '/Socket errors/ {gsub(",",""); print $4+$6+$8+$10}')
  non2xx=$(echo "$out" | awk '/Non-2xx/ {print $5}')
  printf '| %s | %s | %s | %s |\n' "$name" "$rps" "$p99" "$(( ${errors:-0} + ${non2xx:-0} ))"
}

# warm the JIT on both GET paths first, so neither measured run pays for compilation
wrk -t2 -c"$CONNS" -d5s -H 'Accept-Encoding: gzip' "http://127.0.0.1:$PORT/s/$ID" >/dev/null
wrk -t2 -c"$CONNS" -d5s "http://127.0.0.1:$PORT/api/snapshots/$ID" >/dev/null

echo "| request | req/s | p99 latency | errors (socket + non-2xx) |"
echo "| --- | --- | --- | --- |"
run "GET /s/{id} (share page, gzip)" -H 'Accept-Encoding: gzip' "http://127.0.0.1:$PORT/s/$ID"
run "GET /api/snapshots/{id}" "http://127.0.0.1:$PORT/api/snapshots/$ID"
run "POST /api/snapshots (distinct bodies)" -s bench/post.lua "http://127.0.0.1:$PORT/api/snapshots"
echo "stored after the POST run: $(ls -la "$DATA" | awk '/snapshots.db$/ {print $5}') bytes in snapshots.db; log lines: $(wc -l <"$LOG")"
