"""Money arithmetic on integer minor units (fen) and basis-point rates.

Rules, used by every plugin so that no one rounds differently:
- amounts are `int` minor units; rates are `int` basis points (1% = 100 bp);
- a share of an amount is rounded half-to-even once, at the last step;
- a share can never exceed its base and a split never hands out more than it
  splits: whatever the rounding leaves over stays with the merchant.
"""

from __future__ import annotations

from decimal import Decimal

BPS = 10_000
CURRENCY_EXPONENT = {"CNY": 2, "USD": 2, "EUR": 2, "HKD": 2, "JPY": 0, "KRW": 0}


def exponent(currency: str) -> int:
    return CURRENCY_EXPONENT.get(currency, 2)


def to_decimal(minor: int, currency: str = "CNY") -> Decimal:
    """Minor units as an exact decimal of major units: 12345 fen -> Decimal('123.45')."""
    exp = exponent(currency)
    return Decimal(minor).scaleb(-exp).quantize(Decimal(1).scaleb(-exp))


SYMBOLS = {"CNY": "¥", "USD": "$", "EUR": "€", "HKD": "HK$", "JPY": "¥", "KRW": "₩"}


def shown(minor: int, currency: str = "CNY") -> str:
    """An amount as people read it in a message: 18000 fen → "¥180.00", 123456789 → "¥1,234,567.89"."""
    value = to_decimal(minor, currency)
    symbol = SYMBOLS.get(currency)
    text = f"{abs(value):,.{exponent(currency)}f}"
    return ("-" if value < 0 else "") + (f"{symbol}{text}" if symbol else f"{text} {currency}")


def parse_decimal(amount: str | Decimal, currency: str = "CNY") -> int:
    """Major units given as text to minor units; refuses more decimals than the currency has."""
    value = Decimal(str(amount))
    if not value.is_finite():
        raise ValueError("amount must be a finite number")
    minor = value.scaleb(exponent(currency))
    if minor != minor.to_integral_value():
        raise ValueError(f"{currency} has {exponent(currency)} decimals at most")
    return int(minor)


def div_round(numerator: int, denominator: int) -> int:
    """numerator / denominator rounded half to even, on integers only."""
    if denominator <= 0:
        raise ValueError("denominator must be positive")
    quotient, remainder = divmod(numerator, denominator)
    twice = 2 * remainder
    if twice > denominator or (twice == denominator and quotient % 2 == 1):
        quotient += 1
    return quotient


def apply_bps(amount: int, rate_bps: int) -> int:
    """`rate_bps` of `amount`, rounded half to even. Never more than the amount for rates ≤ 100%."""
    if rate_bps < 0:
        raise ValueError("rate must not be negative")
    return div_round(amount * rate_bps, BPS)


def proportion(amount: int, part: int, whole: int) -> int:
    """`amount * part / whole` rounded down: used to reverse a share of something.

    Rounding down means a reversal takes back at most the exact proportion; the
    last reversal (part == whole) takes back everything that is left.
    """
    if whole <= 0:
        raise ValueError("whole must be positive")
    if not 0 <= part <= whole:
        raise ValueError("part must lie between 0 and whole")
    return amount * part // whole


def allocate(amount: int, weights: list[int]) -> list[int]:
    """Split `amount` by integer weights, largest remainders first; the parts sum to `amount`.

    Used to spread an order-level discount over its lines.
    """
    if amount < 0:
        raise ValueError("amount must not be negative")
    total = sum(weights)
    if total <= 0:
        return [0] * len(weights)
    shares = [amount * w // total for w in weights]
    remainders = sorted(
        range(len(weights)), key=lambda i: (-(amount * weights[i] % total), i)
    )
    for i in remainders[: amount - sum(shares)]:
        shares[i] += 1
    return shares




def units_worth(total: int, quantity: int, units: int) -> int:
    """What the first `units` of `quantity` units costing `total` together are worth, rounded down — except all
    of them, which are worth the total: successive refunds of a line's units add up to exactly its total."""
    if not 0 <= units <= quantity or quantity <= 0:
        raise ValueError("units must lie between 0 and the quantity")
    return total if units == quantity else total * units // quantity
