"""The pure rules of stores: distances, bounding boxes, opening hours, codes, commission shares (hypothesis)."""

from __future__ import annotations

import math
from datetime import date, datetime, timezone

from hypothesis import given, settings, strategies as st

from fenxiao.plugins.store_pickup import rules

latitudes = st.floats(min_value=-89.9, max_value=89.9, allow_nan=False)
longitudes = st.floats(min_value=-180, max_value=180, allow_nan=False)
points = st.tuples(latitudes, longitudes)


def haversine(a, b):
    lat1, lng1, lat2, lng2 = map(math.radians, (*a, *b))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lng2 - lng1) / 2) ** 2
    return 2 * rules.EARTH_RADIUS_M * math.asin(math.sqrt(h))


def test_known_distance_shanghai_to_hangzhou():
    assert 160_000 < rules.distance_m((31.2304, 121.4737), (30.2741, 120.1551)) < 170_000


@given(points, points)
def test_the_chord_distance_is_the_great_circle_distance(a, b):
    assert math.isclose(rules.distance_m(a, b), haversine(a, b), abs_tol=0.5)


@given(points, points, points)
def test_the_squared_chord_orders_points_as_distance_does(centre, a, b):
    ua, ub, uc = rules.unit_vector(*a), rules.unit_vector(*b), rules.unit_vector(*centre)
    chord_a = sum((p - q) ** 2 for p, q in zip(ua, uc))
    chord_b = sum((p - q) ** 2 for p, q in zip(ub, uc))
    da, db = haversine(centre, a), haversine(centre, b)
    if abs(da - db) > 1:
        assert (chord_a < chord_b) == (da < db)


@given(st.floats(min_value=1, max_value=500_000))
def test_chord_and_distance_are_inverse(metres):
    assert math.isclose(rules.distance_of(rules.chord_of(metres) ** 2), metres, rel_tol=1e-9)


def _inside(box: rules.Box, point) -> bool:
    lat, lng = point
    return box.lat_min <= lat <= box.lat_max and any(low <= lng <= high for low, high in box.lng_ranges)


@settings(max_examples=300)
@given(points, st.floats(min_value=0.001, max_value=1), st.floats(min_value=0, max_value=2 * math.pi), st.floats(min_value=100, max_value=300_000))
def test_every_point_within_the_radius_is_inside_the_bounding_box(centre, fraction, bearing, radius):
    # a point at `fraction` of the radius in direction `bearing` (the destination formula)
    lat1, lng1 = map(math.radians, centre)
    angle = radius * fraction / rules.EARTH_RADIUS_M
    lat2 = math.asin(math.sin(lat1) * math.cos(angle) + math.cos(lat1) * math.sin(angle) * math.cos(bearing))
    lng2 = lng1 + math.atan2(math.sin(bearing) * math.sin(angle) * math.cos(lat1), math.cos(angle) - math.sin(lat1) * math.sin(lat2))
    point = (math.degrees(lat2), (math.degrees(lng2) + 540) % 360 - 180)
    assert _inside(rules.bounding_box(*centre, radius), point)


def test_a_point_exactly_on_the_radius_is_inside_the_box():
    # found by hypothesis: due north at the full radius, the destination formula and the box differed in the last bit
    assert _inside(rules.bounding_box(24.0, 0.0, 100.0), (24.00089932036373, 0.0))


def test_the_box_wraps_across_the_antimeridian_and_covers_the_poles():
    assert len(rules.bounding_box(0, 179.99, 10_000).lng_ranges) == 2
    assert rules.bounding_box(89.95, 0, 20_000).lng_ranges == ((-180.0, 180.0),)


@given(st.integers(0, 6), st.integers(0, 1439), st.integers(0, 1440))
def test_openings_cover_exactly_their_minutes(weekday, opens, closes):
    if opens == closes:
        return
    intervals = rules.week_intervals(weekday, opens, closes)
    covered = sum(i.closes - i.opens for i in intervals)
    assert covered == (closes - opens if closes > opens else 1440 - opens + closes)
    assert all(0 <= i.opens < i.closes <= 1440 for i in intervals)


def test_opening_hours_with_exceptions_and_time_zones():
    week = rules.week_intervals(0, rules.minutes("09:00"), rules.minutes("21:00")) + rules.week_intervals(4, rules.minutes("22:00"), rules.minutes("02:00"))
    monday_10 = rules.local_moment(datetime(2030, 5, 6, 2, 0, tzinfo=timezone.utc), "Asia/Shanghai")  # 10:00 in Shanghai
    assert monday_10.weekday == 0 and monday_10.minute == 600
    assert rules.is_open(week, [], monday_10)
    assert not rules.is_open(week, [rules.DayException(date(2030, 5, 6))], monday_10)  # closed that day
    assert rules.is_open(week, [rules.DayException(date(2030, 5, 6), 540, 660)], monday_10)
    assert not rules.is_open(week, [rules.DayException(date(2030, 5, 6), 660, 720)], monday_10)
    saturday_1am = rules.local_moment(datetime(2030, 5, 10, 17, 0, tzinfo=timezone.utc), "Asia/Shanghai")  # Sat 01:00
    assert saturday_1am.weekday == 5 and rules.is_open(week, [], saturday_1am)
    assert not rules.is_open(week, [], rules.local_moment(datetime(2030, 5, 6, 2, 0, tzinfo=timezone.utc), "America/New_York"))


def test_clock_times():
    assert rules.minutes("24:00") == 1440 and rules.minutes("9:05") == 545 and rules.clock(545) == "09:05"
    for bad in ("24:01", "25:00", "9", "09:60", "", "０９:００"):
        try:
            rules.minutes(bad)
        except ValueError:
            continue
        raise AssertionError(f"{bad!r} accepted")


@given(st.text(max_size=20))
def test_only_eight_digits_are_a_code(text):
    code = rules.normalised(text)
    assert code is None or (len(code) == 8 and code.isdigit() and code.isascii())


def test_codes_are_random_grouped_and_scannable():
    codes = {rules.new_code() for _ in range(200)}
    assert len(codes) > 190 and all(len(c) == 8 and c.isdigit() for c in codes)
    assert rules.grouped("12345678") == "1234 5678"
    assert rules.normalised(" 1234-5678 ") == "12345678"


@given(st.lists(st.integers(0, 10**9), max_size=10), st.integers(0, 10_000))
def test_shares_never_exceed_the_rate_and_never_create_money(bases, rate):
    shares = rules.shares(bases, rate)
    for share in shares:
        assert 0 < share.amount <= share.base * rate / 10_000
        assert share.base == bases[share.line_index]
    assert sum(s.amount for s in shares) <= sum(bases) * rate / 10_000


@given(st.lists(st.integers(1, 100), unique=True), st.sets(st.integers(1, 100)))
def test_one_person_one_commission_per_line(lines, paid):
    unpaid = rules.unpaid_lines(lines, paid)
    assert set(unpaid).isdisjoint(paid) and set(unpaid) | (set(lines) & paid) == set(lines)
