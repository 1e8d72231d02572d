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


async def test_sign_out_this_token_or_everywhere(api):
    user = await api.register(email="eve@example.com")
    second = (await api.mutate("tokenCreate", {"login": "eve@example.com", "password": PASSWORD}, select="token"))["token"]
    out = await api.mutate("tokenRevoke", {}, token=user["token"], select="revoked")
    assert out == {"errors": [], "revoked": True}
    assert "revoked" in (await api.gql(ME, token=user["token"]))["errors"][0]["message"]
    assert (await api.ok(ME, token=second))["me"]["id"] == user["id"]  # the other session stays
    everywhere = await api.mutate("tokenRevoke", {"everywhere": True}, token=second)
    assert everywhere["errors"] == []
    assert (await api.gql(ME, token=second))["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"


async def test_password_change_revokes_other_tokens(api):
    user = await api.register(email="frank@example.com")
    wrong = await api.mutate("passwordChange", {"currentPassword": "nope-nope-1", "newPassword": "another-secret-2"}, token=user["token"])
    assert wrong["errors"][0]["code"] == "INVALID_CREDENTIALS"
    weak = await api.mutate("passwordChange", {"currentPassword": PASSWORD, "newPassword": "short"}, token=user["token"])
    assert weak["errors"][0]["code"] == "WEAK_PASSWORD"
    changed = await api.mutate("passwordChange", {"currentPassword": PASSWORD, "newPassword": "another-secret-2"}, token=user["token"], select="token")
    assert changed["errors"] == []
    assert (await api.gql(ME, token=user["token"]))["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"
    assert (await api.ok(ME, token=changed["token"]))["me"]["id"] == user["id"]
    old = await api.mutate("tokenCreate", {"login": "frank@example.com", "password": PASSWORD})
    assert old["errors"][0]["code"] == "INVALID_CREDENTIALS"


async def test_sign_in_attempts_are_rate_limited_per_account_and_per_address(api):
    await api.register(email="grace@example.com")
    for _ in range(5):
        failed = await api.mutate("tokenCreate", {"login": "grace@example.com", "password": "wrong-password-9"})
        assert failed["errors"][0]["code"] == "INVALID_CREDENTIALS"
    limited = await api.mutate("tokenCreate", {"login": "grace@example.com", "password": PASSWORD})
    assert limited["errors"][0]["code"] == "LIMIT_EXCEEDED" and "try again" in limited["errors"][0]["message"]
    other = await api.register(email="heidi@example.com")
    assert other["token"]
    codes = set()
    for i in range(30):
        attempt = await api.mutate("tokenCreate", {"login": f"nobody{i}@example.com", "password": "whatever-123"})
        codes.add(attempt["errors"][0]["code"])
    assert "LIMIT_EXCEEDED" in codes  # the client address ran out of attempts across accounts


def test_production_refuses_the_default_secret():
    import pytest

    from fenxiao.schema.app import create_app
    from fenxiao.core.settings import DEFAULT_SECRET, Settings

    with pytest.raises(RuntimeError, match="FENXIAO_SECRET_KEY"):
        create_app(Settings(env="production", secret_key=DEFAULT_SECRET))
    with pytest.raises(RuntimeError):
        create_app(Settings(env="production", secret_key="too-short"))
