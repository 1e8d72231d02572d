"""The pure rules of regional agents: bonuses along the chain, and addresses to region codes. No I/O."""

from __future__ import annotations

import re
from dataclasses import dataclass

from fenxiao.plugins import apply_bps
from fenxiao.plugins.b2b_agent.config import BonusMode, VacantBonus


@dataclass(frozen=True)
class Bonus:
    depth: int
    agent: int
    rate_bps: int
    amount: int


def bonuses(base: int, rates: dict[int, int], holders: dict[int, int | None], mode: BonusMode, vacant: VacantBonus) -> list[Bonus]:
    """Bonuses on `base` for the chain district (3) → city (2) → province (1).

    Flat: each filled level gets its own rate; a vacant level's share stays
    with the brand, or (pass_up) goes to the nearest filled level above.
    Differential (级差): a level gets its rate minus the highest rate already
    paid below it, never less than zero — so a vacancy's share rises to the
    next agent up. Either way the total never exceeds the highest rate of the chain.
    """
    paid: list[Bonus] = []
    highest_paid, carried = 0, 0
    for depth in sorted(rates, reverse=True):
        rate, agent = rates[depth], holders.get(depth)
        if mode == BonusMode.DIFFERENTIAL:
            effective = max(0, rate - highest_paid)
        else:
            effective = rate + carried
        if agent is None:
            if mode == BonusMode.FLAT and vacant == VacantBonus.PASS_UP:
                carried += rate
            continue
        carried = 0
        if effective:
            paid.append(Bonus(depth, agent, effective, apply_bps(base, effective)))
        highest_paid = max(highest_paid, rate)
    return paid


# --- addresses to region codes ---

PROVINCE_SUFFIXES = ("维吾尔自治区", "壮族自治区", "回族自治区", "特别行政区", "自治区", "省", "市")
CITY_SUFFIXES = ("自治州", "地区", "盟", "市")
DISTRICT_SUFFIXES = ("自治县", "自治旗", "新区", "区", "县", "市", "旗")


def short_name(name: str, suffixes: tuple[str, ...]) -> str:
    """西湖区 → 西湖, 内蒙古自治区 → 内蒙古; names of one or two characters keep their suffix (城区, 郊区)."""
    for suffix in suffixes:
        if name.endswith(suffix) and len(name) - len(suffix) >= 2:
            return name[: -len(suffix)]
    return name


@dataclass(frozen=True)
class Division:
    code: str
    name: str
    level: int
    parent: str | None


class Gazetteer:
    """An index of divisions for resolving addresses: by code, and by (short) name under a parent."""

    def __init__(self, divisions: list[Division]) -> None:
        self.by_code = {d.code: d for d in divisions}
        self.children: dict[str | None, list[Division]] = {}
        for division in divisions:
            self.children.setdefault(division.parent or None, []).append(division)
        for siblings in self.children.values():
            siblings.sort(key=lambda d: -len(d.name))

    def known_any(self) -> bool:
        """Whether any division is loaded (`fenxiao regions import`): before, no code can be called unknown."""
        return bool(self.by_code)

    def chain(self, code: str) -> list[Division]:
        """The division and its parents, deepest first."""
        chain, cursor = [], self.by_code.get(code)
        while cursor is not None:
            chain.append(cursor)
            cursor = self.by_code.get(cursor.parent) if cursor.parent else None
        return chain

    @staticmethod
    def _match(text: str, candidates: list[Division], suffixes: tuple[str, ...]) -> tuple[Division | None, str]:
        best, best_end = None, None
        for division in candidates:
            for form in (division.name, short_name(division.name, suffixes)):
                at = text.find(form)
                if at != -1 and at <= 2 and (best_end is None or at + len(form) > best_end):
                    best, best_end = division, at + len(form)
        return (best, text[best_end:]) if best else (None, text)

    def resolve(self, text: str) -> Division | None:
        """The deepest division an address names, reading province, city, then district from its start.

        Provinces may be left out when the city is named ("杭州市西湖区"), and
        municipalities name themselves once ("上海市徐汇区").
        """
        text = re.sub(r"\s+", "", text or "")
        province, rest = self._match(text, self.children.get(None, []), PROVINCE_SUFFIXES)
        if province is None:
            cities = [d for d in self.by_code.values() if d.level == 2]
            city, rest = self._match(text, cities, CITY_SUFFIXES)
            if city is None:
                return None
            province = self.by_code.get(city.parent)
        else:
            city, after = self._match(rest, self.children.get(province.code, []), CITY_SUFFIXES)
            if city is not None:
                rest = after
        scope = city or province
        if city is None:  # municipalities and province-administered counties: districts may follow the province
            candidates = [d for parent in self.children.get(province.code, []) for d in self.children.get(parent.code, [])]
            candidates += [d for d in self.children.get(province.code, []) if d.level == 3]
        else:
            candidates = self.children.get(city.code, [])
        district, _ = self._match(rest, sorted(candidates, key=lambda d: -len(d.name)), DISTRICT_SUFFIXES)
        return district or scope
