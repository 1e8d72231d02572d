"""Materialized paths for the trees plugins keep (referral networks, reseller chains, agents).

A row's path lists the user ids from the root down to the row's user:
"/12/45/78/". Its whole ancestor chain is one column of one row, whatever the
depth. A subtree is walked through the (indexed) upline column with a
recursive query, never through the path text, which grows with depth and is
left unindexed.
"""

from __future__ import annotations

from fenxiao.core import db
from fenxiao.core.unit_of_work import require


def path_of(upline_path: str | None, user_id: int) -> str:
    return f"{upline_path or '/'}{user_id}/"


def path_ids(path: str) -> list[int]:
    """Ids on a path, root first, the row's own user last."""
    return [int(part) for part in path.strip("/").split("/") if part]


def ancestors(path: str) -> list[int]:
    """The uplines, nearest first."""
    return list(reversed(path_ids(path)[:-1]))


def creates_cycle(user_id: int, new_upline_path: str) -> bool:
    """Putting `user_id` under the upline with this path would make them their own ancestor."""
    return user_id in path_ids(new_upline_path)


async def rewrite_subtree(table: str, merchant_id: int, user_id: int, old_path: str, new_path: str, depth_column: str | None = "depth") -> None:
    """Give `user_id` and everyone below them (via `upline_id`) the new path prefix, in one statement.

    `table` must have merchant_id, user_id, upline_id and path columns (and the depth column, if named).
    """
    require("moving a subtree")
    depth_change = (len(path_ids(new_path)) - len(path_ids(old_path)))
    depth_sql = f", {depth_column} = {depth_column} + ?" if depth_column else ""
    params = [new_path, len(old_path) + 1, *([depth_change] if depth_column else []), merchant_id]
    await db.execute(
        f"WITH RECURSIVE subtree(user_id) AS ("
        f" SELECT CAST(? AS BIGINT) UNION ALL"
        f" SELECT t.user_id FROM {table} t JOIN subtree s ON t.upline_id = s.user_id WHERE t.merchant_id = ?)"
        f" UPDATE {table} SET path = CAST(? AS TEXT) || substr(path, CAST(? AS INTEGER)){depth_sql}"
        f" WHERE merchant_id = ? AND user_id IN (SELECT user_id FROM subtree)",
        user_id, merchant_id, *params,
    )
