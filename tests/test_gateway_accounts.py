"""A merchant's WeChat Pay account through the API, on SQLite and PostgreSQL: an owner sets it up; the
secrets are validated, sealed at rest, merged on change, and never come back out — not in the answer, not
in the table, not in the audit log."""

from __future__ import annotations

import dataclasses
import json

from fenxiao.core import db
from fenxiao.core.gateways import accounts
from fenxiao.core.models import Merchant
from tests.conftest import base_settings
from tests.test_wechat_gateway import WechatPaySide

SELECT = "merchantGateway { gateway enabled live settings secretsSet }"


def _input(side: WechatPaySide, **secrets) -> dict:
    account = side.account
    return {"gateway": "wechat", "settings": {"mchid": account.mchid, "appid": account.appid, "serial_no": account.serial_no,
                                              "public_key": account.public_key, "public_key_id": account.public_key_id},
            "secrets": secrets}


async def test_an_owner_sets_up_wechat_pay_and_its_secrets_never_come_back(api):
    shop = await api.merchant()
    side = WechatPaySide()
    staff = await api.register(merchant=shop["slug"])
    await api.mutate("memberRolesSet", {"memberId": staff["id"], "roles": ["customer", "staff"]}, token=shop["owner"]["token"], merchant=shop["slug"])
    full = _input(side, private_key=side.account.private_key, apiv3_key=side.apiv3_key)
    refused = await api.mutate("merchantGatewayConfigure", full, token=staff["token"], merchant=shop["slug"])
    assert [e["code"] for e in refused["errors"]] == ["FORBIDDEN"]  # owners only
    done = await api.mutate("merchantGatewayConfigure", full, token=shop["owner"]["token"], merchant=shop["slug"], select=SELECT)
    assert done["errors"] == [], done["errors"]
    shown = done["merchantGateway"]
    assert shown["secretsSet"] == ["apiv3_key", "private_key"] and shown["settings"]["mchid"] == side.account.mchid and not shown["live"]
    # a change without secrets keeps the stored ones; the adapter gets them back whole
    kept = await api.mutate("merchantGatewayConfigure", {**_input(side), "live": True}, token=shop["owner"]["token"], merchant=shop["slug"],
                            select=SELECT)
    assert kept["errors"] == [] and kept["merchantGateway"]["secretsSet"] == ["apiv3_key", "private_key"]
    merchant = await Merchant.get(slug=shop["slug"])
    stored = await accounts.wechat_account(merchant.id, base_settings().secret_key)
    assert stored == dataclasses.replace(side.account, private_key=side.account.private_key.strip(), public_key=side.account.public_key.strip())
    # nowhere in the clear: the API, the table, the audit log
    listed = await api.gql("{ merchantGateways { gateway settings secretsSet } }", token=staff["token"], merchant=shop["slug"])
    rows = await db.fetch("SELECT * FROM gateway_account")
    audit = await db.fetch("SELECT * FROM audit_entry WHERE action = 'merchantGatewayConfigure'")
    assert len(audit) == 2
    for place in (json.dumps(listed), str(rows), str(audit)):
        assert side.apiv3_key not in place and "PRIVATE KEY" not in place


async def test_bad_settings_and_secrets_are_refused_by_field_and_nothing_is_stored(api):
    shop = await api.merchant()
    side = WechatPaySide()
    bad = _input(side, private_key="-----BEGIN PRIVATE KEY-----\nnot a key\n-----END PRIVATE KEY-----", apiv3_key="short")
    bad["settings"].update(mchid="abc", public_key="not a key", colour="red")
    refused = await api.mutate("merchantGatewayConfigure", bad, token=shop["owner"]["token"], merchant=shop["slug"])
    assert {e["field"] for e in refused["errors"]} == {"settings.mchid", "settings.public_key", "settings.colour", "secrets.private_key",
                                                      "secrets.apiv3_key"}
    assert all("not a key" not in e["message"] for e in refused["errors"])  # the values are not echoed
    # no secrets at all for a new account; an unknown provider
    missing = await api.mutate("merchantGatewayConfigure", _input(side), token=shop["owner"]["token"], merchant=shop["slug"])
    assert {e["field"] for e in missing["errors"]} == {"secrets.private_key", "secrets.apiv3_key"}
    unknown = await api.mutate("merchantGatewayConfigure", {**_input(side), "gateway": "paypal"}, token=shop["owner"]["token"], merchant=shop["slug"])
    assert [(e["field"], e["code"]) for e in unknown["errors"]] == [("gateway", "NOT_FOUND")]
    assert await db.fetch("SELECT id FROM gateway_account") == []


def test_sealed_secrets_open_only_with_the_same_secret_key():
    sealed = accounts.seal("one key of enough length for the tests here", {"apiv3_key": "a" * 32})
    assert "a" * 32 not in sealed
    assert accounts.unseal("one key of enough length for the tests here", sealed) == {"apiv3_key": "a" * 32}
    try:
        accounts.unseal("another key of enough length for the tests", sealed)
    except Exception as error:  # noqa: BLE001
        assert "FENXIAO_SECRET_KEY" in str(error)
    else:
        raise AssertionError("a sealed secret opened with another key")
