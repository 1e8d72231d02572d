"""Cross-origin calls: a page of an origin the merchant named (a console served elsewhere) may call the API; any
other origin's page gets no permission, and none is given unless configured."""

from __future__ import annotations

import httpx

from fenxiao.schema.app import create_app

CONSOLE = "https://console.example.com"
PREFLIGHT = {"Access-Control-Request-Method": "POST", "Access-Control-Request-Headers": "authorization,content-type,x-merchant"}


async def _client(settings, manager, schema, origins: list[str]) -> httpx.AsyncClient:
    app = create_app(settings.model_copy(update={"cors_origins": tuple(origins)}), manager, schema, manage_db=False)
    return httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://testserver")


async def test_a_named_origin_may_call_the_api(settings, manager, schema):
    async with await _client(settings, manager, schema, [CONSOLE]) as client:
        asked = await client.options("/graphql", headers={"Origin": CONSOLE, **PREFLIGHT})
        assert asked.status_code == 200 and asked.headers["access-control-allow-origin"] == CONSOLE
        assert "x-merchant" in asked.headers["access-control-allow-headers"].lower()
        assert "access-control-allow-credentials" not in asked.headers  # bearer tokens, never cookies
        answered = await client.post("/graphql", json={"query": "{ __typename }"}, headers={"Origin": CONSOLE})
        assert answered.json()["data"] == {"__typename": "Query"} and answered.headers["access-control-allow-origin"] == CONSOLE


async def test_other_origins_get_no_permission_and_none_is_given_by_default(settings, manager, schema):
    for origins in ([CONSOLE], []):
        async with await _client(settings, manager, schema, origins) as client:
            asked = await client.options("/graphql", headers={"Origin": "https://evil.example", **PREFLIGHT})
            assert "access-control-allow-origin" not in asked.headers
            answered = await client.post("/graphql", json={"query": "{ __typename }"}, headers={"Origin": "https://evil.example"})
            assert "access-control-allow-origin" not in answered.headers
