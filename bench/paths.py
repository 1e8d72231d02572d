"""Where the repository is: benchmarks run the `fenxiao` command from its root and write their results into it."""

from pathlib import Path

REPOSITORY = Path(__file__).resolve().parent.parent
