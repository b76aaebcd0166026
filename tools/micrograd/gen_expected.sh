#!/bin/sh
# Regenerates the expected outputs of the language's example programs with CPython 3.11 + the
# reference micrograd in this folder: engine/src/test/resources/programs/NAME.py -> NAME.out
set -e
cd "$(dirname "$0")/../.."
for f in engine/src/test/resources/programs/*.py; do
  python3 tools/micrograd/run.py "$f" > "${f%.py}.out" || true
done
