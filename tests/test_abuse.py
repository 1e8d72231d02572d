"""What costs a password hash cannot be multiplied: by spelling a login differently, by aliases or
batches, by registering, by adding workers. And hashing never holds up the event loop."""

from __future__ import annotations

import asyncio
import os
import shutil
import socket
import subprocess
import threading

import httpx
import pytest

from fenxiao.core.models import User
from tests.api import PASSWORD, Api

REDIS = shutil.which("redis-server")


async def test_every_spelling_of_a_phone_number_shares_one_budget_of_attempts(api):
    await api.register(email=None, phone="13800138000")
    spellings = ["138 0013 8000", "138-0013-8000", " 13800138000", "1380013 8000", "138-00138000"]
    for spelling in spellings:
        failed = await api.mutate("tokenCreate", {"login": spelling, "password": "wrong-password-9"})
        assert [e["code"] for e in failed["errors"]] == ["INVALID_CREDENTIALS"]
    right = await api.mutate("tokenCreate", {"login": "13800 138000", "password": PASSWORD})
    assert [e["code"] for e in right["errors"]] == ["LIMIT_EXCEEDED"]
    email = await api.register(email="Ada@Example.com")
    assert email["token"]
    for spelling in ("ada@example.com", " ADA@example.com", "Ada@Example.COM ", "ada@EXAMPLE.com", "aDa@example.com"):
        await api.mutate("tokenCreate", {"login": spelling, "password": "wrong-password-9"})
    assert [e["code"] for e in (await api.mutate("tokenCreate", {"login": "ada@example.com", "password": PASSWORD}))["errors"]] == [
        "LIMIT_EXCEEDED"]


@pytest.fixture
def strict_app(database, settings, manager, schema):
    from fenxiao.schema.app import create_app

    return create_app(settings.with_(register_attempts_per_address="3/minute"), manager, schema, manage_db=False)


async def test_registrations_are_limited_per_address(strict_app):
    async with Api(strict_app) as api:
        for _ in range(3):
            assert (await api.register())["token"]
        refused = await api.mutate("accountRegister", {"email": "one-too-many@example.com", "password": PASSWORD})
        assert [e["code"] for e in refused["errors"]] == ["LIMIT_EXCEEDED"] and "try again" in refused["errors"][0]["message"]
    assert not await User.filter(email="one-too-many@example.com").exists()


async def test_aliases_and_batches_cannot_multiply_password_hashing(api):
    aliased = "mutation { " + " ".join(
        f'r{i}: accountRegister(input: {{email: "alias{i}@example.com", password: "{PASSWORD}"}}) {{ errors {{ code }} }}' for i in range(3)) + " }"
    body = await api.gql(aliased)
    assert body["errors"][0]["extensions"]["code"] == "LIMIT_EXCEEDED" and body.get("data") is None
    sign_ins = "mutation { a: tokenCreate(input: {login: \"x@example.com\", password: \"y\"}) { token } " \
               "b: tokenCreate(input: {login: \"z@example.com\", password: \"y\"}) { token } }"
    assert (await api.gql(sign_ins))["errors"][0]["extensions"]["code"] == "LIMIT_EXCEEDED"
    batch = [{"query": 'mutation { accountRegister(input: {email: "batch%d@example.com", password: "%s"}) { errors { code } } }' % (i, PASSWORD)}
             for i in range(3)]
    answers = (await api.http.post("/graphql", json=batch)).json()
    codes = sorted(tuple(e["code"] for e in answer["data"]["accountRegister"]["errors"]) for answer in answers)
    assert codes == [(), ("LIMIT_EXCEEDED",), ("LIMIT_EXCEEDED",)]
    assert await User.filter(email__startswith="batch").count() == 1
    assert await User.filter(email__startswith="alias").count() == 0


async def test_passwords_are_hashed_and_checked_off_the_event_loop(api, monkeypatch):
    from fenxiao.core import security

    threads: list[int] = []
    hash_password, verify_password = security.hash_password, security.verify_password

    def recording_hash(password: str) -> str:
        threads.append(threading.get_ident())
        return hash_password(password)

    def recording_verify(password_hash: str, password: str) -> bool:
        threads.append(threading.get_ident())
        return verify_password(password_hash, password)

    from fenxiao.core.services import accounts
    monkeypatch.setattr(accounts, "hash_password", recording_hash)
    monkeypatch.setattr(accounts, "verify_password", recording_verify)
    user = await api.register(email="thread@example.com")
    await api.mutate("tokenCreate", {"login": "thread@example.com", "password": PASSWORD})
    await api.mutate("tokenCreate", {"login": "nobody@example.com", "password": PASSWORD})
    await api.mutate("passwordChange", {"currentPassword": PASSWORD, "newPassword": "another-secret-2"}, token=user["token"])
    assert len(threads) >= 5 and threading.get_ident() not in threads


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def redis_url(tmp_path):
    if REDIS is None:
        pytest.skip("redis-server not installed (Debian package redis-server): shared limits across workers not tested")
    port = _free_port()
    process = subprocess.Popen([REDIS, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
                                "--dir", str(tmp_path)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        for _ in range(100):
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=0.1):
                    break
            except OSError:
                import time
                time.sleep(0.05)
        yield f"async+redis://127.0.0.1:{port}"
    finally:
        process.terminate()
        process.wait(timeout=10)


@pytest.mark.postgres
async def test_sign_in_limits_hold_across_two_workers_with_shared_storage(pg_server, redis_url, tmp_path):
    """Two worker processes, a fresh connection per attempt: with limits in Redis, ten wrong
    passwords meet a limit of five, whichever worker answers each."""
    from tests.conftest import PG_TEMPLATE
    from tests.pgserver import create_database, drop_database
    from tests.server import Server

    if pg_server is None:
        pytest.skip("PostgreSQL not available")
    name = f"fenxiao_limits_{os.getpid()}"
    url = await create_database(pg_server, name, template=PG_TEMPLATE, replace=True)
    server = Server(url, workers=2, log=tmp_path / "server.log", env={"FENXIAO_RATE_LIMIT_STORAGE": redis_url})
    try:
        await server.start()
        async with Api(base_url=server.base_url) as api:
            await api.register(email="shared@example.com")
        codes = []
        for _ in range(10):
            async with httpx.AsyncClient(base_url=server.base_url) as fresh:  # a new connection: any worker may answer
                response = await fresh.post("/graphql", json={"query": 'mutation { tokenCreate(input: {login: "shared@example.com", '
                                                                       'password: "wrong-password-9"}) { errors { code } } }'})
                codes.append(response.json()["data"]["tokenCreate"]["errors"][0]["code"])
        assert codes.count("INVALID_CREDENTIALS") == 5 and codes[5:] == ["LIMIT_EXCEEDED"] * 5, codes
    finally:
        server.stop()
        await asyncio.sleep(0)
        await drop_database(pg_server, name)


def test_an_unknown_limit_storage_is_refused_naming_the_setting():
    from fenxiao.core.settings import Settings, SettingsError

    with pytest.raises(SettingsError, match="FENXIAO_RATE_LIMIT_STORAGE"):
        Settings(rate_limit_storage="async+nosuch://host").check()
