#!/bin/sh
# Regenerates the expected outputs of the lecture programs with CPython 3.11 (+ numpy):
# engine/src/test/resources/lecture/NAME.py -> NAME.out
set -e
cd "$(dirname "$0")/../.."
for f in engine/src/test/resources/lecture/*.py; do
  python3.11 tools/lecture/run.py "$f" > "${f%.py}.out" || true
done
