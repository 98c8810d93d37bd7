"""Reading numbers as written in news: amounts, currencies, percentages, multiples, years.

One compiled regular expression per language (built from `resources/<lang>/numbers.toml`
and cached) scans the folded text once. Each match becomes a `Quantity` that keeps the
text as written, its exact offsets, its value, and the precision it was written with
(so checks can allow for rounding: "1.7" means 1.65 to 1.75).
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

from .. import resources
from ..deadline import check as check_deadline
from .first_chars import first_class
from .fold import UNSPACED_CLASS, fold, is_unspaced

# Kinds of quantity. TOO_LARGE: digits beyond any stated figure (`LARGEST`), read as no value.
MONEY, PERCENT, MULTIPLE, YEAR, NUMBER = "money", "percent", "multiple", "year", "number"
TOO_LARGE = "too_large"
# No figure in any currency comes near this (a hyperinflation's totals stay below 1e24), and
# checks that add, divide and compare such values stay far from a float's overflow (1.8e308).
LARGEST = 1e30

_HANGUL, _HANGUL_END = "\uac00", "\ud7a3"
# Not right after a letter, unless it is one of a script without spaces ("达到1500亿").
# A phrase starts here only after a non-word character (or a character of a script without spaces).
AFTER_WORD = r"(?<![^\W%s])" % UNSPACED_CLASS
_NUM = r"\d{1,3}(?:(?:%s)\d{3})+(?:[%s]\d+)?|\d+(?:[%s]\d+)?"
_NUM_LAKH = r"\d{1,2}(?:,\d\d)+,\d{3}(?:\.\d+)?"


@dataclass(frozen=True)
class Quantity:
    """One number in the text, read.

    Attributes:
        start, end: offsets into the text; `text[start:end] == written`.
        value: the absolute value (scale applied): "1.7 milyon" -> 1_700_000.
        numeral: the number as written, before its scale word: 1.7.
        scale: the scale word's factor (1 when none).
        unit: ISO 4217 code, "percent", or None.
        kind: money | percent | multiple | year | number.
        half_step: half the place value of the last written digit, absolute.
        qualifier: almost | approx | over | under, or None.
        marked_year: a year marker follows ("-cü ildə", "году", "yılında").
    """

    start: int
    end: int
    written: str
    value: float
    numeral: float
    scale: float
    unit: str | None
    kind: str
    half_step: float
    qualifier: str | None = None
    marked_year: bool = False
    decimals: int = 0
    change_word: bool = False        # the word itself says the change: "doubled", "ikiqat"
    # A currency word several countries use ("ريال"): (country, currency) for each, `unit` the first's.
    unit_by_country: tuple[tuple[str, str], ...] = ()

    def bounds(self) -> tuple[float, float]:
        """The interval of true values consistent with the number as written."""
        lo, hi = self.value - self.half_step, self.value + self.half_step
        q = self.qualifier
        # How far a hedge word lets the truth stray: "almost 4.5" is a little under 4.5,
        # "roughly 3.1" a few percent either side. "More than 2" and "less than 2" bound
        # one side only: "more than $1 billion" is true of $1.6 billion, so no error may follow.
        if q == "almost":
            lo = self.value * 0.9 - self.half_step
        elif q == "approx":
            lo, hi = min(lo, self.value * 0.9), max(hi, self.value * 1.1)
        elif q == "over":
            hi = float("inf")
        elif q == "under":
            lo = 0.0 if self.value >= 0 else -float("inf")
        return lo, hi


def alternation(entries: list[str]) -> str:
    """A regex alternation of folded phrases; `*` is any word ending, spaces any whitespace."""
    parts = []
    for entry in sorted(set(entries), key=len, reverse=True):
        key = fold(entry.strip())
        chunks = re.split(r"(\*| )", key)
        out = []
        for chunk in chunks:
            if chunk == "*":
                # A word's ending, with the Arabic vowel marks it may carry ("برنامجاً", "قرضاً"): no letters.
                out.append(r"[\w\u064b-\u065f\u0670]*")
            elif chunk == " ":
                out.append(r"\s+")
            elif chunk:
                out.append(re.escape(chunk))
        pattern = "".join(out)
        # A word of a script without spaces (or of Hangul, whose particles attach: "달러를")
        # may run on into the next one: "亿美元", "억달러".
        if key[-1].isalnum() and not is_unspaced(key[-1]) and not _HANGUL <= key[-1] <= _HANGUL_END:
            pattern += r"(?!\w)"
        parts.append(pattern)
    return "|".join(parts) if parts else r"(?!x)x"


@dataclass(frozen=True)
class _Reader:
    prefix: re.Pattern[str]      # what may precede a numeral: hedge, currency, "yüzde"
    core: re.Pattern[str]        # the numeral and what follows it
    wording: re.Pattern[str]     # multiples in words: "three times", "doubled"
    decimal: str
    group: frozenset[str]
    native_decimal: str          # CLDR's sign with native digits ("٫"), or "" when none
    scales: tuple[tuple[re.Pattern[str], float], ...]
    money_scales: tuple[tuple[re.Pattern[str], float], ...]
    currencies: tuple[tuple[re.Pattern[str], str], ...]
    words: tuple[tuple[re.Pattern[str], float], ...]
    mult_words: tuple[tuple[re.Pattern[str], float], ...]
    qualifiers: dict[str, str]
    currency_words: frozenset[str] = frozenset()   # ISO-looking forms that are words here ("eur" in Czech)
    shared: tuple[tuple[re.Pattern[str], tuple[tuple[str, str], ...]], ...] = ()   # shared currency words
    clitic: re.Pattern[str] | None = None       # a one-letter word written onto a numeral ("و600")
    amounts: re.Pattern[str] | None = None      # an amount in one word ("مليارين"), its currency after it
    amount_values: tuple[tuple[re.Pattern[str], float], ...] = ()


def phrase_table(mapping: dict[str, Any]) -> tuple[tuple[re.Pattern[str], Any], ...]:
    """`mapping` (phrase -> value) as whole-token patterns, the longest phrase first (see `phrase_lookup`)."""
    return tuple((re.compile(alternation([k]) + r"\Z"), v)
                 for k, v in sorted(mapping.items(), key=lambda kv: -len(kv[0])))


@cache
def _reader(lang: str) -> _Reader:
    data = resources.load(lang, "numbers") or resources.load("en", "numbers")
    fmt = data.get("format", {})
    decimal = fmt.get("decimal", ".")
    native = fmt.get("native", {})
    group = frozenset(fmt.get("group", [","])) | {" "} | ({native["group"]} if native else set())
    sep = "|".join(re.escape(g) for g in sorted(group))
    decimals = re.escape(".," + native.get("decimal", ""))
    num = _NUM % (sep, decimals, decimals)
    scale_alt = alternation([k for table in ("scales", "compound_scales", "money_scales") for k in data.get(table, {})])
    if fmt.get("scale_decimals"):
        # Persian typing writes the decimal sign as "/" ("۱/۳ میلیارد": 1.3 billion): a decimal mark only
        # between a few digits right before a scale word, so that dates ("۱۴۰۲/۱۲/۱۵") and spans stay apart.
        num = r"\d{1,3}(?:" + "|".join(re.escape(m) for m in fmt["scale_decimals"]) + r")\d{1,2}(?=\s?(?:" \
            + scale_alt + r"))|" + num
    if fmt.get("lakh_grouping"):
        # Indian grouping (1,00,000; 12,34,56,789): pairs of digits after the first thousand.
        num = _NUM_LAKH + "|" + num
    scales = {k: float(v) for table in ("scales", "compound_scales") for k, v in data.get(table, {}).items()}
    money_scales = {k: float(v) for k, v in data.get("money_scales", {}).items()}
    currencies: dict[str, str] = {}
    for code, forms in data.get("currencies", {}).items():
        for form in forms:
            currencies[form] = code
    shared = {form: tuple(by_country.items()) for form, by_country in data.get("shared_currencies", {}).items()}
    for form, choices in shared.items():
        currencies.setdefault(form, choices[0][1])
    pct = data.get("percent", {})
    mult = data.get("multiples", {})
    words = {k: float(v) for k, v in data.get("words", {}).items()}
    mult_words = {k: float(v) for k, v in mult.get("words", {}).items()}
    qual = data.get("qualifiers", {})
    q_before = qual.get("before", {})
    q_after = qual.get("after", {})
    years_after = data.get("years", {}).get("after", [])
    links = fmt.get("unit_links", [])
    link = r"(?:(?:" + alternation(links) + r")\s?)?" if links else ""
    cur_alt = alternation(list(currencies))
    # A currency before the number starts a word when it is a word ("lari" is not the end of
    # "aylarında"); a sign may follow letters ("US$", "A$").
    cur_pre = AFTER_WORD + r"(?:" + alternation([c for c in currencies if fold(c)[:1].isalnum()]) + r")|" + \
        alternation([c for c in currencies if not fold(c)[:1].isalnum()])
    qb_part = r"(?:" + AFTER_WORD + r"(?P<qb>" + alternation(list(q_before)) + r")(?:\s+|(?<=[" + \
        UNSPACED_CLASS + r"])))"
    cp_part = r"(?:(?P<cpre>" + cur_pre + r")\s?|(?P<ppre>" + alternation(pct.get("before", [])) + r")\s?)"
    prefix = qb_part + "?" + cp_part + r"?\Z"
    # `prefix` is searched in the few characters before each number, and matches at the latest
    # where the number starts (empty). A match that starts earlier opens with a qualifier, a
    # currency or a percent word: a look-ahead on their first characters rejects the other
    # positions at once, and the empty branch keeps the empty match (same matches and groups).
    first_qb, first_cp = first_class(qb_part), first_class(cp_part)
    if first_qb and first_cp:
        prefix = r"(?:(?=" + first_qb[:-1] + first_cp[1:] + r")" + qb_part + "?" + cp_part + r"?|)\Z"
    core = (
        r"(?P<num>" + num + r")(?!\d)"
        # A qualifier the language writes after an amount may stand before its scale word
        # ("700 гаруй тэрбум": over 700 billion).
        r"(?:\s(?P<qi>" + alternation(list(q_after)) + r")(?=\s?(?:" + scale_alt + r")))?"
        r"(?:\s?(?P<sc>" + scale_alt + r")"
        # "4億7000万ドル", "4억7000만 달러": a second part in the next smaller scale, written on without a space
        # in a script without spaces, and in up to four digits where a scale counts ten thousands.
        r"(?:(?:\s|(?<=[" + UNSPACED_CLASS + _HANGUL + "-" + _HANGUL_END + r"]))(?P<num2>\d{1,4}(?:[.,]\d+)?)\s?(?P<sc2>" + scale_alt + r")"
        # "3万5000ドル", "3万5,000ドル", "2억3000 달러": the ones under a scale of ten thousands, written on
        # without a space, right before the currency.
        r"|(?<=[" + UNSPACED_CLASS + _HANGUL + "-" + _HANGUL_END + r"])(?P<num3>\d,\d{3}|\d{1,4})(?![\d.,])"
        r"(?=\s?" + link + r"(?:" + cur_alt + r")))?)?"
        r"(?:(?P<yr>" + ("|".join(years_after) or r"(?!x)x") + r")"
        r"|\s?" + link + r"(?P<cpost>" + cur_alt + r")"
        r"|\s?(?P<ppost>" + alternation(pct.get("after", [])) + r")"
        r"|\s?(?P<times>" + alternation(mult.get("times", [])) + r"))?"
        r"(?:\s+(?P<qa>" + alternation(list(q_after)) + r"))?"
    )
    wording = (
        r"(?:(?P<wnum>" + alternation(list(words)) + r")\s(?P<wtimes>"
        + alternation(mult.get("times", [])) + r")"
        r"|(?P<mword>" + alternation(list(mult_words)) + r"))"
    )
    # Scanned over the whole text: a look-ahead on its words' first characters, before the
    # look-behind, rejects most positions at once (same matches).
    first_word = first_class(wording)
    wording = (rf"(?={first_word})" if first_word else "") + r"(?<!\w)" + wording
    qualifiers = {fold(k): v for k, v in {**q_before, **q_after}.items()}
    return _Reader(
        re.compile(prefix), re.compile(core), re.compile(wording), decimal, group, native.get("decimal", ""),
        phrase_table(scales), phrase_table(money_scales), phrase_table(currencies), phrase_table(words),
        phrase_table(mult_words), qualifiers, frozenset(fold(w) for w in fmt.get("currency_words", [])),
        phrase_table(shared),
        re.compile(r"(?<!\w)(?:" + "|".join(re.escape(fold(c)) for c in fmt["clitics"]) + r")(?=\d)")
        if fmt.get("clitics") else None,
        re.compile(AFTER_WORD + r"(?P<amount>" + alternation(list(data["amounts"])) + r")(?:\s?" + link
                   + r"(?P<cpost>" + cur_alt + r"))?") if data.get("amounts") else None,
        phrase_table({k: float(v) for k, v in (data.get("amounts") or {}).items()}),
    )


class OwnerMemo:
    """Answers remembered per owner (a language's lexicon or phrase table, built once), keyed by the
    owner's identity: each entry holds its owner, whose id therefore cannot be reused. At most 256
    owners are kept (tables made on the fly, in tests, are not kept alive for ever) and `size`
    answers per owner (the keys come from the documents)."""

    def __init__(self, size: int = 20_000) -> None:
        self._owners: dict[int, tuple[object, dict[str, Any]]] = {}
        self._size = size

    def get(self, owner: object, key: str, compute: Callable[[], Any]) -> Any:
        known = self._owners.get(id(owner))
        if known is None or known[0] is not owner:
            if len(self._owners) >= 256:
                self._owners.clear()
            known = self._owners[id(owner)] = (owner, {})
        memo = known[1]
        if key in memo:
            return memo[key]
        found = compute()
        if len(memo) >= self._size:
            memo.clear()
        memo[key] = found
        return found


_LOOKUPS = OwnerMemo()     # what each token looked up so far gave, per phrase table


def phrase_lookup(table: tuple[tuple[re.Pattern[str], Any], ...], token: str) -> Any:
    """The value of the first phrase of a `phrase_table` that `token` matches, or None."""
    return _LOOKUPS.get(table, token, lambda: next((value for pattern, value in table if pattern.match(token)), None))


_NON_DIGIT = re.compile(r"\D")


@lru_cache(maxsize=8192)
def parse_numeral(written: str, lang: str = "en") -> tuple[float, int]:
    """The value of a numeral as written and its count of decimals, by the language's conventions.

    "1,234.5" -> (1234.5, 1); "1 234,5" -> (1234.5, 1); "17,5" -> (17.5, 1); in English
    "1,234" is 1234, in Russian 1.234. Remembered: years and small counts come back in article
    after article.
    """
    r = _reader(lang)
    s = written.replace("\u00a0", " ").replace("\u202f", " ")
    marks = [c for c in s if not c.isdigit()]
    if not marks:
        return float(s), 0
    if r.native_decimal and r.native_decimal in s:
        # The native sign says which mark is the decimal one: "١٬٢٣٤٫٥".
        head, _, frac = s.rpartition(r.native_decimal)
        head, frac = _NON_DIGIT.sub("", head) or "0", _NON_DIGIT.sub("", frac)
        return float(f"{head}.{frac or '0'}"), len(frac)
    dec: str | None = None
    last = marks[-1]
    if last != " ":
        kinds = {m for m in marks}
        tail = len(s) - s.rfind(last) - 1
        if len(kinds) > 1 and marks.count(last) == 1:
            dec = last
        elif marks.count(last) == 1 and (tail != 3 or last not in r.group or last == r.decimal):
            dec = last
    if dec is None:
        return float(_NON_DIGIT.sub("", s)), 0
    head, _, frac = s.rpartition(dec)
    head = _NON_DIGIT.sub("", head) or "0"
    return float(f"{head}.{frac}"), len(frac)


def _is_code(token: str) -> bool:
    return token.isalpha() and token.isascii() and len(token) <= 3


def _written_as_currency(written: str) -> bool:
    """Whether a short currency token is written as one: a code in capitals ("USD"), or a
    two-letter abbreviation with its capital ("Rs 500"); "try" and "rub" in lower case are words."""
    return written.isupper() or (len(written) == 2 and written.istitle())


class _Joined:
    """The groups of a prefix match and a core match, read as one match."""

    def __init__(self, pre: re.Match[str] | None, core: re.Match[str]) -> None:
        self._pre, self._core = pre, core

    # (`group`, `start` and `end` choose the match inline: `_quantity` asks some twenty groups a number.)
    def group(self, name: str) -> str | None:
        m = self._pre if name in _PREFIX_GROUPS else self._core
        return None if m is None else m.group(name)

    def start(self, name: str) -> int:
        m = self._pre if name in _PREFIX_GROUPS else self._core
        return -1 if m is None else m.start(name)

    def end(self, name: str) -> int:
        m = self._pre if name in _PREFIX_GROUPS else self._core
        return -1 if m is None else m.end(name)


_PREFIX_GROUPS = frozenset(("qb", "cpre", "ppre"))     # the groups of the prefix match, the rest the core's


# Not inside a number (٫ ٬: Arabic signs), nor right after a letter of a spaced script. The digit
# first and the look-behinds after it: the regex engine then scans for digits in C instead of
# trying the look-behinds at every position of the text (about twice as fast).
_DIGIT_START = re.compile(r"\d(?<![^\W%s]\d)(?<![.,\u066b\u066c]\d)" % UNSPACED_CLASS)
_PREFIX_REACH = 40


def read_numbers(text: str, lang: str, folded: str | None = None) -> list[Quantity]:
    """Every number in `text` with what it measures, left to right."""
    r = _reader(lang)
    folded = fold(text) if folded is None else folded
    out: list[Quantity] = []
    # Numerals are found by their first digit; the words before and after are read
    # from there, so the big alternations run only where a number is.
    last_end = 0
    starts = [d.start() for d in _DIGIT_START.finditer(folded)]
    if r.clitic is not None:
        # "و600 مليون": the numeral after a one-letter word written onto it.
        starts = sorted(starts + [c.end() for c in r.clitic.finditer(folded)])
    for pos in starts:
        check_deadline()
        if pos < last_end:
            continue
        core = r.core.match(folded, pos)
        if core is None:
            continue
        pre = r.prefix.search(folded, max(last_end, pos - _PREFIX_REACH), pos)
        if pre is not None and pre.start() == pre.end():
            pre = None
        q = _quantity(text, _Joined(pre, core), r, lang)
        if q is not None:
            out.append(q)
            last_end = core.end()
    for m in r.wording.finditer(folded):
        if m.group("mword") is not None:
            factor = phrase_lookup(r.mult_words, m.group("mword"))
            out.append(Quantity(m.start(), m.end(), text[m.start():m.end()], factor, factor, 1.0,
                                None, MULTIPLE, 0.0, change_word=True))
        else:
            factor = phrase_lookup(r.words, m.group("wnum"))
            s, e = m.start("wnum"), m.end("wtimes")
            out.append(Quantity(s, e, text[s:e], factor, factor, 1.0, None, MULTIPLE, 0.05))
    if r.amounts is not None:
        taken = [(q.start, q.end) for q in out]
        for m in r.amounts.finditer(folded):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            out.append(_word_amount(text, m, r))
    out.sort(key=lambda q: q.start)
    return out


def _scale_tail(r: _Reader, written: str) -> float | None:
    """The scale a compound scale word ends with ("千亿": 亿), or None when it is no compound."""
    for k in range(1, len(written)):
        if (factor := phrase_lookup(r.scales, written[k:])) is not None:
            return float(factor)
    return None


def _word_amount(text: str, m: re.Match[str], r: _Reader) -> Quantity:
    """An amount written as one word ("مليارين دولار": two billion dollars): its scale is the power of
    a thousand it counts in, its numeral the count."""
    value = phrase_lookup(r.amount_values, m.group("amount")) or 0.0
    scale = 1000.0 ** max(0, int(math.log10(value) // 3)) if value > 0 else 1.0
    cur = m.group("cpost")
    unit = phrase_lookup(r.currencies, cur) if cur else None
    shared = (phrase_lookup(r.shared, cur) or ()) if cur and r.shared else ()
    end = m.end() if cur else m.end("amount")
    return Quantity(m.start(), end, text[m.start():end], value, value / scale, scale, unit,
                    MONEY if unit else NUMBER, 0.5 * scale, unit_by_country=shared if unit else ())


_YEAR_LIKE = re.compile(r"(1[89]|2[01])\d\d")
_SPACES = re.compile(r"\s+")


def _quantity(text: str, m: _Joined, r: _Reader, lang: str) -> Quantity | None:
    numeral, decimals = parse_numeral(m.group("num"), lang)
    start = m.start("num")
    end = m.end("num")
    unit: str | None = None
    kind = NUMBER
    cpre, cpost = m.group("cpre"), m.group("cpost")
    for group in ("cpre", "cpost"):
        tok = m.group(group)
        # An ISO code ("usd") counts only when written as one; a short currency word ("lei", "Ft") always.
        if (tok is not None and _is_code(tok) and phrase_lookup(r.currencies, tok) == tok.upper()
                and fold(tok) not in r.currency_words
                and not _written_as_currency(text[m.start(group):m.end(group)])):
            if group == "cpre":
                cpre = None
            else:
                cpost = None
    shared: tuple[tuple[str, str], ...] = ()
    if cpre is not None:
        unit, kind, start = phrase_lookup(r.currencies, cpre), MONEY, m.start("cpre")
        shared = (phrase_lookup(r.shared, cpre) or ()) if r.shared else ()
    elif m.group("ppre") is not None:
        unit, kind, start = "percent", PERCENT, m.start("ppre")
    scale, step_scale = 1.0, 1.0
    value = numeral
    sc = m.group("sc")
    if sc is not None:
        factor = phrase_lookup(r.scales, sc)
        if factor is None and (cpre is not None or cpost is not None):
            factor = phrase_lookup(r.money_scales, sc)
        if factor is not None:
            scale = step_scale = factor
            value = numeral * factor
            end = m.end("sc")
            if m.group("num2") is not None:
                factor2 = phrase_lookup(r.scales, m.group("sc2"))
                part, dec2 = parse_numeral(m.group("num2"), lang)
                if factor2 is not None and factor2 < factor and part * factor2 < factor:
                    value += part * factor2
                    numeral = value / factor        # "43兆8千億円": 43.8 of 兆, as a repair reads it back
                    step_scale, decimals = factor2, dec2
                    end = m.end("sc2")
                elif factor2 is not None and factor < 1e4 <= factor2 and dec2 == 0 and part < factor \
                        and numeral * factor + part < 1e4:
                    # "1천248억 달러", "1千248億ドル": thousands and ones under a scale of ten thousands.
                    numeral = numeral * factor + part
                    value = numeral * factor2
                    scale = step_scale = factor2
                    decimals = 0
                    end = m.end("sc2")
                elif factor2 is not None and factor2 > factor and (tail := _scale_tail(r, m.group("sc2"))) \
                        and factor2 / tail < factor and part * factor2 / tail < factor:
                    # "5万5千亿元": the first part's scale, then a smaller one, both of the big scale the second
                    # ends with (5万 + 5千, of 亿): 5.5 万亿.
                    numeral = numeral * factor + part * factor2 / tail
                    value = numeral * tail
                    scale, step_scale, decimals = tail, factor2, dec2
                    end = m.end("sc2")
            elif (num3 := m.group("num3")) is not None and factor >= 1e4:
                ones, _ = parse_numeral(num3, lang)
                if ones < 1e4:
                    value += ones
                    numeral = value / factor
                    step_scale, decimals = 1.0, 0
                    end = m.end("num3")
        else:
            sc = None
    marked = False
    full_units = sc is None or end in (m.end("sc"), m.end("sc2"), m.end("num3"))
    if full_units and cpost is not None and unit is None:
        unit, kind, end = phrase_lookup(r.currencies, cpost), MONEY, m.end("cpost")
        shared = (phrase_lookup(r.shared, cpost) or ()) if r.shared else ()
    elif full_units and m.group("ppost") is not None and unit is None:
        unit, kind, end = "percent", PERCENT, m.end("ppost")
    elif m.group("times") is not None and sc is None and unit is None:
        kind, end = MULTIPLE, m.end("times")
    elif m.group("yr") is not None and sc is None and unit is None:
        kind, end, marked = YEAR, m.end("yr"), True
    if kind == NUMBER and sc is None and decimals == 0 and _YEAR_LIKE.fullmatch(m.group("num")):
        kind = YEAR
    qualifier = None
    if m.group("qb") is not None:
        qualifier = r.qualifiers.get(_SPACES.sub(" ", m.group("qb")))
    elif m.group("qa") is not None and kind in (MONEY, PERCENT, NUMBER):
        qualifier = r.qualifiers.get(_SPACES.sub(" ", m.group("qa")))
    elif m.group("qi"):
        qualifier = r.qualifiers.get(_SPACES.sub(" ", m.group("qi")))
    while end > start and text[end - 1] in " .":
        end -= 1
    if not value <= LARGEST:         # also catches a float overflow to inf (309 digits and more)
        return Quantity(start, end, text[start:end], 0.0, 0.0, 1.0, None, TOO_LARGE, 0.0)
    half = 0.5 * 10.0 ** (-decimals) * step_scale
    return Quantity(start, end, text[start:end], value, numeral, scale, unit, kind, half,
                    qualifier, marked, decimals, unit_by_country=shared if kind == MONEY else ())


def format_amount(value: float, unit: str | None) -> str:
    """A compact, language-independent rendering for messages: "2,536.9 M USD", "15.3 %"."""
    if unit == "percent":
        return f"{value:,.1f} %"
    # Millions up to a hundred billion keep amounts of one message comparable ("2,022.0 M" vs "1.7 M").
    for factor, suffix in ((1e11, "B"), (1e6, "M"), (1e3, "K")):
        if suffix == "B":
            factor = 1e9
            if abs(value) < 1e11:
                continue
        if abs(value) >= factor:
            return f"{value / factor:,.1f} {suffix} {unit or ''}".rstrip()
    return f"{value:,.1f} {unit or ''}".rstrip()
