"""Currencies: which one a figure is in, from a sign before it or a name/code after it.

"€12 billion", "200 million reais", "26 trillion won", "BRL 5 million": every
amount gets an ISO code as its unit, so amounts in the same currency compare.
"""

from __future__ import annotations

import re

SIGN_CODES = {"US$": "USD", "$": "USD", "R$": "BRL", "€": "EUR", "£": "GBP", "¥": "JPY", "₩": "KRW", "₹": "INR", "₽": "RUB", "₺": "TRY"}
# Names and codes written after the figure ("200 million reais").
_NAME_CODES = {
    "reais": "BRL", "real": "BRL", "euro": "EUR", "euros": "EUR", "yen": "JPY", "yuan": "CNY", "renminbi": "CNY",
    "ruble": "RUB", "rubles": "RUB", "rouble": "RUB", "roubles": "RUB", "won": "KRW", "pound": "GBP", "pounds": "GBP",
    "pounds sterling": "GBP", "sterling": "GBP", "rupee": "INR", "rupees": "INR", "dollar": "USD", "dollars": "USD",
    "us dollars": "USD", "swiss francs": "CHF", "hryvnia": "UAH", "hryvnias": "UAH", "lira": "TRY",
    "liras": "TRY", "rand": "ZAR", "naira": "NGN", "ringgit": "MYR", "baht": "THB", "zloty": "PLN", "zlotys": "PLN",
    "pesos": "pesos", "francs": "francs", "shillings": "shillings", "dinars": "dinars", "dirhams": "AED", "riyals": "riyals",
}
_CODES = ("USD", "EUR", "GBP", "JPY", "CNY", "KRW", "RUB", "INR", "BRL", "CHF", "CAD", "AUD", "MXN", "TRY", "UAH", "ZAR")
# Words that are also ordinary English ("won 48 seats", "50 pounds of rice", "a real risk"):
# a currency only right after a scale word ("26 trillion won").
_NEEDS_SCALE = frozenset({"won", "pound", "pounds", "real", "rand", "sterling"})
_NAMES_RE = "|".join(sorted((re.escape(n).replace(r"\ ", r"\s+") for n in _NAME_CODES), key=len, reverse=True))
_AFTER = re.compile(rf"\s*(?:(?P<name>{_NAMES_RE})|(?P<code>{'|'.join(_CODES)}))(?![\w$])", re.IGNORECASE)
_CODE_BEFORE = re.compile(rf"(?:^|(?<=\W))(?P<code>{'|'.join(_CODES)})\s?$")
SIGNS_RE = r"US\$|R\$|\$|€|£|¥|₩|₹|₽|₺"


def code_for_sign(sign: str) -> str:
    sign = sign.strip()
    return SIGN_CODES.get(sign) or sign.upper()


def currency_after(text: str, end: int, scaled: bool) -> tuple[str, int] | None:
    """``(code, end of the currency word)`` when a currency name or code follows ``text[:end]``."""
    m = _AFTER.match(text, end)
    if not m:
        return None
    if m.group("code"):
        if not m.group("code").isupper():
            return None  # "eur" in running text is not a code
        return m.group("code"), m.end()
    name = re.sub(r"\s+", " ", m.group("name").lower())
    if name in _NEEDS_SCALE and not scaled:
        return None
    return _NAME_CODES[name], m.end()


def code_before(text: str, start: int) -> str | None:
    """"BRL 5 million": an ISO code written before the figure."""
    m = _CODE_BEFORE.search(text, max(0, start - 4), start)
    return m.group("code") if m else None
