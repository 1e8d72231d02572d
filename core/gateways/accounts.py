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

from cryptography import x509
from cryptography.fernet import Fernet, InvalidToken
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from fenxiao.core.errors import DomainError, DomainErrors, ErrorCode
from fenxiao.core.gateways import alipay, wechat
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
    transfer_scene_id: str = Field(default="1005", pattern=r"^\d{4}$", description="商家转账 scene for withdrawals (1005: 佣金报酬)")
    transfer_scene_report: dict[str, str] = Field(default_factory=lambda: dict(wechat.TRANSFER_SCENE_REPORT), max_length=5,
                                                  description="the scene's report (info_type → info_content)")

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


def _certificate(value: str | None) -> str | None:
    if value is None:
        return None
    try:
        x509.load_pem_x509_certificates(value.strip().encode())
    except ValueError:
        raise ValueError("a PEM certificate (-----BEGIN CERTIFICATE-----)") from None
    return value.strip()


def _bare_or_pem(value: str, kind: str) -> str:
    """Alipay's key tool shows keys as bare base64: accepted as such, kept as PEM."""
    value = value.strip()
    return value if "-----BEGIN" in value else f"-----BEGIN {kind}-----\n{value}\n-----END {kind}-----"


class AlipaySettings(BaseModel):
    """The public-key mode (alipay_public_key) or the certificate mode (the three certificates; transfers need it)."""

    model_config = ConfigDict(extra="forbid")
    appid: str = Field(pattern=r"^\d{16}$", description="the app's APPID on the Alipay open platform")
    alipay_public_key: str | None = Field(default=None, description="支付宝公钥 (PEM or the bare base64 the key tool shows)")
    app_cert: str | None = Field(default=None, description="appCertPublicKey_<appid>.crt")
    alipay_cert: str | None = Field(default=None, description="alipayCertPublicKey_RSA2.crt")
    alipay_root_cert: str | None = Field(default=None, description="alipayRootCert.crt")
    return_url: str | None = Field(default=None, pattern=r"^https?://[^\s]{1,500}$",
                                   description="where the buyer's browser goes back after paying (the storefront's order page)")

    @field_validator("alipay_public_key")
    @classmethod
    def check_key(cls, value: str | None) -> str | None:
        return None if value is None else _public_key(_bare_or_pem(value, "PUBLIC KEY"))

    @field_validator("app_cert", "alipay_cert", "alipay_root_cert")
    @classmethod
    def check_certificate(cls, value: str | None) -> str | None:
        return _certificate(value)

    @model_validator(mode="after")
    def one_mode(self) -> "AlipaySettings":
        certificates = [self.app_cert, self.alipay_cert, self.alipay_root_cert]
        if any(certificates) and not all(certificates):
            raise ValueError("the certificate mode needs app_cert, alipay_cert and alipay_root_cert")
        if not self.alipay_public_key and not all(certificates):
            raise ValueError("give alipay_public_key, or the three certificates")
        return self


class AlipaySecrets(BaseModel):
    model_config = ConfigDict(extra="forbid")
    private_key: str = Field(description="the app's private key (应用私钥, RSA2048: PEM or bare base64)")

    @field_validator("private_key")
    @classmethod
    def check_pem(cls, value: str) -> str:
        return _private_key(_bare_or_pem(value, "PRIVATE KEY"))


KINDS: dict[str, tuple[type[BaseModel], type[BaseModel]]] = {"wechat": (WechatSettings, WechatSecrets),
                                                             "alipay": (AlipaySettings, AlipaySecrets)}


def _checked(model: type[BaseModel], values: dict[str, Any], prefix: str) -> tuple[BaseModel | None, list[DomainError]]:
    """The validated model, or the problems by field (never echoing the values: they may be secrets)."""
    try:
        return model.model_validate(values), []
    except ValidationError as error:
        return None, [DomainError(ErrorCode.INVALID, problem["msg"].removeprefix("Value error, "),
                                  ".".join([prefix, *(str(part) for part in problem["loc"])]))
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


async def _enabled(merchant_id: int, gateway: str, title: str) -> GatewayAccount:
    account = await GatewayAccount.get_or_none(merchant_id=merchant_id, gateway=gateway, enabled=True)
    if account is None:
        raise DomainError(ErrorCode.GATEWAY_ERROR, f"this merchant takes no {title} payments", "gateway")
    return account


async def wechat_account(merchant_id: int, secret_key: str | None = None) -> wechat.WechatAccount:
    """The merchant's WeChat Pay account for the adapter, or GATEWAY_ERROR when none is enabled."""
    account = await _enabled(merchant_id, "wechat", "WeChat Pay")
    return wechat.WechatAccount(**account.settings, **unseal(secret_key, account.sealed), live=account.live)


async def alipay_account(merchant_id: int, secret_key: str | None = None) -> alipay.AlipayAccount:
    """The merchant's Alipay app for the adapter (sandbox unless live), or GATEWAY_ERROR when none is enabled."""
    account = await _enabled(merchant_id, "alipay", "Alipay")
    return alipay.AlipayAccount(**account.settings, **unseal(secret_key, account.sealed), live=account.live)
