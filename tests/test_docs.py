"""The docs hold what the repository holds: included files match, and links point at files that exist."""

import re

from tests.docs_include import INCLUDE, render
from tests.paths import REPOSITORY

DOCS = ["README.md", "docs/plugins.md", "docs/architecture.md", "docs/supplier.md"]


def test_the_guide_shows_the_example_plugin_as_it_is():
    guide = (REPOSITORY / "docs" / "plugins.md").read_text(encoding="utf-8")
    included = [match["path"] for match in INCLUDE.finditer(guide)]
    assert "tests/thirdparty/hello/fenxiao_hello/__init__.py" in included and len(included) >= 4
    assert guide == render(guide), "docs/plugins.md shows an older copy of the example plugin: run `make docs`"


def test_docs_link_only_to_files_the_repository_holds():
    for name in DOCS:
        text = (REPOSITORY / name).read_text(encoding="utf-8")
        base = (REPOSITORY / name).parent
        for target in re.findall(r"\]\(([^)#\s]+)\)", text):
            if target.startswith(("http://", "https://", "mailto:")):
                continue
            assert (base / target).exists(), f"{name} links to {target}, which is not in the repository"
        assert "../shared" not in text, f"{name} points outside the repository"
