"""Input that once reached the database or the runtime unchecked and came back as HTTP 500 or
INTERNAL_ERROR. Each case is a class (every string, every connection, every id …), sent on both
databases; each answer must be a coded error, and nothing may be written.

schemathesis (tests/test_fuzz.py) generates well-formed values of each type; these are the values
it does not generate: beyond a column's range, not text at all, nested past any use.
"""

from __future__ import annotations

import base64
import json

import jwt
import pytest

from fenxiao.core.models import Order
from tests.plugins import social

DEEP = 5000


def _b64(text: str) -> str:
    return base64.urlsafe_b64encode(text.encode()).decode().rstrip("=")


def _codes(body) -> list[str]:
    errors = body.get("errors") if isinstance(body, dict) else None
    return [(error.get("extensions") or {}).get("code") for error in errors or []]


async def _owner(api) -> tuple[dict, dict]:
    shop = await api.merchant()
    return shop, {"token": shop["owner"]["token"], "merchant": shop["slug"]}


async def test_a_body_nested_deeper_than_any_request_is_refused_as_json(api):
    for body in ('{"query": "{ __typename }", "variables": {"a": ' + "[" * DEEP + "]" * DEEP + "}}",
                 "[" * DEEP + "]" * DEEP,
                 '{"query": "{ __typename }", "variables": {"a": ' + '{"b": ' * 100 + "1" + "}" * 100 + "}}"):
        response = await api.http.post("/graphql", content=body, headers={"content-type": "application/json"})
        assert response.status_code == 400, response.text
        assert _codes(response.json()) == ["LIMIT_EXCEEDED"], response.text


async def test_a_body_that_is_not_utf8_or_not_json_is_refused_as_json(api):
    not_numbers = (b'{"query": "{ __typename }", "variables": {"x": NaN}}', b'{"query": "{ __typename }", "variables": {"x": -Infinity}}')
    for body in (b'{"query": "{ __typename \xff\xfe }"}', b"\xc3\x28", b'{"query": ', b"null", b'"text"', b"[1, 2]", *not_numbers):
        response = await api.http.post("/graphql", content=body, headers={"content-type": "application/json"})
        assert response.status_code == 400, (body, response.text)
        assert _codes(response.json()) == ["GRAPHQL_PARSE_FAILED"], (body, response.text)
    wrong_type = await api.http.post("/graphql", content=b"query=x", headers={"content-type": "text/plain"})
    assert wrong_type.status_code == 400 and _codes(wrong_type.json()) == ["BAD_REQUEST"]
    no_query = await api.http.post("/graphql", json={"variables": {}})
    assert no_query.status_code == 400 and _codes(no_query.json()) == ["BAD_REQUEST"]


async def test_an_oversize_batch_and_an_overdeep_query_are_limit_exceeded(api):
    batch = await api.http.post("/graphql", json=[{"query": "{ __typename }"}] * 50)
    assert batch.status_code == 400 and _codes(batch.json()) == ["LIMIT_EXCEEDED"]
    deep = "{ orders { edges { node { lines { product { " + "stockLevels { product { " * 5 + "id" + " } }" * 5 + " } } } } } }"
    assert set(_codes(await api.gql(deep))) == {"LIMIT_EXCEEDED"}


@pytest.mark.parametrize("text, what", [("\ud800", "surrogate"), ("a\udfffb", "surrogate"), ("x\u0000y", "NUL")])
async def test_text_no_database_can_store_is_refused_in_any_input_or_filter(api, text, what):
    shop, owner = await _owner(api)
    product = await api.product(shop)
    before = await Order.all().count()
    cases = [
        ("mutation($v: String!) { productUpdate(input: {id: \"%s\", name: $v}) { errors { code } } }" % product["id"], {"v": text}),
        ("query($v: String!) { products(filter: {skuContains: $v}) { totalCount } }", {"v": text}),
        ("query($v: String!) { products(filter: {nameContains: $v}) { totalCount } }", {"v": text}),
        ("mutation($i: TokenCreateInput!) { tokenCreate(input: $i) { errors { code } } }", {"i": {"login": text, "password": "x"}}),
    ]
    for query, variables in cases:
        body = json.dumps({"query": query, "variables": variables})  # \ud800 escaped: valid JSON, invalid text
        response = await api.http.post("/graphql", content=body, headers={"content-type": "application/json", "X-Merchant": shop["slug"],
                                                                          "Authorization": f"Bearer {owner['token']}"})
        assert response.status_code == 400, response.text
        errors = response.json()["errors"]
        assert [e["extensions"]["code"] for e in errors] == ["INVALID"] and what in errors[0]["message"], response.text
    # In a literal: the lexer refuses a lone surrogate escape; NUL is a valid escape that no column stores.
    literal = '{ products(filter: {skuContains: "%s"}) { totalCount } }' % text.encode("unicode_escape").decode().replace("\\x00", "\\u0000")
    assert _codes(await api.gql(literal, **owner))[0] in ("GRAPHQL_PARSE_FAILED", "INVALID")
    assert await Order.all().count() == before


async def test_cursors_and_ids_beyond_any_row_are_refused(api):
    shop, owner = await _owner(api)
    await api.product(shop)
    for cursor in (_b64("o:99999999999999999999999"), _b64("o:-5"), _b64("o:1e9"), "!!!"):
        for connection in ("products", "orders", "warehouses"):
            body = await api.gql('{ %s(first: 2, after: "%s") { totalCount } }' % (connection, cursor), **owner)
            assert _codes(body) == ["INVALID"], (connection, cursor, body)
    for pk in ("99999999999999999999999", str(2**63), "-1", "0"):
        body = await api.gql('{ product(id: "%s") { id } }' % _b64(f"Product:{pk}"), **owner)
        assert _codes(body) == ["INVALID_ID"], body
        node = await api.gql('{ node(id: "%s") { id } }' % _b64(f"Product:{pk}"), **owner)
        assert _codes(node) == ["INVALID_ID"], node
        updated = await api.mutate("productUpdate", {"id": _b64(f"Product:{pk}"), "title": "x"}, **owner)
        assert [e["code"] for e in updated["errors"]] == ["INVALID_ID"]


async def test_long_filters_and_far_dates_are_refused_or_answered(api):
    shop, owner = await _owner(api)
    huge = "%_" * 120_000  # 240 KiB: SQLite refuses LIKE patterns above 50 000 bytes
    body = await api.gql("query($v: String!) { products(filter: {skuContains: $v}) { totalCount } }", {"v": huge}, **owner)
    assert _codes(body) == ["INVALID"], str(body)[:300]
    for date in ("0001-01-01T00:00:00Z", "9999-12-31T23:59:59Z", "9999-12-31T23:59:59-14:00", "0001-01-01T00:00:00+14:00"):
        body = await api.gql('{ orders(filter: {createdAtGte: "%s"}) { totalCount } }' % date, **owner)
        assert body.get("data") is not None or (_codes(body) and None not in _codes(body)), (date, body)
        assert "INTERNAL_ERROR" not in _codes(body), (date, body)
    for date in ("10000-01-01T00:00:00Z", "-0001-01-01T00:00:00Z", "2026-13-45T00:00:00Z"):
        body = await api.gql('{ orders(filter: {createdAtGte: "%s"}) { totalCount } }' % date, **owner)
        assert _codes(body) and "INTERNAL_ERROR" not in _codes(body), (date, body)


async def test_integers_beyond_a_column_are_refused_with_the_field(api):
    shop, owner = await _owner(api)
    product = await api.product(shop, stock=5)
    warehouse = await api.warehouse(shop)
    for delta in (2147483647, -2147483648, 10**9):
        adjusted = await api.mutate("stockAdjust", {"productId": product["id"], "warehouseId": warehouse, "delta": delta}, **owner)
        assert [(e["code"], e["field"]) for e in adjusted["errors"]] == [("INVALID", "delta")], adjusted
    from fenxiao.core import db
    from fenxiao.core.unit_of_work import unit_of_work

    async with unit_of_work():  # a warehouse near the column's top: a delta within its range would overflow it
        await db.execute("UPDATE stock_level SET on_hand = ? WHERE product_id IN (SELECT id FROM product)", 2**31 - 10)
    full = await api.mutate("stockAdjust", {"productId": product["id"], "warehouseId": warehouse, "delta": 100}, **owner)
    assert [(e["code"], e["field"]) for e in full["errors"]] == [("INVALID", "delta")], full
    big = await api.raw("mutation { stockAdjust(input: {productId: \"%s\", warehouseId: \"%s\", delta: 99999999999}) { errors { code } } }"
                        % (product["id"], warehouse), **owner)
    assert _codes(big.json()) == ["GRAPHQL_VALIDATION_FAILED"]  # not a GraphQL Int at all


async def test_a_float_beyond_any_number_is_refused(api):
    """1e999 is valid JSON that Python reads as infinity: GraphQL's Float refuses it, as it refuses NaN."""
    shop = await api.merchant()
    await api.enable(shop, "store_pickup")
    body = await api.http.post("/graphql", content=b'{"query": "query($lat: Float!) { storesNear(latitude: $lat, longitude: 0, radiusKm: 1) '
                                                    b'{ totalCount } }", "variables": {"lat": 1e999}}',
                               headers={"content-type": "application/json", "X-Merchant": shop["slug"]})
    assert _codes(body.json()) == ["GRAPHQL_VALIDATION_FAILED"] and body.json()["data"] is None, body.text


async def test_a_reference_to_a_missing_row_is_not_found(api):
    shop, owner = await _owner(api)
    await social.configure(api, shop, join_mode="auto")
    for member in (_b64("User:987654321"), _b64("User:99999999999999999999")):
        graded = await api.mutate("socialGradeSet", {"memberId": member, "gradeId": None, "reason": "x"}, **owner)
        assert [e["code"] for e in graded["errors"]] in (["NOT_FOUND"], ["INVALID_ID"]), graded


async def test_attribution_nested_past_any_use_is_refused(api):
    shop, owner = await _owner(api)
    product = await api.product(shop)
    buyer = await api.register(merchant=shop["slug"])
    deep: dict = {}
    for _ in range(900):
        deep = {"a": deep}
    response = await api.raw("mutation($i: OrderPlaceInput!) { orderPlace(input: $i) { errors { code field } } }",
                             {"i": {"lines": [{"productId": product["id"], "quantity": 1}], "attribution": deep,
                                    "shippingAddress": {"name": "王", "phone": "13800000000", "regionCode": "330106",
                                                        "address": "文三路 90 号"}}},
                             token=buyer["token"], merchant=shop["slug"])
    assert response.status_code == 400 and _codes(response.json()) == ["LIMIT_EXCEEDED"], response.text[:300]
    literal = "{" + "a: {" * 900 + "}" * 900 + "}"
    body = await api.gql('mutation { orderPlace(input: {lines: [], attribution: %s, shippingAddress: {name: "x", phone: "1", '
                         'address: "x"}}) { errors { code } } }' % literal, token=buyer["token"], merchant=shop["slug"])
    assert _codes(body) and set(_codes(body)) <= {"LIMIT_EXCEEDED", "GRAPHQL_PARSE_FAILED"}, str(body)[:300]
    assert await Order.all().count() == 0


@pytest.mark.parametrize("zone", ["Asia", "a" * 300, "../../etc/passwd", "Asia/Nowhere", "", "UTC\u0001"])
async def test_a_time_zone_that_is_not_one_is_invalid(api, zone):
    shop, owner = await _owner(api)
    configured = await api.mutate("merchantPluginConfigure", {"plugin": "b2b2c_social", "enabled": True, "config": {"timezone": zone}},
                                  **owner)
    assert [e["code"] for e in configured["errors"]] == ["CONFIG_INVALID"], configured


async def test_a_signed_token_whose_claims_are_out_of_range_is_unauthenticated(api, settings):
    shop = await api.merchant()
    for claims in ({"sub": str(2**70)}, {"sub": "-3"}, {"sub": "0"}, {"sub": "1", "ver": 2**70}, {"sub": "1", "jti": "x" * 5000},
                   {"sub": "1", "exp": 2**62}):
        token = jwt.encode({"exp": 4102444800, "ver": 0, **claims}, settings.secret_key, "HS256")
        body = await api.gql("{ me { id } }", token=token)
        assert _codes(body) == ["UNAUTHENTICATED"], (claims, body)
        revoke = await api.mutate("tokenRevoke", {}, token=token)
        assert [e["code"] for e in revoke["errors"]] == ["UNAUTHENTICATED"], (claims, revoke)
    assert shop


async def test_with_the_database_down_graphql_answers_json_with_a_code_and_request_id(api, monkeypatch):
    from tortoise import connections

    shop = await api.merchant()
    client = type(connections.get("default"))

    async def refused(*_args, **_kwargs):
        raise ConnectionRefusedError(111, "Connect call failed")

    for method in ("execute_query", "execute_query_dict", "execute_insert", "execute_many", "execute_script"):
        monkeypatch.setattr(client, method, refused)
    sign_in = 'mutation { tokenCreate(input: {login: "someone@example.com", password: "a-password-1"}) { errors { code } } }'
    for headers, query in (({"X-Merchant": shop["slug"]}, "{ merchant { name } }"),
                           ({"Authorization": f"Bearer {shop['owner']['token']}"}, "{ me { id } }"), ({}, sign_in)):
        response = await api.http.post("/graphql", json={"query": query}, headers=headers)
        assert response.status_code == 503 or _codes(response.json()) == ["SERVICE_UNAVAILABLE"], response.text
        error = response.json()["errors"][0]
        assert error["extensions"]["code"] == "SERVICE_UNAVAILABLE" and error["extensions"]["requestId"], response.text
        assert "Connect call failed" not in response.text
    monkeypatch.undo()
    assert (await api.gql("{ merchant { name } }", merchant=shop["slug"]))["data"]["merchant"]
