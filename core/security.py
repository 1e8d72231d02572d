"""Passwords (argon2) and bearer tokens (signed JWT with expiry and a revocation counter)."""

from __future__ import annotations

import functools
import secrets
import time
from dataclasses import dataclass

import jwt
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from fenxiao.core.errors import DomainError, ErrorCode

_hasher = PasswordHasher()
ALGORITHM = "HS256"
MAX_CLAIM = 2**63 - 1
MAX_EXPIRY = 253402300799  # 9999-12-31T23:59:59Z, the last moment a datetime holds
MIN_PASSWORD_LENGTH = 8


def check_password_policy(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise DomainError(ErrorCode.WEAK_PASSWORD, f"use at least {MIN_PASSWORD_LENGTH} characters", "password")
    if len(password) > 256:
        raise DomainError(ErrorCode.WEAK_PASSWORD, "use at most 256 characters", "password")
    if password.isdigit() or password.isalpha():
        raise DomainError(ErrorCode.WEAK_PASSWORD, "mix letters with digits or symbols", "password")


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(password_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


@functools.cache
def dummy_hash() -> str:
    """Verifying against this when the account does not exist keeps the timing of "no such
    account" and "wrong password" alike. Made on first use: hashing costs every process that
    imports this module (each CLI command, each worker) a fifth of a second."""
    return _hasher.hash("fenxiao-no-such-account")


@dataclass(frozen=True)
class TokenClaims:
    user_id: int
    version: int
    expires_at: int
    jti: str


def issue_token(secret: str, user_id: int, version: int, ttl_seconds: int) -> tuple[str, int]:
    """A signed token: `ver` is the user's token version (raised to revoke them all), `jti` names this one."""
    expires_at = int(time.time()) + ttl_seconds
    claims = {"sub": str(user_id), "ver": version, "exp": expires_at, "iat": int(time.time()), "jti": secrets.token_hex(16)}
    return jwt.encode(claims, secret, ALGORITHM), expires_at


def read_token(secret: str, token: str) -> TokenClaims:
    """Claims of a valid token; raises DomainError(UNAUTHENTICATED) with the reason otherwise."""
    try:
        claims = jwt.decode(token, secret, algorithms=[ALGORITHM], options={"require": ["exp", "sub"]})
        read = TokenClaims(user_id=int(claims["sub"]), version=int(claims.get("ver", 0)), expires_at=int(claims["exp"]),
                           jti=str(claims.get("jti", "")))
    except jwt.ExpiredSignatureError:
        raise DomainError(ErrorCode.UNAUTHENTICATED, "the token has expired; sign in again") from None
    except (jwt.InvalidTokenError, ValueError, TypeError):
        raise DomainError(ErrorCode.UNAUTHENTICATED, "the token is invalid") from None
    # Only this module signs tokens, but a leaked secret must not turn into a crash: every claim
    # is held to what `issue_token` could have written (ids and versions are 64-bit columns).
    if not (0 < read.user_id <= MAX_CLAIM and 0 <= read.version <= MAX_CLAIM and read.expires_at <= MAX_EXPIRY and len(read.jti) <= 64):
        raise DomainError(ErrorCode.UNAUTHENTICATED, "the token is invalid")
    return read
