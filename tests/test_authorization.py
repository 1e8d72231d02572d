"""Every query and mutation of the schema, generated admin CRUD included, called as people who
should not have it: each is refused exactly as its declared permission says, and never crashes.

Personas (all against the victim merchant's X-Merchant header): anonymous, a customer, a member
holding every plugin role (distributor, agent, reseller, salesperson) but no staff role, and the
owner of another merchant. The oracle is the field's own `Guard`: whom it lets through, the API
must serve without an internal error; whom it refuses, the API must refuse with a coded error.
"""

from __future__ import annotations

from types import SimpleNamespace

from graphql import (
    GraphQLEnumType,
    GraphQLInputObjectType,
    GraphQLList,
    GraphQLNonNull,
    GraphQLObjectType,
    GraphQLScalarType,
    get_named_type,
)
from graphql.pyutils import Undefined

from fenxiao.core import roles as core_roles
from fenxiao.core.models import Merchant, User
from fenxiao.schema.permissions import guard_of
from tests.personas import PLUGIN_ROLES, networker as member_with_every_plugin_role

REFUSALS = {"UNAUTHENTICATED", "FORBIDDEN", "MERCHANT_REQUIRED", "PLUGIN_DISABLED"}
SESSION_ENDERS = {"tokenRevoke", "passwordChange"}
SCALARS = {"String": '"x"', "Int": "1", "Float": "1.5", "Boolean": "false", "ID": None, "DateTime": '"2026-01-01T00:00:00Z"', "Date": '"2026-01-01"',
           "JSON": "{}", "Decimal": '"1"'}


def literal(type_: object, name: str, ids: dict[str, str], depth: int = 0) -> str:
    """A value of `type_` for argument `name`: IDs of the victim's objects where the name says which."""
    if isinstance(type_, GraphQLNonNull):
        return literal(type_.of_type, name, ids, depth)
    if isinstance(type_, GraphQLList):
        return f"[{literal(type_.of_type, name, ids, depth)}]"
    if isinstance(type_, GraphQLEnumType):
        return next(iter(type_.values))
    if isinstance(type_, GraphQLInputObjectType):
        fields = [f"{key}: {literal(field.type, key, ids, depth + 1)}" for key, field in type_.fields.items()
                  if isinstance(field.type, GraphQLNonNull) and field.default_value is Undefined]
        return "{" + ", ".join(fields) + "}"
    assert isinstance(type_, GraphQLScalarType)
    if type_.name == "ID":
        return f'"{ids.get(name, ids["id"])}"'
    return SCALARS.get(type_.name, '"x"')


def document(operation: str, name: str, field: object, ids: dict[str, str]) -> str:
    args = [f"{key}: {literal(arg.type, key, ids)}" for key, arg in field.args.items() if isinstance(arg.type, GraphQLNonNull)]
    return f"{operation} {{ {name}{'(' + ', '.join(args) + ')' if args else ''} {selection(field)} }}"


def selection(field: object) -> str:
    """The least selection of a field: its type name, and a payload's errors."""
    target = get_named_type(field.type)
    if isinstance(target, GraphQLObjectType):
        return "{ __typename " + ("errors { code field } " if "errors" in target.fields else "") + "}"
    if not isinstance(target, (GraphQLScalarType, GraphQLEnumType)):
        return "{ __typename }"
    return ""


def refusal(body: dict, name: str) -> tuple[str, str | None] | None:
    """The refusal in a response: (code, field). A permission refusal names no field; a refusal
    about one object (not your order, say) names the argument."""
    for error in body.get("errors") or ():
        extensions = error.get("extensions") or {}
        if extensions.get("code") in REFUSALS:
            return extensions["code"], extensions.get("field")
    payload = (body.get("data") or {}).get(name)
    if isinstance(payload, dict):
        for error in payload.get("errors") or ():
            if error["code"] in REFUSALS:
                return error["code"], error.get("field")
    return None


def crashed(body: dict) -> bool:
    return any((e.get("extensions") or {}).get("code") == "INTERNAL_ERROR" for e in body.get("errors") or ())


async def test_every_operation_refuses_whom_its_permission_refuses(api, schema):
    victim = await api.merchant()
    slug = victim["slug"]
    networker = await member_with_every_plugin_role(api, victim)
    product = await api.product(victim, price=1000, stock=5)
    customer = await api.register(merchant=slug)
    order = (await api.place(victim, customer, [(product["id"], 1)]))["order"]
    held = await api.ok("{ me { memberships { merchantSlug roles } } }", token=networker["token"])
    assert sorted(held["me"]["memberships"][0]["roles"]) == sorted(PLUGIN_ROLES)
    stranger = (await api.merchant())["owner"]

    merchant = await Merchant.get(slug=slug)
    users = {u.email: u for u in await User.all()}
    ids = {"id": product["id"], "productId": product["id"], "orderId": order["id"], "memberId": customer["id"],
           "lineId": order["lines"][0]["id"], "uplineId": networker["id"], "toMemberId": networker["id"]}
    personas = {
        "anonymous": (None, None, frozenset()),
        "customer": (customer["token"], users[customer["email"]], frozenset({"customer"})),
        "networker": (networker["token"], users[networker["email"]], frozenset(PLUGIN_ROLES)),
        "stranger": (stranger["token"], users[stranger["email"]], frozenset()),
    }
    enabled_plugins = SimpleNamespace(enabled=lambda name: True)
    checked, problems = 0, []
    for operation, root in (("query", schema._schema.query_type), ("mutation", schema._schema.mutation_type)):
        # Operations that end the caller's session go last, so they do not sign the personas out early.
        for name, field in sorted(root.fields.items(), key=lambda item: (item[0] in SESSION_ENDERS, item[0])):
            guard = guard_of(schema.get_field_for_type(name, root.name))
            query = document(operation, name, field, ids)
            for persona, (token, user, persona_roles) in personas.items():
                ctx = SimpleNamespace(user=user, merchant=merchant, merchant_error=None, auth_error=None,
                                      roles=core_roles.expand(persona_roles), plugins=enabled_plugins)
                should_refuse = guard._refusal(ctx, {}) is not None
                response = await api.raw(query, token=token, merchant=slug)
                assert response.status_code == 200, (name, persona, response.text)
                body = response.json()
                checked += 1
                found = refusal(body, name)
                if crashed(body):
                    problems.append(f"{name} as {persona}: internal error {body['errors']}")
                elif should_refuse and found is None:
                    problems.append(f"{name} as {persona}: should be refused, got {str(body)[:200]}")
                elif not should_refuse and found is not None and found[1] is None and found[0] in ("UNAUTHENTICATED", "FORBIDDEN"):
                    problems.append(f"{name} as {persona}: refused although its permission allows it: {str(body)[:200]}")
    assert not problems, "\n".join(problems)
    assert checked > 4 * 150  # every root field, four personas
