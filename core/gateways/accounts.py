"""Merchants' accounts at payment providers: what each provider needs, validated; secrets sealed at rest.

Secrets are sealed with Fernet (AES-128-CBC + HMAC-SHA256, from `cryptography`) under a key derived by HKDF
from FENXIAO_SECRET_KEY: a copy of the database alone does not give them away, and a changed secret key makes
them unreadable (configure the accounts again after rotating it). They leave this module only as the
adapter's account object, never through the API (which shows which secrets are set) nor in a log line.
"""

from __future__ import annotations

import base64
import json
from typing import Any

from cryptography.fernet import Fernet, InvalidToken
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from fenxiao.core.errors import DomainError, DomainErrors, ErrorCode
from fenxiao.core.gateways import wechat
from fenxiao.core.models import GatewayAccount


class Server:
    """What providers' accounts need of this server, set once at start-up (`serve_with`, by the app factory
    and the command line): the key secrets are sealed with, and where providers reach the server."""

    secret_key: str | None = None
    public_url: str = "http://127.0.0.1:8000"


def serve_with(settings: Any) -> None:
    Server.secret_key, Server.public_url = settings.secret_key, settings.public_url


def notify_url(gateway: str, merchant_slug: str) -> str:
    return f"{Server.public_url}/payments/{gateway}/{merchant_slug}/webhook"


def _key(secret_key: str | None) -> str:
    key = secret_key or Server.secret_key
    if not key:
        raise RuntimeError("payment accounts are read once the server's settings are known (accounts.serve_with)")
    return key


def _fernet(secret_key: str) -> Fernet:
    key = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=b"fenxiao gateway secrets").derive(secret_key.encode())
    return Fernet(base64.urlsafe_b64encode(key))


def seal(secret_key: str, secrets: dict[str, str]) -> str:
    return _fernet(_key(secret_key)).encrypt(json.dumps(secrets, sort_keys=True).encode()).decode() if secrets else ""


def unseal(secret_key: str, sealed: str) -> dict[str, str]:
    if not sealed:
        return {}
    try:
        return json.loads(_fernet(_key(secret_key)).decrypt(sealed.encode()))
    except InvalidToken:
        raise DomainError(ErrorCode.GATEWAY_ERROR, "the payment account's secrets cannot be read (was FENXIAO_SECRET_KEY changed?): "
                                                   "configure the account again", "gateway") from None


def _public_key(value: str) -> str:
    try:
        serialization.load_pem_public_key(value.strip().encode())
    except ValueError:
        raise ValueError("a PEM public key (-----BEGIN PUBLIC KEY-----)") from None
    return value.strip()


def _private_key(value: str) -> str:
    try:
        serialization.load_pem_private_key(value.strip().encode(), password=None)
    except (ValueError, TypeError):
        raise ValueError("an unencrypted PEM private key (apiclient_key.pem)") from None
    return value.strip()


class WechatSettings(BaseModel):
    model_config = ConfigDict(extra="forbid")
    mchid: str = Field(pattern=r"^\d{8,12}$", description="商户号")
    appid: str = Field(pattern=r"^wx[0-9A-Za-z]{16}$", description="the AppID of the mini-program or official account")
    serial_no: str = Field(pattern=r"^[0-9A-F]{8,40}$", description="the serial number of the merchant's API certificate")
    public_key: str = Field(description="微信支付公钥 (PEM)")
    public_key_id: str = Field(pattern=r"^PUB_KEY_ID_\w{1,64}$")

    @field_validator("public_key")
    @classmethod
    def check_pem(cls, value: str) -> str:
        return _public_key(value)


class WechatSecrets(BaseModel):
    model_config = ConfigDict(extra="forbid")
    private_key: str = Field(description="the merchant's API private key (apiclient_key.pem)")
    apiv3_key: str = Field(min_length=32, max_length=32, description="the APIv3 key, 32 characters")

    @field_validator("private_key")
    @classmethod
    def check_pem(cls, value: str) -> str:
        return _private_key(value)


KINDS: dict[str, tuple[type[BaseModel], type[BaseModel]]] = {"wechat": (WechatSettings, WechatSecrets)}


def _checked(model: type[BaseModel], values: dict[str, Any], prefix: str) -> tuple[BaseModel | None, list[DomainError]]:
    """The validated model, or the problems by field (never echoing the values: they may be secrets)."""
    try:
        return model.model_validate(values), []
    except ValidationError as error:
        return None, [DomainError(ErrorCode.INVALID, problem["msg"], f"{prefix}.{'.'.join(str(p) for p in problem['loc'])}")
                      for problem in error.errors(include_input=False, include_url=False)]


async def configure(merchant_id: int, gateway: str, secret_key: str, *, enabled: bool, live: bool, settings: dict[str, Any],
                    secrets: dict[str, str]) -> GatewayAccount:
    """Create or change a merchant's account: settings replaced, secrets merged (those not given are kept)."""
    if gateway not in KINDS:
        raise DomainError(ErrorCode.NOT_FOUND, f"no online gateway {gateway!r} (one of {', '.join(sorted(KINDS))})", "gateway")
    settings_model, secrets_model = KINDS[gateway]
    account = await GatewayAccount.get_or_none(merchant_id=merchant_id, gateway=gateway)
    kept = unseal(secret_key, account.sealed) if account else {}
    clean, settings_problems = _checked(settings_model, settings, "settings")
    sealed, secrets_problems = _checked(secrets_model, {**kept, **secrets}, "secrets")
    DomainErrors.raise_if_any(settings_problems + secrets_problems)
    values = dict(enabled=enabled, live=live, settings=clean.model_dump(), sealed=seal(secret_key, sealed.model_dump()))
    if account is None:
        return await GatewayAccount.create(merchant_id=merchant_id, gateway=gateway, **values)
    await GatewayAccount.filter(id=account.id).update(**values)
    await account.refresh_from_db()
    return account


def secret_names(account: GatewayAccount, secret_key: str) -> list[str]:
    return sorted(unseal(secret_key, account.sealed))


async def wechat_account(merchant_id: int, secret_key: str | None = None) -> wechat.WechatAccount:
    """The merchant's WeChat Pay account for the adapter, or GATEWAY_ERROR when none is enabled."""
    account = await GatewayAccount.get_or_none(merchant_id=merchant_id, gateway="wechat", enabled=True)
    if account is None:
        raise DomainError(ErrorCode.GATEWAY_ERROR, "this merchant takes no WeChat Pay payments", "gateway")
    return wechat.WechatAccount(**account.settings, **unseal(secret_key, account.sealed))
