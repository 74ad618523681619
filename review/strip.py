"""`python review/strip.py IN OUT`: a night without its `expect:` block and without any headline (spots, edits,
pins), so that every headline of its digest is the product's own (issue 11: "strip the script's headlines")."""

from __future__ import annotations

import sys

import yaml

ACTIONS = ("spot", "edit", "retract", "react", "pin", "drop", "key", "approve", "reject")


def stripped(doc: dict) -> dict:
    doc.pop("expect", None)
    kept = []
    for entry in doc.get("timeline", []):
        for kind in ("spot", "edit", "pin"):
            if isinstance(entry.get(kind), dict):
                entry[kind].pop("headline", None)
        if isinstance(entry.get("edit"), dict) and set(entry["edit"]) == {"id"}:
            entry.pop("edit")  # an edit that only gave a headline
        if any(kind in entry for kind in ACTIONS):
            kept.append(entry)
    doc["timeline"] = kept
    return doc


if __name__ == "__main__":
    source, target = sys.argv[1], sys.argv[2]
    with open(source, encoding="utf-8") as f:
        night = stripped(yaml.safe_load(f))
    with open(target, "w", encoding="utf-8") as f:
        yaml.safe_dump(night, f, allow_unicode=True, sort_keys=False, width=200)
