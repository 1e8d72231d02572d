"""Masking of personal data shown to other members (distributors, agents, resellers)."""

from __future__ import annotations

import re


def mask_name(name: str) -> str:
    """The first character, the rest hidden: 王小明 → 王**."""
    name = (name or "").strip()
    return name[0] + "*" * min(max(len(name) - 1, 1), 3) if name else "***"


def mask_phone(phone: str) -> str:
    """The first three and last four digits: 13800138000 → 138****8000."""
    digits = re.sub(r"\D", "", phone or "")
    return digits[:3] + "****" + digits[-4:] if len(digits) >= 8 else "****"


def mask_address(address: str) -> str:
    """The start of an address (province, city), the rest hidden."""
    address = (address or "").strip()
    return address[:6] + "****" if len(address) > 6 else "****"
