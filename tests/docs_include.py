"""The guide includes the example plugin's files rather than retyping them.

In a Markdown file, `<!-- include: <path from the repository root> -->` … `<!-- end include -->` holds
that file's text in a fenced block. `python -m tests.docs_include docs/plugins.md` (`make docs`) writes
them; `tests/test_docs.py` fails when one has drifted from its file.
"""

from __future__ import annotations

import re
import sys

from tests.paths import REPOSITORY

INCLUDE = re.compile(r"(?P<open><!-- include: (?P<path>\S+) -->\n)(?P<body>.*?)(?P<close><!-- end include -->)", re.S)
LANGUAGES = {".py": "python", ".toml": "toml", ".sql": "sql"}


def render(text: str) -> str:
    """`text` with every include block holding its file as it is now."""
    def block(match: re.Match) -> str:
        path = REPOSITORY / match["path"]
        content = path.read_text(encoding="utf-8").rstrip("\n")
        return f"{match['open']}```{LANGUAGES.get(path.suffix, '')}\n{content}\n```\n{match['close']}"

    return INCLUDE.sub(block, text)


def main(paths: list[str]) -> int:
    for name in paths:
        path = REPOSITORY / name
        path.write_text(render(path.read_text(encoding="utf-8")), encoding="utf-8")
        print(f"{name}: includes refreshed")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:] or ["docs/plugins.md"]))
