"""GraphQL conventions and protections: query counts, limits, masking, the committed SDL."""

import pytest

from tests.paths import REPOSITORY as PROJECT_DIR

CATALOG = """query($first: Int) { products(first: $first) {
  totalCount edges { node { id sku price { amount } available stockLevels { onHand warehouse { code } } } }
} }"""


async def _queries(api, query, variables=None, **kwargs) -> int:
    body = await api.gql(query, variables, **kwargs)
    assert not body.get("errors"), body
    return body["extensions"]["queries"]


async def test_query_count_does_not_grow_with_page_size(api):
    shop = await api.merchant()
    for _ in range(50):
        await api.product(shop, stock=3)
    owner = {"token": shop["owner"]["token"], "merchant": shop["slug"]}
    five = await _queries(api, CATALOG, {"first": 5}, **owner)
    fifty = await _queries(api, CATALOG, {"first": 50}, **owner)
    assert five == fifty
    assert fifty == 4  # the page with its stock totals, its count, stock levels, their warehouses


async def test_order_lists_cost_the_same_for_more_orders(api):
    shop = await api.merchant()
    product = await api.product(shop, stock=100)
    buyer = await api.register()
    query = """query($first: Int) { orders(first: $first) { edges { node { number buyer { displayName }
      lines { product { sku } } payments { amount { minor } } shipments { events { status } } } } } }"""
    await api.place(shop, buyer, [(product["id"], 1)])
    owner = {"token": shop["owner"]["token"], "merchant": shop["slug"]}
    one = await _queries(api, query, {"first": 20}, **owner)
    for _ in range(10):
        await api.place(shop, buyer, [(product["id"], 1)])
    many = await _queries(api, query, {"first": 20}, **owner)
    assert one == many


async def test_limits_refuse_oversized_documents(api):
    shop = await api.merchant()
    aliases = "{ " + " ".join(f"a{i}: merchant {{ name }}" for i in range(101)) + " }"
    assert "aliases" in (await api.gql(aliases, merchant=shop["slug"]))["errors"][0]["message"]
    deep = "{ orders { edges { node { lines { product { " + "stockLevels { product { " * 4 + "id" + " } }" * 4 + " } } } } } }"
    assert "exceeds maximum operation depth" in (await api.gql(deep, merchant=shop["slug"]))["errors"][0]["message"]
    tokens = "{ merchant { " + " ".join(["name"] * 5000) + " } }"
    assert "token" in (await api.gql(tokens, merchant=shop["slug"]))["errors"][0]["message"].lower()
    too_many = await api.gql("{ products(first: 101) { totalCount } }", merchant=shop["slug"])
    assert too_many["errors"][0]["extensions"]["code"] == "LIMIT_EXCEEDED"


async def test_no_queries_over_get(api):
    response = await api.http.get("/graphql", params={"query": "{ __typename }"})
    assert response.status_code in (400, 405)
    assert '"data"' not in response.text


async def test_unexpected_errors_are_masked(api, monkeypatch, caplog):
    from fenxiao.core.services import accounts

    async def broken(*args, **kwargs):
        raise RuntimeError("secret internals")

    monkeypatch.setattr(accounts, "create_merchant", broken)
    body = await api.gql('mutation { merchantCreate(input: {slug: "x-y-z", name: "x"}) { errors { code } } }',
                         token=(await api.register())["token"])
    error = body["errors"][0]
    assert "secret" not in error["message"] and error["extensions"]["code"] == "INTERNAL_ERROR"
    assert error["extensions"]["requestId"] in error["message"]
    assert any(error["extensions"]["requestId"] in record.getMessage() for record in caplog.records)


async def test_every_error_has_a_code(api, monkeypatch):
    """Clients branch on `extensions.code`: invalid documents get one too, and graphql-core's own
    errors while executing (here: a null for a non-null field) are our defects, masked as such."""
    syntax = await api.gql("{ me { ")
    assert syntax["errors"][0]["extensions"]["code"] == "GRAPHQL_PARSE_FAILED"
    unknown = await api.gql("{ nope }")
    assert unknown["errors"][0]["extensions"]["code"] == "GRAPHQL_VALIDATION_FAILED"
    coerced = await api.gql("query($n: Int) { products(first: $n) { totalCount } }", {"n": 1.5})
    assert coerced["errors"][0]["extensions"]["code"] == "GRAPHQL_VALIDATION_FAILED"
    shop = await api.merchant()
    from fenxiao.schema.identity import Merchant

    monkeypatch.setattr(Merchant, "of", classmethod(lambda cls, row: cls(slug=row.slug, name=None, currency=row.currency, _row=row)))
    broken = await api.gql("{ merchant { name } }", merchant=shop["slug"])
    assert [e["extensions"]["code"] for e in broken["errors"]] == ["INTERNAL_ERROR"]


def test_committed_schema_matches_the_code(schema):
    committed = (PROJECT_DIR / "schema.graphql").read_text(encoding="utf-8")
    assert committed == schema.as_str() + "\n", "schema.graphql is stale: run `fenxiao schema -o schema.graphql`"


def test_every_root_field_declares_its_permission(schema):
    from fenxiao.schema.permissions import guard_of

    for root in (schema.query, schema.mutation):
        for field in root.__strawberry_definition__.fields:
            assert guard_of(field) is not None, f"{field.python_name} has no Guard"


def test_every_mutation_takes_one_input_and_returns_a_payload(schema):
    mutation = schema._schema.mutation_type
    for name, field in mutation.fields.items():
        assert list(field.args) == ["input"], name
        assert str(field.args["input"].type) == f"{name[0].upper()}{name[1:]}Input!", name
        assert "errors" in field.type.of_type.fields, name


@pytest.mark.parametrize("setting", ["graphiql", "introspection"])
async def test_production_switches_off_graphiql_and_introspection(setting, database, manager):
    from fenxiao.schema.app import create_app
    from fenxiao.schema import build_schema
    from tests.api import Api
    from tests.conftest import base_settings

    settings = base_settings().with_(env="production", graphiql=False, introspection=False, field_suggestions=False,
                                     debug_queries=False)
    app = create_app(settings, manager, build_schema(manager, settings), manage_db=False)
    async with Api(app) as api:
        page = await api.http.get("/graphql", headers={"Accept": "text/html"})
        assert page.status_code != 200 or "graphiql" not in page.text.lower()
        body = await api.gql("{ __schema { types { name } } }")
        assert "introspection" in body["errors"][0]["message"].lower()
        typo = await api.gql("{ merchan { name } }")
        assert "Did you mean" not in typo["errors"][0]["message"]
        assert "queries" not in typo.get("extensions", {})


async def test_refusals_in_nested_fields_keep_their_code(api):
    shop = await api.merchant()
    member = await api.register(merchant=shop["slug"])
    body = await api.gql("{ wallet { entries(first: 1000) { totalCount } } }", token=member["token"], merchant=shop["slug"])
    assert body["errors"][0]["extensions"]["code"] == "LIMIT_EXCEEDED"
    assert body["errors"][0]["message"] == "first must be at most 100"


async def test_datetimes_are_compared_in_utc_whatever_offset_the_client_sends(api):
    shop = await api.merchant()
    await api.product(shop)
    owner = {"token": shop["owner"]["token"], "merchant": shop["slug"]}
    query = "query($t: DateTime) { products(filter: {createdAtGte: $t}) { totalCount } }"
    from datetime import datetime, timedelta, timezone

    an_hour_ago_in_shanghai = (datetime.now(timezone.utc) - timedelta(hours=1)).astimezone(timezone(timedelta(hours=8)))
    in_an_hour_in_new_york = (datetime.now(timezone.utc) + timedelta(hours=1)).astimezone(timezone(timedelta(hours=-5)))
    assert (await api.ok(query, {"t": an_hour_ago_in_shanghai.isoformat()}, **owner))["products"]["totalCount"] == 1
    assert (await api.ok(query, {"t": in_an_hour_in_new_york.isoformat()}, **owner))["products"]["totalCount"] == 0


def test_plain_resolvers_skip_strawberry_and_guarded_ones_do_not(schema):
    """schema/execution.call_resolvers_directly relies on strawberry's field back-references: if a
    strawberry upgrade moved them, this fails instead of every page silently slowing down."""
    def resolver_module(type_name: str, field_name: str) -> str:
        return schema._schema.type_map[type_name].fields[field_name].resolve.__module__

    assert resolver_module("Product", "id") == resolver_module("Product", "price") == "fenxiao.schema.execution"
    guarded = schema._schema.query_type.fields["products"]
    assert guarded.resolve.__module__ != "fenxiao.schema.execution"  # has arguments and a Guard: strawberry's full path


def test_a_loaded_model_is_a_value_not_a_coroutine():
    from fenxiao.core.models import Product
    from fenxiao.schema.execution import is_awaitable

    async def pending() -> None:
        return None

    coroutine = pending()
    assert is_awaitable(coroutine) and not is_awaitable(Product(id=1, sku="A", title="a", price=1))
    assert not any(is_awaitable(value) for value in (None, 1, "x", [1], {"a": 1}))
    coroutine.close()
