"""What `fenxiao check` verifies of suppliers (hook `fenxiao_check`).

- a statement's totals equal its lines (earned = sales + receipts, refunded = refunds taken back,
  adjusted = adjustments), and its payable and debt follow `rules.Statement`;
- routed lines equal paid supplier lines: every paid order line of a consignment product has its
  terms snapshotted (a `SupplierLine`), and each snapshot's shares add up to what the buyer paid and
  match the supplier's commission on that line;
- what is stated of a line lies between nothing and its share (a refund after a statement is stated next);
- the supplier role is held exactly by members on some supplier's staff.
"""

from __future__ import annotations

from fenxiao.core import db
from fenxiao.core.invariants import role_holders, role_problems
from fenxiao.plugins.supplier import rules
from fenxiao.plugins.supplier.models import SupplierStaff
from fenxiao.plugins.supplier.service import NAME, ROLE, SHARE


async def problems(merchant_id: int | None) -> list[str]:
    scope, params = ("AND s.merchant_id = ?", [merchant_id]) if merchant_id is not None else ("", [])
    found = []
    for row in await db.fetch(
            "SELECT s.id, s.number, s.opening_debt, s.earned, s.refunded, s.adjusted, s.payable, s.closing_debt, s.deposit_used,"
            " COALESCE(SUM(CASE WHEN l.kind IN ('sale', 'receipt') THEN l.amount ELSE 0 END), 0) AS earned_lines,"
            " COALESCE(SUM(CASE WHEN l.kind = 'refund' THEN -l.amount ELSE 0 END), 0) AS refunded_lines,"
            " COALESCE(SUM(CASE WHEN l.kind = 'adjustment' THEN l.amount ELSE 0 END), 0) AS adjusted_lines"
            " FROM supplier_statement s LEFT JOIN supplier_statement_line l ON l.statement_id = s.id"
            f" WHERE 1 = 1 {scope} GROUP BY s.id, s.number, s.opening_debt, s.earned, s.refunded, s.adjusted, s.payable,"
            " s.closing_debt, s.deposit_used", *params):
        if (row["earned"], row["refunded"], row["adjusted"]) != (row["earned_lines"], row["refunded_lines"], row["adjusted_lines"]):
            found.append(f"statement {row['number']} says {row['earned']}/{row['refunded']}/{row['adjusted']} earned/refunded/adjusted, "
                         f"its lines {row['earned_lines']}/{row['refunded_lines']}/{row['adjusted_lines']}")
        figures = rules.Statement(row["opening_debt"], row["earned"], row["refunded"], row["adjusted"])
        if row["payable"] != figures.payable or row["closing_debt"] + row["deposit_used"] > figures.debt:
            found.append(f"statement {row['number']}: payable {row['payable']} and debt {row['closing_debt']} do not follow its totals")
    line_scope = scope.replace("s.", "l.")
    for row in await db.fetch(
            "SELECT l.id, o.number FROM order_line l JOIN \"order\" o ON o.id = l.order_id"
            " JOIN supplier_product p ON p.product_id = l.product_id"
            " LEFT JOIN supplier_line sl ON sl.line_id = l.id"
            f" WHERE o.paid_at IS NOT NULL AND sl.id IS NULL AND p.form = 'consignment' {line_scope}", *params):
        found.append(f"order {row['number']}: line {row['id']} of a consignment product was paid but never routed to its supplier")
    for row in await db.fetch(
            "SELECT sl.id, sl.paid, sl.supplier_share, sl.platform_share, sl.distributor_share, sl.stated, sl.supplier_back,"
            " c.amount AS commission, c.reversed_amount FROM supplier_line sl"
            " LEFT JOIN commission c ON c.line_id = sl.line_id AND c.source = ? AND c.kind = ?"
            f" WHERE 1 = 1 {scope.replace('s.', 'sl.')}", NAME, SHARE, *params):
        if row["supplier_share"] + row["platform_share"] + row["distributor_share"] != row["paid"]:
            found.append(f"supplier line {row['id']}: shares do not add up to the {row['paid']} paid")
        if (row["commission"] or 0) != row["supplier_share"]:
            found.append(f"supplier line {row['id']}: the supplier's commission is {row['commission']}, its share {row['supplier_share']}")
        if not 0 <= row["stated"] <= row["supplier_share"]:
            found.append(f"supplier line {row['id']}: {row['stated']} stated of a {row['supplier_share']} share")
    staff_scope = {} if merchant_id is None else {"merchant_id": merchant_id}
    staff = set(await SupplierStaff.filter(active=True, **staff_scope).values_list("merchant_id", "user_id"))
    found += role_problems(ROLE, await role_holders(ROLE, merchant_id), staff, "a place on a supplier's staff")
    return found
