"""Accounts, tokens, merchants, memberships and roles, through the API."""

import time

import jwt

from tests.api import PASSWORD, unique

ME = "{ me { id displayName email memberships { merchantSlug roles } } }"


async def test_register_sign_in_and_me(api):
    user = await api.register(email="Alice@Example.com", displayName="Alice")
    assert user["email"] == "Alice@Example.com"
    signed_in = await api.mutate("tokenCreate", {"login": "alice@example.com", "password": PASSWORD}, select="token expiresAt")
    assert signed_in["errors"] == []
    me = (await api.ok(ME, token=signed_in["token"]))["me"]
    assert me == {"id": user["id"], "displayName": "Alice", "email": "alice@example.com", "memberships": []}


async def test_refusals_are_coded(api):
    await api.register(email="bob@example.com")
    duplicate = await api.mutate("accountRegister", {"email": "BOB@example.com", "password": PASSWORD})
    assert [(e["field"], e["code"]) for e in duplicate["errors"]] == [("email", "DUPLICATE")]
    weak = await api.mutate("accountRegister", {"email": "carol@example.com", "password": "12345678"})
    assert [(e["field"], e["code"]) for e in weak["errors"]] == [("password", "WEAK_PASSWORD")]
    malformed = await api.mutate("accountRegister", {"email": "not-an-email", "phone": "abc", "password": PASSWORD})
    assert sorted((e["field"], e["code"]) for e in malformed["errors"]) == [("email", "INVALID"), ("phone", "INVALID")]
    wrong = await api.mutate("tokenCreate", {"login": "bob@example.com", "password": "wrong-password-1"})
    unknown = await api.mutate("tokenCreate", {"login": "nobody@example.com", "password": PASSWORD})
    assert wrong["errors"] == unknown["errors"] == [
        {"field": "login", "code": "INVALID_CREDENTIALS", "message": "wrong account or password"}
    ]


async def test_bad_tokens_are_anonymous_with_a_reason(api, settings):
    user = await api.register()
    anonymous = await api.gql(ME)
    assert anonymous["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"
    expired = jwt.encode({"sub": "1", "ver": 0, "exp": int(time.time()) - 10}, settings.secret_key, "HS256")
    body = await api.gql(ME, token=expired)
    assert body["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"
    assert "expired" in body["errors"][0]["message"]
    forged = jwt.encode({"sub": "1", "ver": 0, "exp": int(time.time()) + 60}, "another-secret-of-enough-length-32b", "HS256")
    assert "invalid" in (await api.gql(ME, token=forged))["errors"][0]["message"]
    assert (await api.ok(ME, token=user["token"]))["me"]["id"] == user["id"]


async def test_merchant_create_makes_the_caller_owner(api):
    owner = await api.register()
    slug = unique("tea-house-")
    created = await api.mutate("merchantCreate", {"slug": slug, "name": "Tea House"}, token=owner["token"],
                               select="merchant { slug name currency }")
    assert created == {"errors": [], "merchant": {"slug": slug, "name": "Tea House", "currency": "CNY"}}
    me = (await api.ok(ME, token=owner["token"]))["me"]
    assert me["memberships"] == [{"merchantSlug": slug, "roles": ["owner"]}]
    taken = await api.mutate("merchantCreate", {"slug": slug, "name": "Copy"}, token=owner["token"])
    assert [(e["field"], e["code"]) for e in taken["errors"]] == [("slug", "DUPLICATE")]
    bad = await api.mutate("merchantCreate", {"slug": "Not A Slug!", "name": ""}, token=owner["token"])
    assert sorted(e["field"] for e in bad["errors"]) == ["name", "slug"]
    anonymous = await api.mutate("merchantCreate", {"slug": unique("x-"), "name": "X"})
    assert anonymous["errors"][0]["code"] == "UNAUTHENTICATED"


async def test_registering_with_a_merchant_joins_it_as_customer(api):
    shop = await api.merchant()
    customer = await api.register(merchant=shop["slug"])
    me = (await api.ok(ME, token=customer["token"]))["me"]
    assert me["memberships"] == [{"merchantSlug": shop["slug"], "roles": ["customer"]}]


async def test_roles_decide_and_the_owner_sets_them(api):
    shop = await api.merchant()
    customer = await api.register(merchant=shop["slug"])
    settings_query = "{ merchant { name settings { afterSalesDays } } }"
    as_customer = await api.ok(settings_query, token=customer["token"], merchant=shop["slug"])
    assert as_customer["merchant"]["settings"] is None
    as_owner = await api.ok(settings_query, token=shop["owner"]["token"], merchant=shop["slug"])
    assert as_owner["merchant"]["settings"] == {"afterSalesDays": 7}

    update = {"afterSalesDays": 3}
    refused = await api.mutate("merchantUpdate", update, token=customer["token"], merchant=shop["slug"])
    assert refused["errors"][0]["code"] == "FORBIDDEN"
    promoted = await api.mutate("memberRolesSet", {"memberId": customer["id"], "roles": ["customer", "staff"]},
                                token=shop["owner"]["token"], merchant=shop["slug"], select="roles")
    assert promoted == {"errors": [], "roles": ["customer", "staff"]}
    still_not_owner = await api.mutate("merchantUpdate", update, token=customer["token"], merchant=shop["slug"])
    assert still_not_owner["errors"][0]["code"] == "FORBIDDEN"
    staff_view = await api.ok(settings_query, token=customer["token"], merchant=shop["slug"])
    assert staff_view["merchant"]["settings"] == {"afterSalesDays": 7}

    unknown = await api.mutate("memberRolesSet", {"memberId": customer["id"], "roles": ["emperor"]},
                               token=shop["owner"]["token"], merchant=shop["slug"])
    assert unknown["errors"][0] == {"field": "roles", "code": "INVALID", "message": "unknown role(s): emperor"}
    last_owner = await api.mutate("memberRolesSet", {"memberId": shop["owner"]["id"], "roles": ["staff"]},
                                  token=shop["owner"]["token"], merchant=shop["slug"])
    assert last_owner["errors"][0]["message"] == "a merchant needs at least one owner"


async def test_merchant_header_is_checked(api):
    shop = await api.merchant()
    missing = await api.gql("{ merchant { name } }")
    assert missing["errors"][0]["extensions"]["code"] == "MERCHANT_REQUIRED"
    unknown = await api.gql("{ merchant { name } }", merchant="no-such-shop")
    assert unknown["errors"][0]["extensions"]["code"] == "NOT_FOUND"
    known = await api.ok("{ merchant { name } }", merchant=shop["slug"])
    assert known["merchant"]["name"] == f"Shop {shop['slug']}"
