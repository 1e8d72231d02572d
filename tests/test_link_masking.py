"""Masking holds through every link: whatever path a distributor, an agent, a reseller or another
customer takes from their root fields, a buyer's name, contact details and address never show.

The walk builds, from the schema, a query for every root field each persona may call, selecting
every field it can reach a few links deep (connections a page at a time), and looks for the
buyer's own words anywhere in the answers. Staff and the buyer see them (the test checks that
too, so a walk that reached nothing would fail).
"""

from __future__ import annotations

import json

from graphql import GraphQLEnumType, GraphQLNonNull, GraphQLObjectType, GraphQLScalarType, get_named_type

from fenxiao.schema.app import create_app
from fenxiao.core.settings import Settings
from fenxiao.schema import build_schema
from tests.api import Api, unique
from tests.conftest import base_settings
from tests.plugins import agents, ordering, social

DEPTH = 5
SKIP = {"edges", "pageInfo"}  # `nodes` reaches the same rows; a page's position says nothing of people


def _selection(type_: object, depth: int, path: tuple[str, ...]) -> str:
    """Every field of `type_` reachable within `depth` links, each type once per path (no cycles)."""
    fields = []
    for name, field in type_.fields.items():
        if name in SKIP or any(isinstance(arg.type, GraphQLNonNull) for arg in field.args.values()):
            continue
        target = get_named_type(field.type)
        if isinstance(target, (GraphQLScalarType, GraphQLEnumType)):
            fields.append(name)
        elif isinstance(target, GraphQLObjectType) and depth > 0 and target.name not in path:
            inner = _selection(target, depth - 1, (*path, target.name))
            if inner:
                args = "(first: 3)" if "first" in field.args else ""
                fields.append(f"{name}{args} {{ {inner} }}")
    return " ".join(fields)


def root_queries(schema) -> dict[str, str]:
    """A document per root query field that takes no required argument."""
    documents = {}
    for name, field in schema.query_type.fields.items():
        if any(isinstance(arg.type, GraphQLNonNull) for arg in field.args.values()):
            continue
        target = get_named_type(field.type)
        args = "(first: 3)" if "first" in field.args else ""
        if isinstance(target, GraphQLObjectType):
            documents[name] = f"{{ {name}{args} {{ {_selection(target, DEPTH, (target.name,))} }} }}"
        else:
            documents[name] = f"{{ {name}{args} }}"
    return documents


async def test_no_persona_sees_a_buyer_through_any_link(database, manager):
    # Generous limits: the walk asks for everything at once, which the production limits rightly refuse.
    settings = Settings(**{**base_settings().__dict__, "max_tokens": 200_000, "max_cost": 10_000_000, "max_aliases": 1000,
                           "max_body_bytes": 4 * 1024 * 1024, "max_depth": 20})
    schema = build_schema(manager, settings)
    async with Api(create_app(settings, manager, schema, manage_db=False)) as api:
        await agents.divisions()
        shop = await api.merchant()
        owner, slug = shop["owner"]["token"], shop["slug"]
        assert (await social.configure(api, shop, join_mode="invitation", depth=2, level_rates_bps=[1000, 500]))["errors"] == []
        await ordering.enable(api, shop)
        assert (await api.mutate("merchantPluginConfigure", {"plugin": "b2b_agent", "enabled": True}, token=owner, merchant=slug))["errors"] == []
        district = await api.mutate("agentLevelCreate", {"name": "区级代理", "depth": 3, "rateBps": 500}, token=owner, merchant=slug,
                                    select="agentLevel { id }")
        agent = await agents.agent(api, shop, district["agentLevel"]["id"], "310104")
        levels = await ordering.levels(api, shop)
        reseller = await ordering.top_reseller(api, shop, levels["总代"])
        product = await api.product(shop, price=10000, stock=50)
        await ordering.restock(api, shop, reseller, product, 5)
        distributor = await api.register(merchant=slug)
        code = await social.invite(api, shop, distributor)
        buyer_email = f"{unique('buyer')}@secret.example"
        secrets = {"买家王五六", buyer_email, "13611112222", "收货人赵七", "13633334444", "秘密街道八十八号", "WX-PAY-SECRET-0001"}
        buyer = await api.register(email=buyer_email, merchant=slug, referralCode=code, displayName="买家王五六", phone="13611112222")
        address = {"name": "收货人赵七", "phone": "13633334444", "regionCode": "310104", "address": "上海市徐汇区秘密街道八十八号"}
        for seller in (None, reseller):  # one order straight from the brand, one from the reseller's shop
            extra = {"sellerId": seller["id"]} if seller else {}
            placed = await api.place(shop, buyer, [(product["id"], 1)], shippingAddress=address, note="秘密街道八十八号", **extra)
            assert placed["errors"] == []
            paid = await api.mutate("orderPay", {"orderId": placed["order"]["id"], "idempotencyKey": unique("masking-pay-key-"),
                                                 "reference": "WX-PAY-SECRET-0001"}, token=owner, merchant=slug)
            assert paid["errors"] == []
        other_customer = await api.register(merchant=slug)
        documents = root_queries(schema._schema)
        assert {"commissions", "orders", "socialMyCommissions", "agentTerritoryOrders"} <= set(documents)

        async def seen_by(token: str) -> tuple[str, int]:
            answers, reached = [], 0
            for name, query in documents.items():
                response = await api.raw(query, token=token, merchant=slug)
                assert response.status_code == 200, (name, response.text[:300])
                body = response.json()
                assert not any((e.get("extensions") or {}).get("code") == "INTERNAL_ERROR" for e in body.get("errors") or ()), (name, body)
                reached += bool((body.get("data") or {}).get(name))
                answers.append(json.dumps(body, ensure_ascii=False))  # the wire escapes 王 as \\u738b
            return "\n".join(answers), reached

        for persona, token in (("distributor", distributor["token"]), ("agent", agent["token"]), ("reseller", reseller["token"]),
                               ("another customer", other_customer["token"])):
            text, reached = await seen_by(token)
            assert reached > 5, f"the walk as the {persona} reached almost nothing"
            shown = sorted(secret for secret in secrets if secret in text)
            assert not shown, f"the {persona} sees {shown}"
        for persona, token in (("staff", owner), ("the buyer", buyer["token"])):
            text, _ = await seen_by(token)
            assert secrets <= {secret for secret in secrets if secret in text}, f"the {persona} should see the buyer"
