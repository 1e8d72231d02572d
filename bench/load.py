"""A small load generator, run as its own process: N concurrent clients POST one GraphQL query for D seconds.

Prints one JSON line: requests, errors, throughput and latency percentiles (ms).
"""

from __future__ import annotations

import asyncio
import json
import statistics
import sys
import time

import httpx


async def run(url: str, body: dict, headers: dict, concurrency: int, seconds: float) -> dict:
    latencies: list[float] = []
    errors = 0
    deadline = time.perf_counter() + seconds
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    async with httpx.AsyncClient(limits=limits, timeout=30) as client:
        async def worker() -> None:
            nonlocal errors
            while time.perf_counter() < deadline:
                started = time.perf_counter()
                response = await client.post(url, json=body, headers=headers)
                latencies.append(time.perf_counter() - started)
                if response.status_code != 200 or "errors" in response.json():
                    errors += 1

        started = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(concurrency)))
        elapsed = time.perf_counter() - started
    latencies.sort()

    def pct(p: float) -> float:
        return round(1000 * latencies[min(len(latencies) - 1, int(p * len(latencies)))], 2) if latencies else 0.0

    return {"requests": len(latencies), "errors": errors, "rps": round(len(latencies) / elapsed, 1),
            "p50": pct(0.50), "p95": pct(0.95), "p99": pct(0.99),
            "mean": round(1000 * statistics.fmean(latencies), 2) if latencies else 0.0}


if __name__ == "__main__":
    url, query, merchant, concurrency, seconds = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), float(sys.argv[5])
    print(json.dumps(asyncio.run(run(url, {"query": query}, {"X-Merchant": merchant}, concurrency, seconds))))
