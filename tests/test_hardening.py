"""Attacks on the GraphQL endpoint and their refusals (OWASP GraphQL cheat sheet)."""

import json


async def _error(api, query, **kwargs) -> dict:
    body = await api.gql(query, **kwargs)
    assert body.get("errors"), body
    return body["errors"][0]


async def test_101_aliases(api):
    shop = await api.merchant()
    query = "{ " + " ".join(f"a{i}: merchant {{ name }}" for i in range(101)) + " }"
    assert "aliases" in (await _error(api, query, merchant=shop["slug"]))["message"]


async def test_ten_batched_operations(api):
    batch = [{"query": "{ __typename }"}] * 10
    response = await api.http.post("/graphql", json=batch)
    assert response.status_code == 400 and response.json()["errors"][0]["extensions"]["code"] == "LIMIT_EXCEEDED"
    small = await api.http.post("/graphql", json=[{"query": "{ __typename }"}] * 3)
    assert small.status_code == 200 and len(small.json()) == 3


async def test_deep_nesting(api):
    query = "{ orders { edges { node { lines { product { " + "stockLevels { product { " * 5 + "id" + " } }" * 5 + " } } } } } }"
    assert "depth" in (await _error(api, query))["message"]


async def test_circular_fragments(api):
    query = "query { merchant { ...A } } fragment A on Merchant { name ...B } fragment B on Merchant { slug ...A }"
    assert "cannot spread fragment" in (await _error(api, query))["message"].lower()


async def test_huge_first_and_expensive_nesting(api):
    shop = await api.merchant()
    owner = {"token": shop["owner"]["token"], "merchant": shop["slug"]}
    assert (await _error(api, "{ products(first: 100000) { totalCount } }", **owner))["extensions"]["code"] == "LIMIT_EXCEEDED"
    expensive = ("{ orders(first: 100) { edges { node { lines { product { stockLevels { warehouse { name } product { sku } } } } "
                 "refunds { lines { line { sku } } } } } } }")
    error = await _error(api, expensive, **owner)
    assert error["extensions"]["code"] == "LIMIT_EXCEEDED" and "cost" in error["message"]
    fine = await api.gql("{ orders(first: 20) { edges { node { number lines { sku } } } } }", **owner)
    assert "errors" not in fine


async def test_directive_overloading(api):
    shop = await api.merchant()
    repeated = "{ merchant { name " + "@include(if: true) " * 50 + "} }"
    assert (await _error(api, repeated, merchant=shop["slug"]))["message"]
    spread = "{ merchant { " + " ".join(f"n{i}: name @include(if: true)" for i in range(25)) + " } }"
    error = await _error(api, spread, merchant=shop["slug"])
    assert "directives" in error["message"]


async def test_oversized_body(api):
    body = json.dumps({"query": "{ __typename }", "variables": {"pad": "x" * 300_000}})
    response = await api.http.post("/graphql", content=body, headers={"content-type": "application/json"})
    assert response.status_code == 413

    async def chunks():
        for _ in range(40):
            yield b"x" * 10_000

    streamed = await api.http.post("/graphql", content=chunks(), headers={"content-type": "application/json"})
    assert streamed.status_code == 413


async def test_values_no_column_could_hold_are_refused_not_crashed(api):
    """Found by the fuzzer: an overlong string compared with a column made Tortoise raise before any SQL."""
    from tests.plugins import ordering, social

    shop = await api.merchant()
    owner = {"token": shop["owner"]["token"], "merchant": shop["slug"]}
    long = "x" * 300
    for query in ('{ products(filter: {sku: "%s"}) { totalCount } }' % long, '{ products(filter: {skuIn: ["%s"]}) { totalCount } }' % long):
        error = await _error(api, query, **owner)
        assert (error["extensions"]["code"], error["message"]) == ("INVALID", "sku: at most 64 characters")
    unknown_shop = await _error(api, "{ products { totalCount } }", merchant=long)
    assert (unknown_shop["extensions"]["code"], unknown_shop["extensions"]["field"]) == ("NOT_FOUND", "X-Merchant")
    login = await api.mutate("tokenCreate", {"login": long, "password": "whatever-123"})
    assert [e["code"] for e in login["errors"]] == ["INVALID_CREDENTIALS"]
    await ordering.enable(api, shop)
    await social.configure(api, shop, join_mode="auto")
    member = await api.register(merchant=shop["slug"])
    join = await api.mutate("orderingJoin", {"inviteCode": "0" * 17}, token=member["token"], merchant=shop["slug"])
    assert [e["code"] for e in join["errors"]] == ["ORDERING_CODE_UNKNOWN"]
    bound = await api.mutate("socialBind", {"code": "0" * 40}, token=member["token"], merchant=shop["slug"])
    assert [e["code"] for e in bound["errors"]] == ["SOCIAL_CODE_UNKNOWN"]
