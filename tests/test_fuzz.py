"""Fuzzing the served GraphQL endpoint with schemathesis, from the committed `schema.graphql`.

Every root query and mutation gets generated arguments and selections, sent over HTTP to a real
server holding the demo merchant (every mode on), once anonymously and once as the merchant's
owner. Whatever comes in, the answer is a 200 with a GraphQL body: never a 5xx, never a masked
unexpected exception (`INTERNAL_ERROR`), never an error without a code. A mutation's refusals
travel in its payload's `errors`: its only top-level errors are those of the request as a whole
(limits, an invalid document; schemathesis sends some on purpose). The session-ending mutations
are left out so that the owner stays signed in.
"""

from __future__ import annotations

import asyncio
import os
import shutil
import subprocess
import sys

import pytest
import schemathesis
from graphql import NameNode, ObjectFieldNode
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from schemathesis.graphql import nodes

from fenxiao.core.demo import OWNER_EMAIL, PASSWORD, SLUG
from tests.paths import REPOSITORY as PROJECT_DIR
from tests.api import Api
from tests.server import Server

# Examples per root field and persona: bounded to keep the suite fast (about a minute). Dig deeper
# locally with FENXIAO_FUZZ_EXAMPLES=25 (about four minutes).
EXAMPLES = int(os.environ.get("FENXIAO_FUZZ_EXAMPLES", "5"))
# A mutation refuses in its payload; the only top-level errors it may meet are the request's own
# (limits). A query has no payload: its refusals are top-level errors, each with a code.
# (limits; text no database stores, such as NUL, refused in the document itself as INVALID).
REQUEST_CODES = {"LIMIT_EXCEEDED", "GRAPHQL_PARSE_FAILED", "GRAPHQL_VALIDATION_FAILED", "INVALID"}
# Operations that end the owner's session; their refusals and effects are tested in test_identity.
ENDS_SESSION = ("Mutation.tokenRevoke", "Mutation.passwordChange")

_json_leaf = st.one_of(st.integers(-10**6, 10**6).map(nodes.Int), st.text(max_size=20).map(nodes.String),
                       st.booleans().map(nodes.Boolean), st.just(nodes.Null))
schemathesis.graphql.scalar("JSON", st.recursive(
    _json_leaf,
    lambda inner: st.one_of(st.lists(inner, max_size=3).map(nodes.List),
                            st.dictionaries(st.from_regex(r"[a-z_]{1,12}", fullmatch=True), inner, max_size=3).map(
                                lambda d: nodes.Object([ObjectFieldNode(name=NameNode(value=k), value=v) for k, v in d.items()]))),
    max_leaves=6))
schemathesis.graphql.scalar("Decimal", st.decimals(allow_nan=False, allow_infinity=False, places=2).map(str).map(nodes.String))

schema = schemathesis.graphql.from_path(PROJECT_DIR / "schema.graphql")


@pytest.fixture(scope="module")
def served(sqlite_template, tmp_path_factory):
    """The demo merchant on a served SQLite database, and its owner's token."""
    directory = tmp_path_factory.mktemp("fuzz")
    database = directory / "fuzz.sqlite3"
    shutil.copy(sqlite_template, database)
    server = Server(f"sqlite://{database}", workers=1, log=directory / "server.log")
    subprocess.run([sys.executable, "-m", "fenxiao.schema.cli", "demo"], cwd=PROJECT_DIR, env={**os.environ, "DATABASE_URL": server.url},
                   check=True, capture_output=True, timeout=300)

    async def start() -> str:
        await server.start()
        async with Api(base_url=server.base_url) as api:
            payload = await api.mutate("tokenCreate", {"login": OWNER_EMAIL, "password": PASSWORD}, select="token")
        assert payload["errors"] == [], payload["errors"]
        return payload["token"]

    token = asyncio.run(start())
    try:
        yield server, token
    finally:
        server.stop()


def _problems(response, operation: str) -> list[str]:
    if response.status_code != 200:
        return [f"HTTP {response.status_code}: {response.text[:500]}"]
    allowed = REQUEST_CODES if operation.startswith("Mutation.") else None
    problems = []
    for error in response.json().get("errors") or []:
        code = (error.get("extensions") or {}).get("code")
        if code is None or code == "INTERNAL_ERROR" or (allowed is not None and code not in allowed):
            problems.append(f"top-level error {code}: {error.get('message')} at {error.get('path')}")
    return problems


@pytest.mark.parametrize("persona", ["anonymous", "owner"])
@schema.exclude(name=list(ENDS_SESSION)).parametrize()
@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)
def test_fuzzed_requests_never_crash_the_server(case, persona, served):
    server, token = served
    headers = {"X-Merchant": SLUG}
    if persona == "owner":
        headers["Authorization"] = f"Bearer {token}"
    response = case.call(base_url=f"{server.base_url}/graphql", headers=headers)
    problems = _problems(response, case.operation.label)
    assert not problems, f"{case.body}\n{problems}\nserver log: {server.output()[-3000:]}"
