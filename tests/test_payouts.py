"""Approved withdrawals paid out through the API, on SQLite and PostgreSQL: to the member's WeChat balance or Alipay
account when the merchant has an account there (signed requests checked, only the transport stubbed), by hand
with a bank batch file otherwise. A failed payout gives the money back through the ledger; a payout is sent
under the withdrawal's number, so sending it again never pays twice."""

from __future__ import annotations

import csv
import io
import json
from base64 import b64decode
from datetime import timedelta

import httpx
import respx
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding
from tortoise.timezone import now as utcnow

from fenxiao.core import db
from fenxiao.core.gateways import alipay, wechat
from tests.api import unique
from tests.settling import settled
from tests.test_alipay_gateway import AlipaySide
from tests.test_gateway_accounts import _input as wechat_input
from tests.test_money import _credit, _wallet, balances
from tests.test_wechat_gateway import WechatPaySide

OPENID = "oUpF8uMuAJO_M2pxb1Q9zNjWeS6o"
SHOWN = "withdrawal { id status payoutState payoutReference payoutClient reason net { minor } }"
TRANSFER = f"{wechat.API}/v3/fund-app/mch-transfer/transfer-bills"


async def _shop(api, gateway: str):
    shop = await api.merchant(withdrawalMin=1000, withdrawalFeeBps=100)
    side = WechatPaySide() if gateway == "wechat" else AlipaySide(certified=True)
    account = side.account
    configure = ({**wechat_input(side, private_key=account.private_key, apiv3_key=side.apiv3_key), "live": True} if gateway == "wechat" else
                 {"gateway": "alipay", "settings": {"appid": account.appid, "app_cert": side.app_cert, "alipay_cert": side.alipay_cert,
                                                    "alipay_root_cert": side.root_cert}, "secrets": {"private_key": account.private_key}})
    done = await api.mutate("merchantGatewayConfigure", configure, token=shop["owner"]["token"], merchant=shop["slug"])
    assert done["errors"] == [], done["errors"]
    staff = await api.register(merchant=shop["slug"])
    await api.mutate("memberRolesSet", {"memberId": staff["id"], "roles": ["customer", "staff"]}, token=shop["owner"]["token"], merchant=shop["slug"])
    return shop, side, staff


async def _requested(api, shop, method: str, account_number: str, amount: int = 20_000, **more):
    member = await api.register(merchant=shop["slug"])
    await _credit(api, shop, member, 50_000)
    asked = await api.mutate("withdrawalRequest", {"amount": amount, "method": method, "accountName": "张三", "accountNumber": account_number,
                                                   "idempotencyKey": unique("withdraw-key-"), **more},
                             token=member["token"], merchant=shop["slug"], select=SHOWN)
    assert asked["errors"] == [], asked["errors"]
    return member, asked["withdrawal"]


async def _approve(api, shop, staff, withdrawal):
    approved = await api.mutate("withdrawalApprove", {"withdrawalId": withdrawal["id"]}, token=staff["token"], merchant=shop["slug"], select=SHOWN)
    assert approved["errors"] == [], approved["errors"]
    return approved["withdrawal"]


async def _shown(api, shop, member, withdrawal):
    data = await api.ok("query($id: ID!) { node(id: $id) { ... on Withdrawal { status payoutState payoutReference payoutClient reason } } }",
                        {"id": withdrawal["id"]}, token=member["token"], merchant=shop["slug"])
    return data["node"]


async def test_a_withdrawal_goes_to_the_members_wechat_balance_once_confirmed(api):
    shop, side, staff = await _shop(api, "wechat")
    member, withdrawal = await _requested(api, shop, "WECHAT", OPENID)
    sent = []
    with respx.mock(assert_all_called=True) as mock:
        def transfer(request):
            side.check_signed(request)
            body = json.loads(request.content)
            sent.append(body)
            name = side.platform.decrypt(b64decode(body["user_name"]), padding.OAEP(mgf=padding.MGF1(hashes.SHA1()), algorithm=hashes.SHA1(),
                                                                                    label=None))
            assert name.decode() == "张三" and request.headers["Wechatpay-Serial"] == side.account.public_key_id
            return side.answer({"out_bill_no": body["out_bill_no"], "transfer_bill_no": "1330000071100999991182020050700019480001",
                                "create_time": "2026-12-01T10:00:00+08:00", "state": "WAIT_USER_CONFIRM", "package_info": "affffddafdfafddffda=="})

        mock.post(TRANSFER).mock(side_effect=transfer)
        approved = await _approve(api, shop, staff, withdrawal)
    assert approved["status"] == "PAYING"
    body = sent[0]
    assert (body["transfer_amount"], body["openid"], body["transfer_scene_id"]) == (withdrawal["net"]["minor"], OPENID, "1005")
    assert body["out_bill_no"].startswith("FXW") and body["notify_url"].endswith(f"/payments/wechat/{shop['slug']}/webhook")
    assert body["user_name"] != "张三"  # encrypted with the platform key
    assert body["transfer_scene_report_infos"] == [{"info_type": "岗位类型", "info_content": "分销员"},
                                                    {"info_type": "报酬说明", "info_content": "分销佣金提现"}]
    shown = await _shown(api, shop, member, withdrawal)
    assert shown["status"] == "PAYING" and shown["payoutState"] == "WAIT_USER_CONFIRM"
    assert shown["payoutClient"] == {"mchId": side.account.mchid, "appId": side.account.appid, "package": "affffddafdfafddffda=="}
    finished = side.notification({"out_bill_no": body["out_bill_no"], "transfer_bill_no": "1330000071100999991182020050700019480001",
                                  "state": "SUCCESS", "mch_id": side.account.mchid, "transfer_amount": withdrawal["net"]["minor"],
                                  "openid": OPENID, "create_time": "2026-12-01T10:00:00+08:00", "update_time": "2026-12-01T10:01:00+08:00"},
                                 event="MCHTRANSFER.BILL.FINISHED")
    for _ in range(2):
        answered = await api.http.post(f"/payments/wechat/{shop['slug']}/webhook", content=finished.encode(),
                                       headers={"Content-Type": "application/json", **side.headers(finished)})
        assert answered.status_code == 204
    shown = await _shown(api, shop, member, withdrawal)
    assert (shown["status"], shown["payoutReference"], shown["payoutClient"]) == ("PAID", "1330000071100999991182020050700019480001", None)
    wallet = balances(await _wallet(api, shop, member))
    assert (wallet["available"], wallet["withdrawing"], wallet["withdrawn"]) == (30_000, 0, 20_000)
    paid = await db.fetch("SELECT COUNT(*) AS n FROM ledger_transaction WHERE kind = 'withdrawal_paid'")
    assert paid[0]["n"] == 1


async def test_a_payout_wechat_pay_cannot_make_returns_the_money(api):
    shop, side, staff = await _shop(api, "wechat")
    member, withdrawal = await _requested(api, shop, "WECHAT", OPENID, amount=12_345)
    with respx.mock(assert_all_called=True) as mock:
        mock.post(TRANSFER).mock(side_effect=lambda request: side.answer({
            "out_bill_no": json.loads(request.content)["out_bill_no"], "transfer_bill_no": "1330000071100999991182020050700019480002",
            "state": "PROCESSING"}))
        await _approve(api, shop, staff, withdrawal)
    number = (await db.fetch("SELECT id FROM withdrawal"))[0]["id"]
    failed = side.notification({"out_bill_no": f"FXW{number:012d}", "transfer_bill_no": "1330000071100999991182020050700019480002",
                                "state": "FAIL", "fail_reason": "PAYEE_ACCOUNT_ABNORMAL", "mch_id": side.account.mchid,
                                "transfer_amount": withdrawal["net"]["minor"], "openid": OPENID}, event="MCHTRANSFER.BILL.FINISHED")
    answered = await api.http.post(f"/payments/wechat/{shop['slug']}/webhook", content=failed.encode(),
                                   headers={"Content-Type": "application/json", **side.headers(failed)})
    assert answered.status_code == 204
    shown = await _shown(api, shop, member, withdrawal)
    assert (shown["status"], shown["reason"]) == ("FAILED", "PAYEE_ACCOUNT_ABNORMAL")
    wallet = balances(await _wallet(api, shop, member))
    assert (wallet["available"], wallet["withdrawing"], wallet["withdrawn"]) == (50_000, 0, 0)
    forged = WechatPaySide("forger")  # a forged success for it changes nothing
    lie = side.notification({"out_bill_no": f"FXW{number:012d}", "state": "SUCCESS", "transfer_amount": withdrawal["net"]["minor"]},
                            event="MCHTRANSFER.BILL.FINISHED")
    answered = await api.http.post(f"/payments/wechat/{shop['slug']}/webhook", content=lie.encode(),
                                   headers={"Content-Type": "application/json", **forged.headers(lie, serial=side.account.public_key_id)})
    assert answered.status_code == 400 and (await _shown(api, shop, member, withdrawal))["status"] == "FAILED"


async def test_an_alipay_payout_is_paid_or_refused_at_once(api):
    shop, side, staff = await _shop(api, "alipay")
    member, withdrawal = await _requested(api, shop, "ALIPAY", "13800000000")
    refused_member, refused = await _requested(api, shop, "ALIPAY", "nobody@example.com", amount=9_900)
    sent = []
    with respx.mock(assert_all_called=True) as mock:
        def transfer(request):
            body = side.check_signed(request)
            sent.append(body)
            if body["payee_info"]["identity"] == "nobody@example.com":
                return side.refusal("alipay.fund.trans.uni.transfer", "40004", "PAYEE_NOT_EXIST", "收款账号不存在")
            return side.answer("alipay.fund.trans.uni.transfer", {"out_biz_no": body["out_biz_no"], "order_id": "20261201110070000006",
                                                                  "status": "SUCCESS"})

        mock.post(alipay.SANDBOX).mock(side_effect=transfer)
        assert (await _approve(api, shop, staff, withdrawal))["status"] == "PAYING"  # as the approval answers; paid once it commits
        await _approve(api, shop, staff, refused)
    assert sent[0]["trans_amount"] == alipay.yuan(withdrawal["net"]["minor"]) and sent[0]["payee_info"]["name"] == "张三"
    shown = await _shown(api, shop, member, withdrawal)
    assert (shown["status"], shown["payoutReference"]) == ("PAID", "20261201110070000006")
    assert (await _shown(api, shop, refused_member, refused))["status"] == "FAILED"
    assert balances(await _wallet(api, shop, refused_member))["available"] == 50_000


async def test_a_payout_the_provider_never_got_is_sent_again_under_the_same_number(api, manager):
    shop, side, staff = await _shop(api, "alipay")
    member, withdrawal = await _requested(api, shop, "ALIPAY", "13800000000")
    with respx.mock() as mock:
        mock.post(alipay.SANDBOX).mock(side_effect=httpx.ConnectError("Alipay is unreachable"))
        assert (await _approve(api, shop, staff, withdrawal))["status"] == "PAYING"
    assert (await _shown(api, shop, member, withdrawal))["status"] == "PAYING"
    numbers = []
    with respx.mock(assert_all_called=True) as mock:
        def transfer(request):
            body = side.check_signed(request)
            numbers.append(body["out_biz_no"])
            return side.answer("alipay.fund.trans.uni.transfer", {"out_biz_no": body["out_biz_no"], "status": "DEALING"})

        def state(request):
            body = side.check_signed(request)
            numbers.append(body["out_biz_no"])
            return side.answer("alipay.fund.trans.common.query", {"out_biz_no": body["out_biz_no"], "order_id": "20261201110070000007",
                                                                  "status": "SUCCESS"})

        mock.post(alipay.SANDBOX).mock(side_effect=lambda request: (transfer if "uni.transfer" in request.content.decode() else state)(request))
        assert "payouts_settled_by_query" not in await settled(manager, utcnow() + timedelta(minutes=1), shop["slug"])  # too soon
        first = await settled(manager, utcnow() + timedelta(minutes=6), shop["slug"])  # sent: Alipay is still dealing with it
        second = await settled(manager, utcnow() + timedelta(minutes=12), shop["slug"])  # asked: paid
    assert "payouts_settled_by_query" not in first and second["payouts_settled_by_query"] == 1
    assert len(numbers) == 2 and len(set(numbers)) == 1
    assert (await _shown(api, shop, member, withdrawal))["status"] == "PAID"
    assert balances(await _wallet(api, shop, member))["withdrawn"] == 20_000


async def test_bank_withdrawals_are_exported_for_the_bank_and_marked_paid_by_hand(api):
    shop, _, staff = await _shop(api, "wechat")
    member, withdrawal = await _requested(api, shop, "BANK", "6222 0202 0000 1234", bankName="中国工商银行")
    other, not_yet = await _requested(api, shop, "BANK", "6222020200005678", bankName="招商银行")
    approved = await _approve(api, shop, staff, withdrawal)
    assert approved["status"] == "APPROVED"  # no provider pays a bank card: staff do
    refused = await api.mutate("withdrawalBankBatch", {}, token=member["token"], merchant=shop["slug"])
    assert [e["code"] for e in refused["errors"]] == ["FORBIDDEN"]
    batch = await api.mutate("withdrawalBankBatch", {}, token=staff["token"], merchant=shop["slug"],
                             select="csv total { minor } withdrawals { id }")
    chosen = await api.mutate("withdrawalBankBatch", {"withdrawalIds": [not_yet["id"]]}, token=staff["token"], merchant=shop["slug"],
                              select="withdrawals { id }")
    assert chosen["errors"] == [] and chosen["withdrawals"] == []  # requested, not approved: not in a batch
    assert batch["errors"] == [] and [w["id"] for w in batch["withdrawals"]] == [withdrawal["id"]]
    rows = list(csv.reader(io.StringIO(batch["csv"])))
    assert rows[0] == ["序号", "流水号", "收款户名", "收款账号", "开户行", "金额(元)", "用途"]
    assert rows[1][2:6] == ["张三", "6222020200001234", "中国工商银行", alipay.yuan(withdrawal["net"]["minor"])] and len(rows) == 2
    assert batch["total"]["minor"] == withdrawal["net"]["minor"]
    audit = await db.fetch("SELECT * FROM audit_entry WHERE action = 'withdrawalBankBatch'")
    assert len(audit) == 2
    paid = await api.mutate("withdrawalMarkPaid", {"withdrawalId": withdrawal["id"], "payoutReference": rows[1][1]},
                            token=staff["token"], merchant=shop["slug"], select=SHOWN)
    assert paid["errors"] == [] and paid["withdrawal"]["status"] == "PAID"
    assert balances(await _wallet(api, shop, member))["withdrawn"] == 20_000


async def test_without_an_account_at_the_provider_a_wallet_payout_stays_by_hand(api):
    shop = await api.merchant(withdrawalMin=1000)
    staff = await api.register(merchant=shop["slug"])
    await api.mutate("memberRolesSet", {"memberId": staff["id"], "roles": ["customer", "staff"]}, token=shop["owner"]["token"], merchant=shop["slug"])
    member, withdrawal = await _requested(api, shop, "WECHAT", OPENID)
    with respx.mock(assert_all_called=False) as mock:
        route = mock.route()
        assert (await _approve(api, shop, staff, withdrawal))["status"] == "APPROVED"
    assert not route.called


async def test_an_alipay_account_without_certificates_leaves_payouts_to_staff(api):
    from tests.test_alipay_pay_api import _shop as alipay_shop

    shop, _, _ = await alipay_shop(api)  # the public-key mode: Alipay takes payments, not transfers
    staff = await api.register(merchant=shop["slug"])
    await api.mutate("memberRolesSet", {"memberId": staff["id"], "roles": ["customer", "staff"]}, token=shop["owner"]["token"], merchant=shop["slug"])
    member, withdrawal = await _requested(api, shop, "ALIPAY", "13800000000")
    with respx.mock(assert_all_called=False) as mock:
        route = mock.route()
        assert (await _approve(api, shop, staff, withdrawal))["status"] == "APPROVED"
    assert not route.called
