"""Currencies: which one a figure is in, from a sign before it or a name/code after it.

"€12 billion", "200 million reais", "26 trillion won", "BRL 5 million": every
amount gets an ISO code as its unit, so amounts in the same currency compare.
"""

from __future__ import annotations

import re

from corpus.extract.patterns import trie

SIGN_CODES = {
    "US$": "USD",
    "$": "USD",
    "R$": "BRL",
    "R": "ZAR",  # only before an amount with a scale or thousands: "R250 million", "R50,000" (see CURRENCY_PREFIX_RE)
    "€": "EUR",
    "£": "GBP",
    "¥": "JPY",
    "₩": "KRW",
    "₹": "INR",
    "₽": "RUB",
    "₺": "TRY",
    "HK$": "HKD",
    "A$": "AUD",
    "AU$": "AUD",
    "C$": "CAD",
    "CA$": "CAD",
    "NZ$": "NZD",
    "S$": "SGD",
    "NT$": "TWD",
    "$US": "USD",
    "$A": "AUD",
    "RM": "MYR",
    "RS": "INR",
    "RS.": "INR",
    "₪": "ILS",
    "₦": "NGN",
    "KSH": "KES",
    "TK": "BDT",
    "TK.": "BDT",
}
# Names and codes written after the figure ("200 million reais").
_NAME_CODES = {
    "reais": "BRL",
    "real": "BRL",
    "euro": "EUR",
    "euros": "EUR",
    "yen": "JPY",
    "yuan": "CNY",
    "renminbi": "CNY",
    "ruble": "RUB",
    "rubles": "RUB",
    "rouble": "RUB",
    "roubles": "RUB",
    "won": "KRW",
    "pound": "GBP",
    "pounds": "GBP",
    "pounds sterling": "GBP",
    "sterling": "GBP",
    "rupee": "INR",
    "rupees": "INR",
    "dollar": "USD",
    "dollars": "USD",
    "us dollars": "USD",
    "swiss francs": "CHF",
    "hryvnia": "UAH",
    "hryvnias": "UAH",
    "lira": "TRY",
    "liras": "TRY",
    "rand": "ZAR",
    "naira": "NGN",
    "ringgit": "MYR",
    "baht": "THB",
    "zloty": "PLN",
    "zlotys": "PLN",
    "pesos": "pesos",
    "francs": "francs",
    "shillings": "shillings",
    "dinars": "dinars",
    "dirhams": "AED",
    "riyals": "riyals",
    "shekel": "ILS",
    "shekels": "ILS",
    "chinese yuan": "CNY",
    "japanese yen": "JPY",
    "hong kong dollars": "HKD",
    "canadian dollars": "CAD",
    "australian dollars": "AUD",
    "kuna": "HRK",
    "krona": "SEK",
    "kronor": "SEK",
    "kroner": "kroner",  # Danish or Norwegian: the text says which, or the unit stays the word
    "danish kroner": "DKK",
    "norwegian kroner": "NOK",
    "swedish kronor": "SEK",
    "rupiah": "IDR",
    "taka": "BDT",
    "forint": "HUF",
    "koruna": "CZK",
    "soles": "PEN",
    "sol": "PEN",
    # The singular and other plurals of the names above, and currencies of news from Africa, Asia, Europe and
    # Latin America by their name (the ISO code where the name is one country's): "400 krone more a month",
    # "120,000 dong a kilo", "a 50-cedi fine". A name several countries share stays the word, as "kroner" does.
    "krone": "kroner",
    "danish krone": "DKK",
    "norwegian krone": "NOK",
    "swedish krona": "SEK",
    "kronur": "ISK",
    "icelandic kronur": "ISK",
    "forints": "HUF",
    "korunas": "CZK",
    "dong": "VND",
    "dirham": "AED",
    "peso": "pesos",
    "franc": "francs",
    "swiss franc": "CHF",
    "shilling": "shillings",
    "dinar": "dinars",
    "riyal": "riyals",
    "rial": "rials",
    "rials": "rials",
    "cedi": "GHS",
    "cedis": "GHS",
    "birr": "ETB",
    "kwacha": "kwacha",
    "kyat": "MMK",
    "kyats": "MMK",
    "riel": "KHR",
    "riels": "KHR",
    "tenge": "KZT",
    "afghanis": "AFN",
    "leva": "BGN",
    "lei": "RON",
    "quetzales": "GTQ",
    "bolivianos": "BOB",
    "guaranis": "PYG",
    # English for the Nordic and Czech currencies: "1.2 billion crowns" (a bare "crowns" only after a scale word: a
    # title or a tooth otherwise), "500 Swedish crowns"
    "crowns": "crowns",
    "swedish crowns": "SEK",
    "norwegian crowns": "NOK",
    "danish crowns": "DKK",
    "czech crowns": "CZK",
    "icelandic crowns": "ISK",
}
_CODES = (
    "USD",
    "EUR",
    "GBP",
    "JPY",
    "CNY",
    "KRW",
    "RUB",
    "INR",
    "BRL",
    "CHF",
    "CAD",
    "AUD",
    "MXN",
    "TRY",
    "UAH",
    "ZAR",
    "HKD",
    "MYR",
    "ILS",
    "SGD",
    "NZD",
    "SEK",
    "NOK",
    "DKK",
    "PLN",
    "HRK",
    "NGN",
    "TWD",
    "KES",
    "BDT",
    "PKR",
    "EGP",
    "QAR",
    "AED",
    "IDR",
    "THB",
    "VND",
    "ARS",
    "CZK",
    "HUF",
    "PEN",
)
# Words that are also ordinary English ("won 48 seats", "50 pounds of rice", "a real risk"):
# a currency only right after a scale word ("26 trillion won").
_NEEDS_SCALE = frozenset({"won", "pound", "pounds", "real", "rand", "sterling", "sol", "crowns"})
# Of those, names that are money however small the figure when written in lower case ("400 rand a month"), never
# the name they share in capitals ("a 2019 Rand study").
_LOWER_CASE_MONEY = frozenset({"rand"})
# One trie each (what the longest-first alternation matches, tried far faster); a space matches any spaces.
_NAMES_RE = trie(sorted(_NAME_CODES)).replace(r"\ ", r"\s+")
_AFTER = re.compile(rf"(?:\s*|-)(?:(?P<name>{_NAMES_RE})|(?P<code>{trie(sorted(_CODES))}))(?![\w$])", re.IGNORECASE)
_CODE_BEFORE = re.compile(rf"(?:^|(?<=\W))(?P<code>{'|'.join(_CODES)}|Rs\.?|RM|KSh|Ksh|Tk\.?)\s?$")
SIGNS_RE = r"US\$|R\$|\$|€|£|¥|₩|₹|₽|₺"
# South African rand written "R" glued to an amount with a scale ("R250 million", "R1.2bn") or with thousands
# ("R50,000", "R1,250"): "R2" alone is a road.
RAND_RE = r"(?<![\w$.])(?-i:R)(?=\d[\d,.]*\s?(?:bn|mn|m|million|billion|trillion|tn)\b|\d{1,3}(?:,\d{3})+(?![\d,]))"
# A currency written before the figure: a sign, a sign with its country ("HK$", "US $", "$US"),
# or an ISO code or "RM"/"Rs" glued or spaced ("USD10m", "RM23.50", "INR 1 trillion").
CURRENCY_PREFIX_RE = (
    r"(?:(?-i:US|HK|AU|CA|NZ|NT|A|C|S)\s?\$|\$\s?(?-i:US|A)(?![a-z])|R\$|\$|€|£|¥|₩|₹|₽|₺|₪|₦|"
    rf"(?-i:{'|'.join(_CODES)}|RM|Rs\.?|KSh|Ksh|Tk\.?)(?=\s?\d)|{RAND_RE})\s?"
)

# A currency glued to the digits after it ("USD10m", "RM4.20"): the number is money, not a code.
GLUED_CURRENCY_RE = rf"(?<![A-Za-z])(?:{'|'.join(_CODES)}|RM|Rs\.?|[A-Z]{{1,2}}\$|\$[A-Z]{{1,2}})"


def code_for_sign(sign: str) -> str:
    sign = re.sub(r"\s+", "", sign)
    return SIGN_CODES.get(sign) or SIGN_CODES.get(sign.upper()) or sign.upper()


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
    if name in _NEEDS_SCALE and not scaled and not (name in _LOWER_CASE_MONEY and m.group("name").islower()):
        return None
    return _NAME_CODES[name], m.end()


def code_before(text: str, start: int) -> str | None:
    """ "BRL 5 million": an ISO code written before the figure."""
    m = _CODE_BEFORE.search(text, max(0, start - 4), start)
    return code_for_sign(m.group("code")) if m else None


# A name several currencies share, told apart by the one country an article names: "40 million crowns" in a story
# about Sweden is SEK; in a story naming both Sweden and Norway it stays "crowns".
_SHARED_NAME_COUNTRIES = {
    "crowns": {
        "SEK": r"Swed(?:en|ish)",
        "NOK": r"Norw(?:ay|egian)",
        "DKK": r"Denmark|Danish",
        "CZK": r"Czech",
        "ISK": r"Iceland(?:ic)?",
    },
    "kroner": {"NOK": r"Norw(?:ay|egian)", "DKK": r"Denmark|Danish"},
}
CROWN_CODES = frozenset(_SHARED_NAME_COUNTRIES["crowns"])
_SHARED_NAME_PATTERNS = {
    name: {code: re.compile(rf"\b(?:{pattern})\b") for code, pattern in countries.items()}
    for name, countries in _SHARED_NAME_COUNTRIES.items()
}


def shared_name_codes(body: str) -> dict[str, str]:
    """The ISO code each shared currency name stands for in an article naming one of its countries alone."""
    codes = {}
    for name, countries in _SHARED_NAME_PATTERNS.items():
        if name not in body.lower():
            continue
        found = [code for code, pattern in countries.items() if pattern.search(body)]
        if len(found) == 1:
            codes[name] = found[0]
    return codes
