"""Evidence images through the API, on SQLite and PostgreSQL: a buyer uploads (images only, by their bytes; a
size limit), attaches them to an after-sales case, and the buyer and staff open them by links that expire;
nobody attaches another's upload, and a guessed or tampered link opens nothing."""

from __future__ import annotations

import struct
import zlib
from datetime import datetime, timedelta, timezone

from fenxiao.core import media
from tests.conftest import base_settings
from tests.test_refund_requests import _paid_order


def _png(width: int = 2, height: int = 2) -> bytes:
    """A real PNG (a grey square)."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    rows = b"".join(b"\x00" + b"\x80" * width for _ in range(height))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))


async def _upload(api, shop, who, data: bytes, content_type: str = "image/png"):
    headers = {"Content-Type": content_type, "X-Merchant": shop["slug"]}
    if who is not None:
        headers["Authorization"] = f"Bearer {who['token']}"
    return await api.http.post("/media", content=data, headers=headers)


async def test_a_buyer_attaches_evidence_that_the_buyer_and_staff_can_open(api):
    shop, buyer, order = await _paid_order(api)
    uploaded = await _upload(api, shop, buyer, _png())
    assert uploaded.status_code == 201, uploaded.text
    key = uploaded.json()["key"]
    assert uploaded.json()["contentType"] == "image/png" and key.endswith(".png")
    asked = await api.mutate("orderRefundRequest", {"orderId": order["id"], "reason": "质量问题", "description": "碎了", "evidence": [key]},
                             token=buyer["token"], merchant=shop["slug"], select="request { id evidence evidenceLinks }")
    assert asked["errors"] == [] and asked["request"]["evidence"] == [key]
    for who in (buyer, shop["owner"]):
        seen = await api.ok("query($id: ID!) { node(id: $id) { ... on RefundRequest { evidenceLinks } } }", {"id": asked["request"]["id"]},
                            token=who["token"], merchant=shop["slug"])
        [link] = seen["node"]["evidenceLinks"]
        opened = await api.http.get(link)
        assert opened.status_code == 200 and opened.content == _png() and opened.headers["content-type"] == "image/png"
    stranger = await api.register(merchant=shop["slug"])
    hidden = await api.ok("query($id: ID!) { node(id: $id) { ... on RefundRequest { evidenceLinks } } }", {"id": asked["request"]["id"]},
                          token=stranger["token"], merchant=shop["slug"])
    assert hidden["node"] is None  # another buyer's case is not there for them


async def test_only_images_within_the_limit_from_members_are_taken(api):
    shop, buyer, _ = await _paid_order(api)
    assert (await _upload(api, shop, None, _png())).status_code == 401
    outsider = await api.register()  # signed in, not a member of this merchant
    assert (await _upload(api, shop, outsider, _png())).status_code == 401
    disguised = await _upload(api, shop, buyer, b"<svg onload=alert(1)>", "image/png")  # what the client says does not count
    assert disguised.status_code == 415 and disguised.json()["errors"][0]["extensions"]["code"] == "UNSUPPORTED_MEDIA_TYPE"
    huge = await _upload(api, shop, buyer, _png() + b"\x00" * (base_settings().media_max_bytes + 1))
    assert huge.status_code == 413
    jpeg = await _upload(api, shop, buyer, b"\xff\xd8\xff\xe0" + b"\x00" * 64, "image/jpeg")
    assert jpeg.status_code == 201 and jpeg.json()["key"].endswith(".jpg")


async def test_nobody_attaches_what_they_did_not_upload(api):
    shop, buyer, order = await _paid_order(api)
    other_shop, other_buyer, _ = await _paid_order(api)
    someone = await api.register(merchant=shop["slug"])
    theirs = (await _upload(api, shop, someone, _png())).json()["key"]
    elsewhere = (await _upload(api, other_shop, other_buyer, _png())).json()["key"]
    mine = (await _upload(api, shop, buyer, _png())).json()["key"]
    missing = mine.rsplit("/", 1)[0] + "/AAAAAAAAAAAAAAAAAAAAAA.png"  # under the buyer's name, never uploaded
    refused = await api.mutate("orderRefundRequest", {"orderId": order["id"], "reason": "质量问题", "evidence": [mine, theirs, elsewhere, missing,
                                                                                                         "../../etc/passwd"]},
                               token=buyer["token"], merchant=shop["slug"])
    assert [(e["field"], e["code"]) for e in refused["errors"]] == [(f"evidence.{i}", "NOT_FOUND") for i in (1, 2, 3, 4)]
    too_many = await api.mutate("orderRefundRequest", {"orderId": order["id"], "reason": "质量问题", "evidence": [mine] * 2},
                                token=buyer["token"], merchant=shop["slug"])
    assert [(e["field"], e["code"]) for e in too_many["errors"]] == [("evidence", "INVALID")]


async def test_a_link_opens_only_its_own_file_and_only_for_an_hour(api):
    shop, buyer, _ = await _paid_order(api)
    first = (await _upload(api, shop, buyer, _png())).json()
    second = (await _upload(api, shop, buyer, _png(3, 3))).json()["key"]
    secret = base_settings().secret_key
    token = first["url"].split("token=")[1]
    assert (await api.http.get(first["url"])).status_code == 200
    assert (await api.http.get(f"/media/{second}?token={token}")).status_code == 404  # the token names its own key
    assert (await api.http.get(f"/media/{first['key']}")).status_code == 404
    assert (await api.http.get(f"/media/{first['key']}?token={token[:-2]}xx")).status_code == 404
    old = media.link(secret, first["key"], now=datetime.now(timezone.utc) - timedelta(hours=2))
    assert (await api.http.get(old)).status_code == 404
    forged = media.link("another secret, long enough for HMAC-SHA256", first["key"])
    assert (await api.http.get(forged)).status_code == 404


async def test_one_person_keeps_a_bounded_number_of_files(api, monkeypatch):
    shop, buyer, _ = await _paid_order(api)
    monkeypatch.setattr(media, "MAX_FILES", 2)
    assert [(await _upload(api, shop, buyer, _png())).status_code for _ in range(3)] == [201, 201, 429]
    other = await api.register(merchant=shop["slug"])
    assert (await _upload(api, shop, other, _png())).status_code == 201  # everyone has their own allowance
