"""The load generator of the orders benchmark, run as its own process: each client places an order
(a shop sale of its reseller, to a buyer bound to its distributor, shipped to an agent's district)
and then pays it, again and again, for D seconds.

Input: one JSON argument {"url", "merchant", "owner_token", "product_id", "clients": [{"token", "seller_id", "region"}], "seconds"}.
Prints one JSON line: paid orders, errors, paid orders per second and checkout latency percentiles (ms).
"""

from __future__ import annotations

import asyncio
import json
import sys
import time
import uuid

import httpx

from bench.load import percentile

PLACE = "mutation($i: OrderPlaceInput!) { orderPlace(input: $i) { order { id } errors { field code message } } }"
PAY = "mutation($i: OrderPayInput!) { orderPay(input: $i) { order { status } errors { field code message } } }"


async def run(spec: dict) -> dict:
    latencies: list[float] = []
    errors: list[str] = []
    clients = spec["clients"]
    limits = httpx.Limits(max_connections=len(clients), max_keepalive_connections=len(clients))
    async with httpx.AsyncClient(limits=limits, timeout=60) as http:
        deadline = time.perf_counter() + spec["seconds"]

        async def call(query: str, variables: dict, token: str) -> dict:
            response = await http.post(spec["url"], json={"query": query, "variables": variables},
                                       headers={"X-Merchant": spec["merchant"], "Authorization": f"Bearer {token}"})
            body = response.json()
            payload = next(iter((body.get("data") or {}).values()), None)
            if response.status_code != 200 or "errors" in body or payload is None or payload["errors"]:
                raise RuntimeError(json.dumps(body)[:500])
            return payload

        async def client(c: dict) -> None:
            while time.perf_counter() < deadline:
                started = time.perf_counter()
                try:
                    placed = await call(PLACE, {"i": {
                        "lines": [{"productId": spec["product_id"], "quantity": 1}], "sellerId": c["seller_id"],
                        "shippingAddress": {"name": "买家", "phone": "13800138000", "regionCode": c["region"], "address": "1 号"},
                        "idempotencyKey": uuid.uuid4().hex}}, c["token"])
                    await call(PAY, {"i": {"orderId": placed["order"]["id"], "idempotencyKey": uuid.uuid4().hex,
                                           "reference": "bench"}}, spec["owner_token"])
                    latencies.append(time.perf_counter() - started)
                except RuntimeError as error:
                    errors.append(str(error))

        started = time.perf_counter()
        await asyncio.gather(*(client(c) for c in clients))
        elapsed = time.perf_counter() - started
    ms = sorted(1000 * value for value in latencies)
    return {"paid": len(ms), "errors": len(errors), "first_error": errors[0] if errors else None,
            "per_second": round(len(ms) / elapsed, 1), "p50": round(percentile(ms, 0.5), 1),
            "p95": round(percentile(ms, 0.95), 1), "p99": round(percentile(ms, 0.99), 1)}


if __name__ == "__main__":
    print(json.dumps(asyncio.run(run(json.loads(sys.argv[1])))))
