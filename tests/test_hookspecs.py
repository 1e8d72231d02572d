"""Every hook is documented: a docstring in core/hookspecs.py and a section in docs/plugins.md."""

import inspect

from fenxiao.core import hookspecs
from tests.paths import REPOSITORY as PROJECT_DIR

HOOKS = [name for name, value in vars(hookspecs).items() if name.startswith("fenxiao_") and inspect.isfunction(value)]


def test_there_are_hooks_for_every_kind():
    required = {"fenxiao_plugin_info", "fenxiao_models", "fenxiao_schema", "fenxiao_roles", "fenxiao_buyer_price",
                "fenxiao_validate_order", "fenxiao_order_adjustments", "fenxiao_fulfillment_options", "fenxiao_order_placed",
                "fenxiao_order_paid", "fenxiao_order_shipped", "fenxiao_order_completed", "fenxiao_order_cancelled",
                "fenxiao_order_refunded", "fenxiao_member_joined"}
    assert required <= set(HOOKS)


def test_every_hookspec_has_a_docstring_saying_when_and_in_which_transaction():
    for name in HOOKS:
        doc = inspect.getdoc(getattr(hookspecs, name)) or ""
        assert len(doc) > 40, f"{name} needs a docstring"
        assert "When:" in doc or "When " in doc, f"{name}: say when it is called"
        assert "Transaction" in doc or "transaction" in doc, f"{name}: say in which transaction"


def test_every_hookspec_is_in_the_plugin_guide():
    guide = (PROJECT_DIR / "docs" / "plugins.md").read_text(encoding="utf-8")
    missing = [name for name in HOOKS if f"**`{name}(" not in guide]
    assert not missing, f"docs/plugins.md does not document {missing}"
