"""Every digest the code compiles, written to a directory, to compare two versions of the code byte for byte.

A performance change must not change one byte of any digest. Run this once with each version of the code and
compare the two directories (`diff -r`):

    PYTHONPATH=/work/main python bench/same_output.py /tmp/before
    PYTHONPATH=.          python bench/same_output.py /tmp/after
    diff -r /tmp/before /tmp/after && echo identical

It writes, under the directory: `scenarios/NAME/` for every `tests/scenarios/*.yaml` night (its `expect:` block
stripped) rehearsed with `backstage rehearse --out` (digest and timeline, md/json/html), and `b4/` B4's synthetic
nights (`synthetic_night`, the night as rows as B4 times it) compiled at 3, 5 and 10 items, as `model_dump()` JSON.
`--quick` leaves out the 100,000-sighting nights. Which code ran is printed first (check it is the one you meant).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

SCENARIOS = Path(__file__).resolve().parent.parent / "tests" / "scenarios"
B4_NIGHTS = [(1_000, seed) for seed in range(6, 12)] + [(10_000, seed) for seed in range(6, 12)]
B4_BIG = [(100_000, seed) for seed in range(6, 9)]


def _scenarios(out: Path) -> None:
    import yaml

    env = dict(os.environ)
    for script in sorted(SCENARIOS.glob("*.yaml")):
        night = yaml.safe_load(script.read_text())
        night.pop("expect", None)
        with tempfile.TemporaryDirectory() as scratch:
            stripped = Path(scratch) / script.name
            stripped.write_text(yaml.safe_dump(night, allow_unicode=True, sort_keys=False))
            for extra in SCENARIOS.iterdir():  # photos and the like, beside the script as the script expects
                if extra.is_dir() and not extra.name.startswith("__"):
                    shutil.copytree(extra, Path(scratch) / extra.name)
            target = out / "scenarios" / script.stem
            run = [sys.executable, "-c", "import sys; from bot.cli import main; sys.exit(main(sys.argv[1:]))"]
            done = subprocess.run(
                [*run, "rehearse", str(stripped), "--out", str(target)],
                env=env,
                cwd=scratch,  # (never the current directory's bot before PYTHONPATH's)
                capture_output=True,
                text=True,
                check=False,
            )
            if done.returncode != 0:
                (out / "scenarios").mkdir(parents=True, exist_ok=True)
                (out / "scenarios" / f"{script.stem}.failed").write_text(done.stderr[-4000:])
        print(script.stem, flush=True)


def _b4(out: Path, big: bool) -> None:
    from bench.b4_digest import as_rows, clear_product_caches
    from bot.digest import compile_digest
    from bot.digest.synthetic import synthetic_night

    (out / "b4").mkdir(parents=True, exist_ok=True)
    for size, seed in B4_NIGHTS + (B4_BIG if big else []):
        show, sightings = synthetic_night(size, seed)
        night = as_rows(sightings)
        for count in (3, 5, 10) if size < 100_000 else (5,):
            clear_product_caches()
            digest = compile_digest(show, night, [], count=count, now=show.closed_at)
            text = json.dumps(digest.model_dump(mode="json"), ensure_ascii=False, indent=1, sort_keys=True)
            (out / "b4" / f"{size}-{seed}-{count}.json").write_text(text)
        print(size, seed, flush=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="an empty (or new) directory")
    parser.add_argument("--quick", action="store_true", help="without the 100,000-sighting nights")
    parser.add_argument("--only", choices=("scenarios", "b4"), help="one half only")
    args = parser.parse_args()
    sys.path.append(str(Path(__file__).resolve().parent.parent))  # `bench`, after PYTHONPATH: bot from there
    import bot

    print("bot from", bot.__file__, flush=True)
    args.out.mkdir(parents=True, exist_ok=True)
    if args.only != "b4":
        _scenarios(args.out)
    if args.only != "scenarios":
        _b4(args.out, big=not args.quick)
    return 0


if __name__ == "__main__":
    sys.exit(main())
