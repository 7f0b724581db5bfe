"""Run every evaluation on the public peer datasets, one section each.

Run: python tests/bench/eval_peers.py [--section quantities|attribution|links] [-- ARGS]

Sections: NewsQuant quantities (eval_quantities.py), PolNeAR attribution
(eval_attribution.py), ECB+ and our own clusters' cross-references
(eval_links.py). Each script reads shared/peer-eval/ beside the repo and skips cleanly
with one line when it is absent; so does this runner.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SECTIONS = {"quantities": "eval_quantities.py", "attribution": "eval_attribution.py", "links": "eval_links.py"}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--section", choices=sorted(SECTIONS), action="append", help="only these sections")
    parser.add_argument("rest", nargs=argparse.REMAINDER, help="arguments passed to each script after --")
    args = parser.parse_args()
    extra = [a for a in args.rest if a != "--"]
    worst = 0
    for name in args.section or list(SECTIONS):
        print(f"== {name} ({SECTIONS[name]})", flush=True)
        worst = max(worst, subprocess.call([sys.executable, str(HERE / SECTIONS[name]), *extra]))
    return worst


if __name__ == "__main__":
    sys.exit(main())
