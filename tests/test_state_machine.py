"""The order state machine (pure): which action may leave which status."""

import pytest

from fenxiao.core.models import OrderStatus as S
from fenxiao.core.services.orders import TRANSITIONS, allowed

EXPECTED = {
    "pay": {S.PENDING_PAYMENT},
    "ship": {S.PAID},
    "ready_for_pickup": {S.PAID},
    "complete": {S.SHIPPED, S.READY_FOR_PICKUP},
    "cancel": {S.PENDING_PAYMENT},
    "refund": {S.PAID, S.SHIPPED, S.READY_FOR_PICKUP, S.COMPLETED},
}


@pytest.mark.parametrize("action", sorted(EXPECTED))
@pytest.mark.parametrize("status", list(S))
def test_transition_table(action, status):
    assert allowed(action, status) == (status in EXPECTED[action])


def test_terminal_states_allow_nothing_but_refunds_of_completed_orders():
    for status in (S.CANCELLED, S.REFUNDED):
        assert not any(allowed(action, status) for action in TRANSITIONS)


def test_orders_without_goods_complete_from_paid_and_never_ship():
    assert allowed("complete", S.PAID, physical=False)
    assert not allowed("complete", S.PAID, physical=True)
    assert not allowed("ship", S.PAID, physical=False)
    assert not allowed("ready_for_pickup", S.PAID, physical=False)
    assert allowed("refund", S.COMPLETED, physical=False)
