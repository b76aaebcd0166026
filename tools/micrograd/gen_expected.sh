#!/bin/sh
# Regenerates the expected outputs of the language's example programs with CPython 3.11 + the
# reference micrograd in this folder: engine/src/test/resources/programs/NAME.py -> NAME.out
# ProgramTest compares them byte for byte (bar its SET_ORDER list), so only CPython 3.11 will do.
set -e
cd "$(dirname "$0")/../.."
PY=${PYTHON:-python3.11}
ver=$("$PY" -c 'import sys; print("%d.%d" % sys.version_info[:2])') || { echo "gen_expected.sh: $PY not found (needs CPython 3.11)" >&2; exit 2; }
if [ "$ver" != "3.11" ]; then
  echo "gen_expected.sh: $PY is Python $ver; the expected outputs are CPython 3.11's" >&2
  exit 2
fi
for f in engine/src/test/resources/programs/*.py; do
  "$PY" tools/micrograd/run.py "$f" > "${f%.py}.out" || true
done
