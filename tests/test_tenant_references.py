"""Every input that names a person is resolved within the request's merchant.

The walk finds, in the schema itself, every argument and input field that names a User (their
description says so: `schema.references.MEMBER_ID`; a test below makes sure no person-named ID
input goes without it), and calls each operation naming a user of another merchant — someone with
a name, an email and a phone of their own. Each must answer NOT_FOUND on that field, write
nothing, and show nothing of that user.
"""

from __future__ import annotations

import re

from graphql import GraphQLInputObjectType, GraphQLList, GraphQLNonNull
from graphql.pyutils import Undefined
from tortoise import Tortoise

from fenxiao.core import db
from fenxiao.schema.references import MEMBER_ID
from tests.api import unique
from tests.personas import networker
from tests.test_authorization import literal, selection

PERSON = re.compile(r"(member|agent|seller|upline|recommender|salesperson|beneficiary|buyer|user|owner|actor|applicant|reviewer)Ids?$", re.I)


def _unwrap(type_: object) -> object:
    while isinstance(type_, (GraphQLNonNull, GraphQLList)):
        type_ = type_.of_type
    return type_


def id_inputs(schema) -> list[tuple[str, str, str, str, str | None]]:
    """(operation kind, root field, path to the input, field name, description) of every ID input, filters and orderings aside."""
    found = []
    for kind, root in (("query", schema.query_type), ("mutation", schema.mutation_type)):
        for name, field in root.fields.items():
            stack = [(arg_name, arg) for arg_name, arg in field.args.items()]
            while stack:
                path, value = stack.pop()
                target = _unwrap(value.type)
                if getattr(target, "name", None) == "ID":
                    found.append((kind, name, path, path.split(".")[-1], value.description))
                elif isinstance(target, GraphQLInputObjectType) and not target.name.endswith(("Filter", "OrderBy")):
                    stack.extend((f"{path}.{key}", sub) for key, sub in target.fields.items())
    return found


def test_every_person_named_id_input_says_it_names_a_member(schema):
    inputs = id_inputs(schema._schema)
    people = [(name, path) for _, name, path, field, description in inputs if PERSON.search(field)]
    unlabelled = [(name, path) for _, name, path, field, description in inputs if PERSON.search(field) and description != MEMBER_ID
                  and MEMBER_ID not in (description or "")]
    assert len(people) >= 15, people
    assert unlabelled == [], f"these inputs name a person without saying so (schema.references.MEMBER_ID): {unlabelled}"


def _literal(type_: object, name: str, ids: dict[str, str], path: str, here: str) -> str:
    """A value for `type_` (as test_authorization's `literal`), with the input at `path` always given."""
    if isinstance(type_, GraphQLNonNull):
        return _literal(type_.of_type, name, ids, path, here)
    if isinstance(type_, GraphQLList):
        return f"[{_literal(type_.of_type, name, ids, path, here)}]"
    if isinstance(type_, GraphQLInputObjectType):
        fields = [f"{key}: {_literal(sub.type, key, ids, path, f'{here}.{key}')}" for key, sub in type_.fields.items()
                  if (isinstance(sub.type, GraphQLNonNull) and sub.default_value is Undefined) or path.startswith(f"{here}.{key}")]
        return "{" + ", ".join(fields) + "}"
    return literal(type_, name, ids)


def _document(kind: str, name: str, field: object, ids: dict[str, str], path: str) -> str:
    args = [f"{key}: {_literal(arg.type, key, ids, path, key)}" for key, arg in field.args.items()
            if isinstance(arg.type, GraphQLNonNull) or path.split(".")[0] == key]
    return f"{kind} {{ {name}({', '.join(args)}) {selection(field)} }}"


def _errors(body: dict, name: str) -> list[tuple[str, str | None]]:
    found = [((e.get("extensions") or {}).get("code"), (e.get("extensions") or {}).get("field")) for e in body.get("errors") or ()]
    payload = (body.get("data") or {}).get(name)
    if isinstance(payload, dict):
        found += [(e["code"], e.get("field")) for e in payload.get("errors") or ()]
    return found


async def _row_counts() -> dict[str, int]:
    counts = {}
    for app in Tortoise.apps.values():
        for model in app.values():
            table = model._meta.db_table
            counts[table] = (await db.fetch(f'SELECT COUNT(*) AS n FROM "{table}"'))[0]["n"]
    return counts


async def test_no_input_takes_a_person_of_another_merchant(api, schema):
    victim = await api.merchant()
    slug, owner = victim["slug"], victim["owner"]["token"]
    person = await networker(api, victim)  # an agent, a distributor, a reseller: for the operations only they may call
    customer = await api.register(merchant=slug)
    product = await api.product(victim, price=1000, stock=5)
    order = (await api.place(victim, customer, [(product["id"], 1)]))["order"]
    target = await api.mutate("agentTargetCreate", {"agentId": person["id"], "startsAt": "2026-01-01T00:00:00Z",
                                                    "endsAt": "2027-01-01T00:00:00Z", "amount": 100000},
                              token=owner, merchant=slug, select="agentTarget { id }")
    assert target["errors"] == []
    levels = await api.ok("{ agentLevels { nodes { id } } orderingLevels { nodes { id } } }", token=owner, merchant=slug)

    other = await api.merchant()
    stranger_email = f"{unique('stranger')}@elsewhere.example"
    stranger = await api.register(email=stranger_email, merchant=other["slug"], displayName="外部张三", phone="13912345678")
    secrets = (stranger_email, "外部张三", "13912345678")

    ids = {"id": product["id"], "productId": product["id"], "orderId": order["id"], "memberId": customer["id"],
           "lineId": order["lines"][0]["id"], "uplineId": person["id"], "toMemberId": person["id"], "storeId": person["store"],
           "supplierId": person["supplier"]}
    per_operation = {"agentTargetUpdate": {"id": target["agentTarget"]["id"]},
                     "agentApply": {"levelId": levels["agentLevels"]["nodes"][0]["id"]},
                     "orderingResellerReview": {"levelId": levels["orderingLevels"]["nodes"][0]["id"]},
                     "orderingResellerChange": {"levelId": levels["orderingLevels"]["nodes"][0]["id"]}}
    walked, problems = [], []
    for kind, name, path, field, description in id_inputs(schema._schema):
        if MEMBER_ID not in (description or ""):
            continue
        root = schema._schema.query_type if kind == "query" else schema._schema.mutation_type
        values = {**ids, **per_operation.get(name, {}), field: stranger["id"]}
        query = _document(kind, name, root.fields[name], values, path)
        assert stranger["id"] in query, (name, path, query)
        before = await _row_counts()
        body = None
        for token in (owner, person["token"], customer["token"]):  # whoever may call it
            body = (await api.raw(query, token=token, merchant=slug)).json()
            if ("FORBIDDEN", None) not in _errors(body, name) and ("UNAUTHENTICATED", None) not in _errors(body, name):
                break
        walked.append(f"{name}.{path}")
        errors = _errors(body, name)
        if ("NOT_FOUND", field) not in errors:
            problems.append(f"{name}.{path}: expected NOT_FOUND on {field}, got {errors or body}")
        if any(secret in str(body) for secret in secrets):
            problems.append(f"{name}.{path}: the response shows the other merchant's user: {body}")
        if await _row_counts() != before:
            problems.append(f"{name}.{path}: a refused request wrote rows")
    assert not problems, "\n".join(problems)
    assert len(walked) >= 15, walked


async def test_an_agent_target_for_another_merchants_user_is_refused_and_shows_nothing(api):
    """The defect as found: a self-made merchant naming any user's id as an agent read their contact details."""
    curious = await api.merchant()
    victim_user = await api.register(merchant=(await api.merchant())["slug"], displayName="王秘密", phone="13700000000")
    for plugin in ("b2b_agent",):
        await api.mutate("merchantPluginConfigure", {"plugin": plugin, "enabled": True}, token=curious["owner"]["token"],
                         merchant=curious["slug"])
    created = await api.mutate("agentTargetCreate", {"agentId": victim_user["id"], "startsAt": "2026-01-01T00:00:00Z",
                                                     "endsAt": "2027-01-01T00:00:00Z", "amount": 1},
                               token=curious["owner"]["token"], merchant=curious["slug"],
                               select="agentTarget { agent { displayName email phone } }")
    assert [(e["field"], e["code"]) for e in created["errors"]] == [("agentId", "NOT_FOUND")]
    assert created["agentTarget"] is None and "王秘密" not in str(created) and victim_user["email"] not in str(created)
