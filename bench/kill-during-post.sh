#!/usr/bin/env bash
# Durability check (issue 5): SIGKILL the server in the middle of a POST load, restart it on the same
# DATA_DIR, and read back every snapshot id that was acknowledged with 201. Exit status 1 if any is missing.
# Usage: bench/kill-during-post.sh [seconds-before-kill=6] [connections=32]
# Needs: wrk, curl, and the jar: mvn -q -DskipTests package
set -euo pipefail
cd "$(dirname "$0")/.."
BEFORE_KILL=${1:-6}
CONNS=${2:-32}
PORT=${PORT:-7172}
JAR=${JAR:-backend/target/backprop-playground.jar}
[ -f "$JAR" ] || { echo "no $JAR: run mvn -q -DskipTests package first" >&2; exit 1; }

DATA=$(mktemp -d)
ACKED=$DATA/acked.txt
: >"$ACKED"
start() {
  PORT=$PORT DATA_DIR=$DATA TRUST_PROXY=true java -Djava.awt.headless=true -jar "$JAR" >>"$DATA/server.log" 2>&1 &
  SERVER=$!
  for _ in $(seq 1 300); do curl -sf "http://127.0.0.1:$PORT/health" >/dev/null && return 0; sleep 0.2; done
  echo "server did not start"; cat "$DATA/server.log"; exit 1
}
trap 'kill -9 $SERVER 2>/dev/null || true; rm -rf "$DATA"' EXIT

start
ACKED=$ACKED wrk -t2 -c"$CONNS" -d"$((BEFORE_KILL + 4))s" -s bench/post.lua "http://127.0.0.1:$PORT/api/snapshots" >"$DATA/wrk.txt" 2>&1 &
LOAD=$!
sleep "$BEFORE_KILL"
before=$(wc -l <"$ACKED")
kill -9 "$SERVER"
wait "$SERVER" 2>/dev/null || true
echo "SIGKILL after ${BEFORE_KILL}s of POST load with $CONNS connections ($before ids acknowledged at that moment)"
wait "$LOAD" || true
acked=$(sort -u "$ACKED" | wc -l)

start
sort -u "$ACKED" | sed "s|^|url = \"http://127.0.0.1:$PORT/api/snapshots/|; s|$|\"\noutput = /dev/null|" >"$DATA/curl.cfg"
codes=$(curl -s -K "$DATA/curl.cfg" -w '%{http_code}\n' | sort | uniq -c | tr -s ' ')
readable=$(echo "$codes" | awk '$2=="200" {print $1}')
readable=${readable:-0}
echo "acknowledged (201) ids: $acked; readable after restart: $readable; status codes on re-read: $(echo $codes)"
if [ "$readable" -eq "$acked" ] && [ "$acked" -gt 0 ]; then echo "OK: no acknowledged snapshot lost"; else echo "LOST: $((acked - readable))"; exit 1; fi
