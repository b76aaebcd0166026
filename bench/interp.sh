#!/usr/bin/env bash
# Pure-Python benchmarks of the interpreter (issue 14): each program in engine/src/test/resources/bench through
# the engine CLI and through CPython 3.11 in one run; checks that both print the same, prints CPU and wall
# time and the ratio CPython / CLI (user+sys CPU, so a loaded machine's waiting does not count).
# Usage: bench/interp.sh [NAME...]        (default: all; micrograd_demo takes minutes in CPython)
#   JAR=... (default engine/target/engine.jar: mvn -q -pl engine -DskipTests package), PYTHON=python3,
#   REPEAT=n runs each side n times and keeps the fastest by CPU time (default 1)
# micrograd_demo runs in CPython with the reference micrograd (tools/micrograd) and its gc disabled, its
# fastest form.
set -uo pipefail
cd "$(dirname "$0")/.."
JAR=${JAR:-engine/target/engine.jar}
PY=${PYTHON:-python3}
REPEAT=${REPEAT:-1}
DIR=engine/src/test/resources/bench
[ -f "$JAR" ] || { echo "no $JAR: run mvn -q -pl engine -DskipTests package first" >&2; exit 1; }
NAMES=("$@")
[ ${#NAMES[@]} -gt 0 ] || NAMES=(fib nbody spectral_norm wordcount richards micrograd_demo)
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg); $(java -version 2>&1 | head -1); $($PY --version)"
printf '%-15s %9s %9s %9s %9s %9s %s\n' program "CLI cpu" "CLI wall" "Py cpu" "Py wall" "Py/CLI" "output"
status=0
for n in "${NAMES[@]}"; do
  f=$DIR/$n.py
  [ -f "$f" ] || { echo "no $f" >&2; status=1; continue; }
  for r in $(seq 1 "$REPEAT"); do
    /usr/bin/time -f '%U %S %e %M' -o "$TMP/jt$r" java -jar "$JAR" "$f" >"$TMP/jo" 2>"$TMP/je"
    if [ "$n" = micrograd_demo ]; then
      /usr/bin/time -f '%U %S %e %M' -o "$TMP/pt$r" "$PY" -c 'import gc, runpy, sys
gc.disable()
sys.argv = ["tools/micrograd/run.py", sys.argv[1]]
runpy.run_path("tools/micrograd/run.py", run_name="__main__")' "$f" >"$TMP/po" 2>"$TMP/pe"
    else
      /usr/bin/time -f '%U %S %e %M' -o "$TMP/pt$r" "$PY" "$f" >"$TMP/po" 2>"$TMP/pe"
    fi
  done
  # the fastest of the runs by CPU time (user + sys) on each side
  for x in "$TMP"/jt[0-9]*; do tail -1 "$x"; done | awk '{ print $1 + $2, $3, $4 }' | sort -n | head -1 >"$TMP/jt"
  for x in "$TMP"/pt[0-9]*; do tail -1 "$x"; done | awk '{ print $1 + $2, $3, $4 }' | sort -n | head -1 >"$TMP/pt"
  rm -f "$TMP"/jt[0-9]* "$TMP"/pt[0-9]*
  if cmp -s "$TMP/jo" "$TMP/po"; then
    same=same
  elif [ "$n" = micrograd_demo ] && "$PY" - "$TMP/po" "$TMP/jo" <<'PYEOF'
# micrograd's backward() walks each node's _prev, a set: CPython's order (by id) decides in which order
# gradients are summed, so the last digit of the losses can differ; 12 significant digits must agree
import re, sys
norm = lambda p: re.sub(r'\d+\.\d+(e-?\d+)?', lambda m: '%.12g' % float(m.group()), open(p).read())
sys.exit(norm(sys.argv[1]) != norm(sys.argv[2]))
PYEOF
  then
    same="same to 12 digits"
  else
    same=DIFFERENT; status=1; diff "$TMP/po" "$TMP/jo" | head -5; head -3 "$TMP/je"
  fi
  read -r jc jw jm <"$TMP/jt"
  read -r pc pw pm <"$TMP/pt"
  awk -v n="$n" -v jc="$jc" -v jw="$jw" -v jm="$jm" -v pc="$pc" -v pw="$pw" -v s="$same" \
    'BEGIN { printf "%-15s %8.2fs %8.2fs %8.2fs %8.2fs %8.2fx %s (CLI max RSS %d MB)\n", n, jc, jw, pc, pw, pc / jc, s, jm / 1024 }'
done
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
exit $status
