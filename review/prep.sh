#!/usr/bin/env bash
# review/prep.sh OUT NIGHT: strip review/nights/NIGHT.yaml into OUT/NIGHT/ and rehearse it there with this checkout's
# code (OUT/NIGHT/out/digest.md and timeline.md are what the reviewer reads). Run from the project's root.
set -euo pipefail
# this checkout's code, in the rehearsal and in the worker it starts (a path, not ".": the worker runs elsewhere)
export PYTHONPATH="$(pwd)${PYTHONPATH:+:$PYTHONPATH}"
out=$1/$2
mkdir -p "$out"
.venv/bin/python review/strip.py "review/nights/$2.yaml" "$out/$2.yaml"
ln -sfn "$(pwd)/review/nights/photos" "$out/photos"
rm -rf "$out/out"
.venv/bin/backstage rehearse "$out/$2.yaml" --out "$out/out" > "$out/rehearse.log" 2>&1
