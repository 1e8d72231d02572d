"""Where the repository's files are, for tests that read them (the committed schema, the docs) or run
commands from its root."""

from pathlib import Path

REPOSITORY = Path(__file__).resolve().parent.parent
