"""Helpers for tests that need many users without paying for many argon2 hashes."""

from __future__ import annotations

from fenxiao.core.models import User
from fenxiao.core.security import issue_token
from fenxiao.core.settings import Settings
from fenxiao.schema.relay import encode_id


def tokens_for(user: User, settings: Settings) -> dict:
    """The test client's view of a user created directly in the database."""
    return {"id": encode_id("User", user.id), "user_id": user.id, "email": user.email,
            "token": issue_token(settings.secret_key, user.id, user.token_version, 3600)[0]}
