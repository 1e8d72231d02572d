"""What a request to /graphql must be before GraphQL sees it, and how the endpoint answers
when it is not — always JSON with an error code, never a plain-text 500.

A body is read as strict UTF-8 JSON, nested at most `MAX_JSON_DEPTH` deep (Python's decoder
recurses: 5,000 brackets used to end in a RecursionError), a batch holds at most
FENXIAO_MAX_BATCH operations, and no string anywhere in it holds NUL or a lone UTF-16
surrogate: neither can be stored (PostgreSQL refuses NUL in text; no UTF-8 encoder takes a lone
surrogate), so they are refused here once for every input, filter and header-free variable
rather than deep in whichever query meets them first. String literals in the document are
checked by `literal_text_rule` (schema/limits.py). The database being unreachable is answered
503 SERVICE_UNAVAILABLE with the request id; anything else unexpected 500 INTERNAL_ERROR with
it, the traceback going to the log under the same id.
"""

from __future__ import annotations

import json
import logging
import uuid
from typing import Any

from starlette.responses import JSONResponse

from fenxiao.core import db

log = logging.getLogger("fenxiao.graphql")
MAX_JSON_DEPTH = 32


class RequestRefused(Exception):
    """The request as a whole is refused: `status`, a GraphQL error `code`, a message, maybe a field."""

    def __init__(self, status: int, code: str, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.status, self.code, self.message, self.field = status, code, message, field

    def response(self) -> JSONResponse:
        return error_response(self.status, self.code, self.message, field=self.field)


def error_response(status: int, code: str, message: str, **extensions: Any) -> JSONResponse:
    shown = {"code": code, **{name: value for name, value in extensions.items() if value is not None}}
    return JSONResponse({"errors": [{"message": message, "extensions": shown}]}, status_code=status)


def _not_json(name: str) -> Any:
    """NaN and Infinity are not JSON (Python's parser takes them): no coordinate or amount is one."""
    raise RequestRefused(400, "GRAPHQL_PARSE_FAILED", f"the request body is not JSON: {name} is not a JSON number")


def decode_body(data: str | bytes, max_batch: int) -> Any:
    """The JSON of a GraphQL request body, or RequestRefused saying what is wrong with it."""
    if isinstance(data, bytes):
        try:
            data = data.decode("utf-8")
        except UnicodeDecodeError:
            raise RequestRefused(400, "GRAPHQL_PARSE_FAILED", "the request body is not UTF-8 text") from None
    try:
        body = json.loads(data, parse_constant=_not_json)
    except RecursionError:
        raise RequestRefused(400, "LIMIT_EXCEEDED", f"the JSON body is nested more than {MAX_JSON_DEPTH} deep") from None
    except json.JSONDecodeError as error:
        raise RequestRefused(400, "GRAPHQL_PARSE_FAILED", f"the request body is not JSON: {error.msg} at character {error.pos}") from None
    operations = body if isinstance(body, list) else [body]
    if not operations or not all(isinstance(operation, dict) for operation in operations):
        raise RequestRefused(400, "GRAPHQL_PARSE_FAILED", "send a JSON object with `query` (or a list of them: a batch)")
    if len(operations) > max_batch:
        raise RequestRefused(400, "LIMIT_EXCEEDED", f"at most {max_batch} operations in a batch, got {len(operations)}")
    # Valid UTF-8 holds no surrogate and JSON text no raw NUL: only an escape can bring either in.
    check_values(body, texts="\\u" in data or "\x00" in data)
    return body


def check_values(body: Any, texts: bool = True) -> None:
    """Refuse containers nested past MAX_JSON_DEPTH and (`texts`) text no database stores, walked without recursion."""
    stack: list[tuple[Any, str, int]] = [(body, "", 0)]
    while stack:
        value, path, depth = stack.pop()
        if isinstance(value, str):
            if texts:
                _check_text(value, path)
            continue
        if not isinstance(value, (dict, list)):
            continue
        if depth >= MAX_JSON_DEPTH:
            raise RequestRefused(400, "LIMIT_EXCEEDED", f"{path or 'the body'}: nested more than {MAX_JSON_DEPTH} deep", path or None)
        if isinstance(value, dict):
            for key, item in value.items():
                if texts:
                    _check_text(key, path)
                stack.append((item, f"{path}.{key}" if path else key, depth + 1))
        else:
            stack.extend((item, f"{path}[{index}]", depth + 1) for index, item in enumerate(value))


def unstorable(text: str) -> str | None:
    """What in `text` no database column can hold, if anything: NUL or a lone surrogate."""
    if "\x00" in text:
        return "NUL (\\u0000)"
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return "a lone UTF-16 surrogate"
    return None


def _check_text(text: str, path: str) -> None:
    problem = unstorable(text)
    if problem is not None:
        where = path.removeprefix("variables.") if path.startswith("variables.") else path
        raise RequestRefused(400, "INVALID", f"{path or 'the body'}: the text holds {problem}, which cannot be stored", where or None)


def unexpected(error: Exception, request_id: str | None = None) -> JSONResponse:
    """The answer to an exception that escaped GraphQL (the context, the body): JSON, coded, with an id."""
    rid = request_id or uuid.uuid4().hex[:16]
    if db.unavailable(error, "") is not None:
        log.error("request %s: the database is unavailable: %s", rid, error)
        return error_response(503, "SERVICE_UNAVAILABLE", f"the database is unavailable; try again shortly (request id {rid})",
                              requestId=rid)
    log.exception("request %s failed", rid, exc_info=error)
    return error_response(500, "INTERNAL_ERROR", f"Unexpected error. Quote request id {rid} when reporting it.", requestId=rid)
