"""`make bench`: every benchmark in turn, figures printed and written to bench/RESULTS.md.

python -m bench [--quick]   (--quick: shorter runs and smaller data to try the harness; prints, writes nothing)
"""

from __future__ import annotations

import argparse
import sys
import time
from datetime import datetime, timezone
from pathlib import Path

from bench import networks, orders, reads, settlement
from bench.harness import machine

RESULTS = Path(__file__).with_name("RESULTS.md")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="short runs, small data")
    args = parser.parse_args()
    quick = args.quick
    started = time.perf_counter()
    sections = []
    for name, bench in (
        ("reads", lambda: reads.run(seconds=3 if quick else 10)),
        ("orders", lambda: orders.run(seconds=5 if quick else 15)),
        ("settlement", lambda: settlement.run(commissions=10_000 if quick else 100_000)),
        ("networks", lambda: networks.run(members=20_000 if quick else 1_000_000, depth=1_000 if quick else 10_000)),
    ):
        print(f"running {name} …", file=sys.stderr, flush=True)
        for section in bench():
            section.print()
            sections.append(section)
    if quick:
        return 0
    header = (f"# Benchmark results\n\nWritten by `make bench` on {datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC"
              f", in {time.perf_counter() - started:.0f} s.\n\n"
              f"Machine: {machine()}. Load generators run in their own processes on the same machine, "
              "so they share its cores with the servers and the database.\n\n")
    RESULTS.write_text(header + "\n".join(section.markdown() for section in sections))
    print(f"\nwritten to {RESULTS}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
