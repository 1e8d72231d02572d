"""A small load generator, run as its own process so it does not share a core's event loop with the server.

N clients POST one GraphQL request for D seconds, each waiting for its answer before the next.
Input: one JSON argument {"url", "body", "headers", "concurrency", "seconds"}.
Prints one JSON line: requests, errors, throughput and latency percentiles (ms).
"""

from __future__ import annotations

import asyncio
import json
import statistics
import sys
import time

import httpx


def percentile(sorted_values: list[float], p: float) -> float:
    if not sorted_values:
        return 0.0
    return sorted_values[min(len(sorted_values) - 1, int(p * len(sorted_values)))]


async def run(url: str, body: dict, headers: dict, concurrency: int, seconds: float) -> dict:
    latencies: list[float] = []
    errors = 0
    first_error = None
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    async with httpx.AsyncClient(limits=limits, timeout=30) as client:
        deadline = time.perf_counter() + seconds

        async def worker() -> None:
            nonlocal errors, first_error
            while time.perf_counter() < deadline:
                started = time.perf_counter()
                response = await client.post(url, json=body, headers=headers)
                latencies.append(time.perf_counter() - started)
                if response.status_code != 200 or "errors" in response.json():
                    errors += 1
                    first_error = first_error or response.text[:500]

        started = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(concurrency)))
        elapsed = time.perf_counter() - started
    latencies.sort()
    ms = [1000 * value for value in latencies]
    return {"requests": len(ms), "errors": errors, "first_error": first_error, "rps": round(len(ms) / elapsed, 1),
            "p50": round(percentile(ms, 0.50), 1), "p95": round(percentile(ms, 0.95), 1), "p99": round(percentile(ms, 0.99), 1),
            "mean": round(statistics.fmean(ms), 1) if ms else 0.0}


if __name__ == "__main__":
    spec = json.loads(sys.argv[1])
    print(json.dumps(asyncio.run(run(spec["url"], spec["body"], spec.get("headers", {}), spec["concurrency"], spec["seconds"]))))
