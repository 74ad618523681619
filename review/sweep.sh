#!/usr/bin/env bash
# sweep.sh TREE OUT [NIGHT.yaml ...]: every night's script, headlines stripped (review/strip.py), rehearsed with
# TREE's code; OUT/NAME.md is its digest.md. Defaults to every tests/scenarios/*.yaml of TREE.
# Compare two trees: review/sweep.sh . /tmp/a; review/sweep.sh ../other-checkout /tmp/b; diff -r /tmp/a /tmp/b
# (pass NIGHT.yaml paths as absolute paths, so the photos beside them are found)
set -uo pipefail
tree=$(cd "$1" && pwd); out=$2; shift 2
mkdir -p "$out"
nights=("$@")
if [ ${#nights[@]} -eq 0 ]; then nights=("$tree"/tests/scenarios/*.yaml); fi
one() {
  tree=$1; out=$2; f=$3; name=$(basename "$f" .yaml); work=$(mktemp -d)
  PYTHONPATH="$tree" "$tree/.venv/bin/python" "$tree/review/strip.py" "$f" "$work/$name.yaml" 2>/dev/null || cp "$f" "$work/$name.yaml"
  # photos the script names are found beside it
  for p in "$(dirname "$f")"/photos; do [ -e "$p" ] && ln -sfn "$p" "$work/photos"; done
  (cd "$tree" && PYTHONPATH="$tree" .venv/bin/backstage rehearse "$work/$name.yaml" --out "$work/out" > "$work/log" 2>&1)
  if [ -f "$work/out/digest.md" ]; then cp "$work/out/digest.md" "$out/$name.md"; else cp "$work/log" "$out/$name.FAILED"; fi
  # an item the compiler could not write is left out and logged (`compiler._guarded`): kept, so a sweep shows it
  if grep -q "could not be written" "$work/log"; then cp "$work/log" "$out/$name.CRASHED"; fi
  rm -rf "$work"
}
export -f one
printf '%s\n' "${nights[@]}" | xargs -P 2 -I{} bash -c 'one "$0" "$1" "$2"' "$tree" "$out" {}
ls "$out" | wc -l
