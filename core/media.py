"""Files people upload (a buyer's evidence images for an after-sales case), on local disk by default.

A file is stored under `<FENXIAO_MEDIA_DIR>/<merchant id>/<uploader id>/<random>.<ext>`: its key says whose
it is, so a reference to it is checked against the request's merchant and the person attaching it without a
table. Only images are taken — JPEG, PNG, WebP, told by their first bytes, never by what the client says —
up to `FENXIAO_MEDIA_MAX_BYTES`. Files are served only through short-lived signed links
(`/media/<key>?token=…`), which the API hands to those who may see the case (its buyer and the merchant's
staff): an <img> tag cannot send a bearer token, and a guessed key alone opens nothing.
"""

from __future__ import annotations

import os
import re
import secrets
import tempfile
from datetime import datetime, timedelta, timezone
from pathlib import Path

import jwt

from fenxiao.core.errors import DomainError, ErrorCode

LINK_TTL = timedelta(hours=1)
MAX_FILES = 200  # one person's files with one merchant
KEY = re.compile(r"^(?P<merchant>\d{1,19})/(?P<uploader>\d{1,19})/[A-Za-z0-9_-]{22}\.(?:jpg|png|webp)$")
TYPES = {"jpg": "image/jpeg", "png": "image/png", "webp": "image/webp"}


def image_type(data: bytes) -> str | None:
    """The file's extension if its first bytes are a JPEG, PNG or WebP image's, else None."""
    if data.startswith(b"\xff\xd8\xff"):
        return "jpg"
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "webp"
    return None


class LocalMedia:
    """Files on this machine's disk, under `root` (several servers need a shared disk, or another storage)."""

    def __init__(self, root: str | Path) -> None:
        self.root = Path(root)

    def save(self, merchant_id: int, uploader_id: int, data: bytes) -> str:
        """Store an image; its key. Written to a temporary file first: a reader never sees half of it. One person
        keeps at most `MAX_FILES` files with a merchant, so nobody fills the disk."""
        kind = image_type(data)
        if kind is None:
            raise DomainError(ErrorCode.INVALID, "a JPEG, PNG or WebP image", "file")
        key = f"{merchant_id}/{uploader_id}/{secrets.token_urlsafe(16)}.{kind}"
        target = self.root / key
        if target.parent.is_dir() and sum(1 for _ in target.parent.iterdir()) >= MAX_FILES:
            raise DomainError(ErrorCode.LIMIT_EXCEEDED, f"at most {MAX_FILES} files each", "file")
        target.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=target.parent, delete=False) as scratch:
            scratch.write(data)
        os.replace(scratch.name, target)
        return key

    def path(self, key: str) -> Path | None:
        if not KEY.match(key):
            return None
        found = self.root / key
        return found if found.is_file() else None


def owned(key: str, merchant_id: int, uploader_id: int) -> bool:
    """Whether `key` names a file this person uploaded for this merchant."""
    found = KEY.match(key)
    return bool(found) and int(found["merchant"]) == merchant_id and int(found["uploader"]) == uploader_id


def link(secret_key: str, key: str, now: datetime | None = None) -> str:
    """A link to the file that opens it for an hour."""
    expires = (now or datetime.now(timezone.utc)) + LINK_TTL
    token = jwt.encode({"aud": "fenxiao-media", "key": key, "exp": expires}, secret_key, algorithm="HS256")
    return f"/media/{key}?token={token}"


def allowed(secret_key: str, key: str, token: str) -> bool:
    try:
        claims = jwt.decode(token, secret_key, algorithms=["HS256"], audience="fenxiao-media", options={"require": ["exp", "aud"]})
    except jwt.InvalidTokenError:
        return False
    return claims.get("key") == key
