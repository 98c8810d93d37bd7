"""Names in scripts without capital letters: one module for every such script.

No capital marks a name here, so a name is found beside a role chain, in one of two ways, and
whom it belongs to and how it is spelled in Latin letters is asked of the office-holders table
(the role's offices, the chain's country, the article's date), which gives the usual spelling.

**Words after (or before) a role**, in scripts with spaces (Arabic, Persian, Hebrew, Devanagari,
Georgian): a language opts in with `cased = false` in its `names.toml`. A name is found where a
role chain ends: the words after "وزير الخارجية الإيراني", "שר החוץ", "प्रधानमंत्री". It takes at
most `max_words` words, and ends before a `stops` word, a word a name lexicon claims (a country,
a role, "counterpart"), a digit or punctuation; a title ("السيد", "الأمير") may stand between the
role and the name; `nominative` puts its last word back in the nominative (Georgian). Or it
stands right before a comma and a role ("عباس عراقچی، وزیر امور خارجه ایران"). Whom the name
belongs to: `gazetteer.officials.named_after_role`.

**Letters beside a role**, in Han, kana or Hangul ("外交部长王毅", "岸田文雄首相", "조태열 외교부 장관"):
these scripts have no capitals, and Chinese and Japanese no spaces to end a name either. A
language opts in with a `[beside_role]` table in its `names.toml`:

- `position = "after"`: the name follows the role chain inside the run ("外交部长王毅表示"): it
  runs from the chain's end to the first stop word, digit, punctuation or name the lexicon
  claims, and counts when it is `min_chars` to `max_chars` letters long ("·" joins the parts
  of a foreign name);
- `position = "before"`: the name ends where the chain starts ("岸田文雄首相", "ラブロフ外相"):
  the Han or katakana letters right before it (Japanese), or the word before it (Korean, whose
  words are spaced); a country right before the name, maybe joined by a connector
  ("中国の王毅外相"), is the one served.

There, the name as written when the table knows that spelling, else the one holder of the role's
offices for the country on the article's day; else the name is spelled with `anyascii` (a Han
surname first, then the given name in one word: "Wang Yi").

The code knows no language: the words and settings are the languages' data.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections import Counter
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import cache, lru_cache
from itertools import compress

from anyascii import anyascii

from .. import gazetteer, resources
from ..gazetteer import officials
from ..text.fold import fold, is_han, is_katakana, is_unspaced, uncased_letter
from ..text.matcher import Morphology
from ..text.spans import ending_at, starting_at
from ._lexicons import COUNTRY, DEMONYM, INSTITUTION, ORG, PIVOT, QUALIFIER, ROLE, RoleWords
from ._name_cases import NameCases
from ._role_chains import Chain, chain_before, resolve
from .entities import NameHit

_CHAIN_END = frozenset({ROLE, QUALIFIER, INSTITUTION, COUNTRY, DEMONYM, ORG})
_DEFAULT_WORDS = 3
_MIN_STEM = 3
_FIRST_WORD_STOP = 5          # letters of a stop word, at least, read under clitics as a name's first word
INSIDE_WORD = "'\u05f3\u2019\u200c"      # apostrophe, Hebrew geresh, ’, zero-width non-joiner


@dataclass(frozen=True)
class Uncased:
    """How a language without capitals writes a name after a role."""

    max_words: int
    stops: frozenset[str]
    titles: frozenset[str]
    particles: frozenset[str]       # glue inside a name ("بن", "آل"): not counted in max_words
    home: str | None                # the country a role without one most often belongs to
    nominative: tuple[tuple[str, str], ...] = ()   # (oblique ending, nominative ending), longest first
    given_stops: frozenset[str] = frozenset()      # stop words that open a name right after a role ("जो")
    not_name_endings: tuple[str, ...] = ()          # case endings no name's word takes ("-დან": from)
    ordinals: frozenset[str] = frozenset()          # no name opens with one ("მეორე", second; "الثاني" may end one)
    complements: tuple[str, ...] = ()               # a word with one of these prefixes right after a role is
                                                    # its complement ("שר המדינה לסחר חוץ"), unless the table
                                                    # knows the name
    coordinated: tuple[str, ...] = ()               # a word with one of these prefixes right after a role
                                                    # joins a second complement to it ("והתעשייה": and the
                                                    # industry): the name comes after it

    def base(self, word: str) -> str:
        """A name's last word back in the nominative ("დარჩიაშვილმა" -> "დარჩიაშვილი")."""
        low = fold(word)
        for oblique, nominative in self.nominative:
            if low.endswith(oblique) and len(low) - len(oblique) >= _MIN_STEM:
                return word[:len(word) - len(oblique)] + nominative
        return word


@cache
def uncased(lang: str) -> Uncased | None:
    """The language's settings when its script has no capitals (`cased = false`), else None."""
    data = resources.load(lang, "names")
    if data.get("cased", True):
        return None
    # Only the language's own stop words: jusText's lists hold first names ("محمد", "عبد").
    stops = frozenset(fold(w) for w in data.get("stops", []))
    nominative = sorted(((fold(k), v) for k, v in data.get("nominative", {}).items()),
                        key=lambda p: len(p[0]), reverse=True)
    return Uncased(int(data.get("max_words", _DEFAULT_WORDS)), stops,
                   frozenset(fold(w) for w in data.get("titles", [])),
                   frozenset(fold(w) for w in data.get("particles", [])), data.get("home"), tuple(nominative),
                   frozenset(fold(w) for w in data.get("given_stops", [])),
                   tuple(fold(w) for w in data.get("not_name_endings", [])),
                   frozenset(fold(w) for w in resources.load(lang, "ordinals").get("ordinals", {})),
                   tuple(fold(w) for w in data.get("complement_prefixes", [])),
                   tuple(fold(w) for w in data.get("coordinated_prefixes", [])))


@cache
def offices(role: str) -> frozenset[str] | None:
    """The offices of data/officials.tsv an English role is (None when the table has none)."""
    found = resources.load(PIVOT, "roles").get("offices", {}).get(role)
    return frozenset(found) if found else None


def is_stop(word: str, cfg: Uncased, morph: Morphology, first: bool = False) -> bool:
    """Whether `word` (folded) ends a name: a stop word, maybe with clitics written onto it."""
    if word in cfg.stops or cfg.not_name_endings and word.endswith(cfg.not_name_endings):
        return True
    if first and word in cfg.ordinals:
        return True
    # A stop word with clitics written onto it ("وقال": and said). A name's first word only with a
    # longer stop word ("بزيارة": on a visit), "فيصل" being no "ف" + "يصل" (and arrives).
    for cut in range(1, min(4, len(word) - 1)):
        if morph.after_prefixes(word[:cut]) and word[cut:] in cfg.stops \
                and (not first or len(word) - cut >= _FIRST_WORD_STOP):
            return True
    return False


_TITLE_REACH = 2           # words past a name's longest a title may stand at, ending a role's complement


def runs_after_roles(text: str, folded: str, tokens: list[tuple[int, int]], hits: list[NameHit],
                     claimed: bytearray, cfg: Uncased,
                     morph: Morphology) -> list[tuple[int, list[tuple[int, int]]]]:
    """Candidate names after role chains: (where the chain ends, the name's words).

    The words are candidates only: the caller keeps a name whose chain holds a role, and
    the office-holders table may shorten it.
    """
    tok_by_start = starting_at(tokens)
    out: list[tuple[int, list[tuple[int, int]]]] = []
    seen: set[int] = set()
    for hit in hits:
        if hit.kind not in _CHAIN_END:
            continue
        pos = hit.end
        while pos < len(text) and text[pos] == " ":
            pos += 1
        if pos < len(text) and text[pos] == "," and pos + 1 < len(text) and text[pos + 1] == " ":
            pos += 2                 # "שר החוץ האיראני, עבאס עראקצ'י"
        ti = tok_by_start.get(pos)
        if ti is None or _title_at(folded, tokens, hit, cfg) or _inside_stop(folded, tokens, hit, cfg):
            continue                 # a title that is a role word too ("الأمير"): the name comes after it
        chain_end = hit.end
        while ti < len(tokens):
            glued = glued_end(text, tokens, ti)
            if folded[tokens[ti][0]:tokens[glued][1]] not in cfg.titles:
                break
            ti = glued + 1           # "the minister, Mr ...", "the Saudi minister, Prince ...": no part of the name
        if ti >= len(tokens) or any(claimed[tokens[ti][0]:tokens[ti][1]]) or tokens[ti][0] in seen:
            continue
        pos = tokens[ti][0]
        words: list[tuple[int, int]] = []
        counted = 0
        # A title a little further on ends a role's complement (below): look past `max_words` for one.
        while ti < len(tokens) and counted < cfg.max_words + _TITLE_REACH:
            s, e = tokens[ti]
            gap = text[words[-1][1]:s] if words else " "
            if gap != " " and not (gap == ". " and words[-1][1] - words[-1][0] <= 2):
                break                # punctuation or a line between, not an initial's point: the name has ended
            whole = tokens[glued_end(text, tokens, ti)][1]     # "ג'יי": one word across its geresh
            if words and folded[s:whole] in cfg.titles and whole < len(text) and text[whole] == " " \
                    and not any(officials.given_name(text[a:b]) for a, b in words):
                # "وزيرة التعاون الدولي السيدة رانيا ...": the words before a title are the role's
                # complement; the name starts after the title.
                words, counted = [], 0
                ti = glued_end(text, tokens, ti) + 1
                continue
            if any(claimed[s:e]) or whole - s < 2 or is_stop(folded[s:e], cfg, morph, first=not words) and not (
                    not words and folded[s:e] in cfg.given_stops and _name_word_next(text, folded, tokens, ti, cfg,
                                                                                     claimed)):
                break
            if cfg.nominative and len(words) >= 2 and cfg.base(text[s:e]) != text[s:e] \
                    and all(cfg.base(text[a:b]) == text[a:b] for a, b in words):
                break                # "ნიკა მელია გირაოს": a name of two words in the nominative has ended
            counted += folded[s:e] not in cfg.particles
            ti += 1
            # A word goes on past a geresh or a zero-width non-joiner ("עראקצ'י", "عراقچی").
            while ti < len(tokens) and tokens[ti][0] - e == 1 and text[e] in INSIDE_WORD:
                e = tokens[ti][1]
                ti += 1
            words.append((s, e))
            if cfg.nominative and cfg.base(text[s:e]) != text[s:e]:
                break                # a case ending goes on a name's last word ("სალომე ზურაბიშვილის")
        kept, named = 0, 0
        for s, e in words:
            if named == cfg.max_words:
                break
            kept += 1
            named += folded[s:e] not in cfg.particles
        words = words[:kept]         # (no title further on: the name's `max_words` words)
        while words and folded[words[-1][0]:words[-1][1]] in cfg.particles:
            words.pop()              # a name does not end in "بن"
        if words:
            seen.add(pos)
            out.append((chain_end, words))
    return out


def glued_end(text: str, tokens: list[tuple[int, int]], ti: int) -> int:
    """The last token of the word token `ti` opens, across a geresh or joiner ("آیت‌الله")."""
    while ti + 1 < len(tokens) and tokens[ti + 1][0] - tokens[ti][1] == 1 and text[tokens[ti][1]] in INSIDE_WORD:
        ti += 1
    return ti


def _name_word_next(text: str, folded: str, tokens: list[tuple[int, int]], ti: int, cfg: Uncased,
                    claimed: bytearray) -> bool:
    """Whether the word after token `ti` can go on a name: spaced from it, unclaimed, no stop word."""
    if ti + 1 >= len(tokens):
        return False
    s, e = tokens[ti + 1]
    return text[tokens[ti][1]:s] == " " and not any(claimed[s:e]) and folded[s:e] not in cfg.stops


def _inside_stop(folded: str, tokens: list[tuple[int, int]], hit: NameHit, cfg: Uncased) -> bool:
    """Whether the role word `hit` is read inside a stop word, after clitics ("מדובר": it is about,
    not "from the spokesman")."""
    i = bisect.bisect_right(tokens, (hit.start, len(folded) + 1)) - 1
    if i < 0:
        return False
    s, e = tokens[i]
    return s < hit.start and hit.end <= e and folded[s:e] in cfg.stops


def _title_at(folded: str, tokens: list[tuple[int, int]], hit: NameHit, cfg: Uncased) -> bool:
    """Whether the role word `hit` is written as a title ("الأمير" after "وزير الخارجية السعودي")."""
    i = bisect.bisect_right(tokens, (hit.start, len(folded) + 1)) - 1
    if i < 0:
        return False
    s, e = tokens[i]
    return s <= hit.start and e == hit.end and folded[s:e] in cfg.titles


def runs_before_roles(text: str, folded: str, tokens: list[tuple[int, int]], hits: list[NameHit],
                      claimed: bytearray, cfg: Uncased,
                      morph: Morphology) -> list[tuple[list[tuple[int, int]], bool]]:
    """Candidate names right before a role: (the name's words, whether a comma stood between).

    "عباس عراقچی، وزیر امور خارجه ایران": the words are read leftwards from the comma, up to
    `max_words`, and stop at a stop word, a title, a claimed word or punctuation. Without the
    comma ("محمدجواد ظریف وزیر امور خارجه") the words are a candidate the caller keeps only
    when the office-holders table knows the name.
    """
    tok_by_end = ending_at(tokens)
    out: list[tuple[list[tuple[int, int]], bool]] = []
    for hit in hits:
        if hit.kind != ROLE:
            continue
        pos = hit.start
        while pos > 0 and text[pos - 1].isalnum():
            pos -= 1                 # clitics on the role word
        if pos < 2 or text[pos - 1] != " ":
            continue
        comma = text[pos - 2] in ",\u060c"
        ti = tok_by_end.get(pos - 2 if comma else pos - 1)
        words: list[tuple[int, int]] = []
        counted = 0                  # the name's words, not its particles ("محمد بن سلمان بن عبدالعزيز")
        while ti is not None and ti >= 0 and counted < cfg.max_words:
            s, e = tokens[ti]
            if words and text[e:words[0][0]] != " ":
                # a geresh or joiner inside the word ("عراقچی" typed with a joiner)
                if words[0][0] - e == 1 and text[e] in INSIDE_WORD:
                    words[0] = (s, words[0][1])
                    ti -= 1
                    continue
                break
            word = folded[s:e]
            # A word right before "بن" (son of) is a given name, though it may read as a clitic
            # and a stop word ("فيصل": "ف" + "يصل").
            named = bool(words) and folded[words[0][0]:words[0][1]] in cfg.particles and word not in cfg.stops
            if any(claimed[s:e]) or e - s < 2 or not named and is_stop(word, cfg, morph) or word in cfg.titles:
                break
            words.insert(0, (s, e))
            counted += word not in cfg.particles
            ti -= 1
        if words:
            out.append((words, comma))
    return out


# Names in Han, kana or Hangul beside a role.

_FOREIGN_EXTRA = 2            # letters a foreign surname in Hangul may have beyond `max_chars` ("지노비예프")
_NAME_JOINER = "·・"          # parts of a foreign name: "安东尼·布林肯", "セルゲイ・ラブロフ"


@dataclass(frozen=True)
class BesideRole:
    """How a language writes a name beside a role, from `names.toml` `[beside_role]`."""

    after: bool
    min_chars: int
    max_chars: int
    home: str | None                 # the country a bare role means in this language's press (language.toml)
    stops: tuple[str, ...]           # folded, longest first
    prefixes: frozenset[str]         # before a role, not a name: "新", "前", "同" (Japanese)
    verified: bool                   # a Han name before a role counts only when the office-holders
                                     # table or a country before it confirms it (Japanese)
    word_endings: tuple[str, ...]    # endings of a word that is no given name (Korean particles, verb endings)
    home_surnames: frozenset[str]    # a Hangul name starting with one is asked of the home country's holders
    calendar: tuple[str, ...] = ()   # weekday and month names (CLDR) in the script: end a name ("伯恩斯星期四")
    surname_spellings: tuple[tuple[str, str], ...] = ()   # a home family name and its usual Latin spelling
    address_units: tuple[str, ...] = ()     # endings of a district's name ("용산구"): the words after it are an address
    name_countries: frozenset[str] = frozenset()   # countries whose people's names `surname_spellings` spells too
    given_endings: tuple[str, ...] = ()     # `word_endings` a foreign given name may end in, opening a clause ("구마가이")
    role_suffixes: tuple[tuple[str, str], ...] = ()   # a title glued to its office's name ("-처장": head), its role
    particles: frozenset[str] = frozenset()         # what may follow such a title in its word ("은", "에게")
    body_endings: tuple[str, ...] = ()     # endings of a ministry's or agency's name ("에너지부"): no name


@cache
def beside_role(lang: str) -> BesideRole | None:
    """The language's settings, or None when it finds names by their capitals."""
    data = resources.load(lang, "names").get("beside_role")
    if not data:
        return None
    stops = sorted({fold(w) for w in data.get("stops", []) if w}, key=len, reverse=True)
    return BesideRole(data.get("position", "after") == "after", int(data.get("min_chars", 2)),
                      int(data.get("max_chars", 4)), resources.load(lang, "language").get("home"), tuple(stops),
                      frozenset(fold(w) for w in data.get("prefixes", [])), bool(data.get("verified", False)),
                      tuple(fold(w) for w in data.get("word_endings", [])),
                      frozenset(data.get("home_surnames", [])),
                      tuple(sorted((w for w in {*gazetteer.weekdays(lang), *gazetteer.months(lang)}
                                    if w and all(is_unspaced(ch) for ch in w)), key=len, reverse=True)),
                      tuple(data.get("surname_spellings", {}).items()),
                      tuple(data.get("address_units", [])), frozenset(data.get("name_countries", [])),
                      tuple(data.get("given_endings", [])),
                      tuple(sorted(((fold(k), v) for k, v in data.get("role_suffixes", {}).items()),
                                   key=lambda p: len(p[0]), reverse=True)),
                      frozenset(fold(w) for w in resources.load(lang, "morphology").get("names", {})
                                .get("case_suffixes", [])),
                      tuple(fold(w) for w in data.get("body_endings", [])))


@dataclass(frozen=True)
class Found:
    """A name beside a role: `text[start:end]`, the chain, and the country the text gives."""

    start: int
    end: int
    chain: Chain
    country: str | None
    confirmed: bool = False        # a country or an institution stands right before it ("外務省の山田太郎")


def names_beside_roles(text: str, folded: str, hits: list[NameHit], tokens: list[tuple[int, int]],
                       claimed: bytearray, cfg: BesideRole, words: RoleWords, cases: NameCases) -> list[Found]:
    """Every name written beside a role chain, in text order."""
    hits_by_end = {h.end: h for h in hits}
    tok_by_end = ending_at(tokens)
    out: list[Found] = []
    seen: set[int] = set()
    for hit in hits:
        if hit.kind != ROLE:
            continue
        elements = chain_before(text, hit.end, hits_by_end, tokens, tok_by_end, words)
        chain = resolve(elements, text, folded, words, cases)
        if chain.role is None:
            continue
        if cfg.after:
            span = _after(text, folded, hit.key_end, claimed, cfg)
        else:
            first = _chain_start(text, elements, hit.start, words)
            body = _body_before(text, folded, first, cfg, hits_by_end) if cfg.body_endings else None
            if body is not None:
                # "크리스 라이트 미국 에너지부 장관": the ministry and its country are the chain's; the
                # name is before them.
                first, stated = body
                if stated is not None and chain.country is None:
                    chain = Chain(chain.role, stated, chain.fallback, chain.case, chain.counterpart)
            span = _before(text, folded, first, claimed, cfg)
        if span is None or span[0] in seen:
            continue
        seen.add(span[0])
        country, confirmed = (None, False) if cfg.after else _country_before(text, folded, span[0], hits_by_end, words)
        out.append(Found(span[0], span[1], chain, country or (cfg.home if confirmed else None), confirmed))
    if cfg.role_suffixes and not cfg.after:
        out.extend(_glued_roles(text, folded, hits, tokens, claimed, cfg, seen))
        out.sort(key=lambda f: f.start)
    return out


def _body_before(text: str, folded: str, pos: int, cfg: BesideRole,
                 hits_by_end: dict[int, NameHit]) -> tuple[int, str | None] | None:
    """Where a ministry's or agency's name (`body_endings`: "에너지부") right before `pos` begins, past
    the countries and institutions before it, and the country one of them names; None when the word
    before `pos` is no such name."""
    end = pos - 1
    if end <= 0 or text[end] != " ":
        return None
    start = end
    while start > 0 and uncased_letter(text[start - 1]):
        start -= 1
    if start == end or not _address(folded[start:end], cfg, cfg.body_endings):
        return None
    country = None
    while start > 1 and text[start - 1] == " " and (h := hits_by_end.get(start - 1)) is not None \
            and h.kind in (INSTITUTION, COUNTRY, DEMONYM):
        start = h.start
        country = country or (h.payload.code if h.kind in (COUNTRY, DEMONYM) else None)
    return start, country


_GLUED_STEM = 2               # letters of an office's name, at least, before a title glued to it


def _glued_roles(text: str, folded: str, hits: list[NameHit], tokens: list[tuple[int, int]], claimed: bytearray,
                 cfg: BesideRole, seen: set[int]) -> list[Found]:
    """Names before a title written glued to its office's name ("공수처장": the agency's head,
    "아시아태평양국장": the bureau's director-general), after the institutions or country before it
    ("외교부 아시아태평양국장"), which the lexicon has no phrase for."""
    covered = bytearray(len(text))
    for h in hits:
        covered[h.start:h.end] = b"\x01" * (h.end - h.start)
    hits_by_end = {h.end: h for h in hits}
    out: list[Found] = []
    memo = _GLUED_WORDS.setdefault(id(cfg), (cfg, {}))[1]
    for s, e in tokens:
        if covered.find(1, s, e) >= 0:
            continue
        word = folded[s:e]
        if word in memo:
            role = memo[word]
        else:
            role = _glued_title(word, cfg)
            if len(memo) >= _GLUED_MEMO:
                memo.clear()
            memo[word] = role
        if role is not None:
            start, country, own = s, None, False
            while start > 1 and text[start - 1] == " " and (h := hits_by_end.get(start - 1)) is not None \
                    and h.kind in (INSTITUTION, COUNTRY, DEMONYM):
                start = h.start            # "외교부 아시아태평양국장", "주한 일본대사관 ..."
                own = own or h.kind == INSTITUTION
                country = country or (h.payload.code if h.kind in (COUNTRY, DEMONYM) else None)
            span = _before(text, folded, start, claimed, cfg)
            if span is not None and span[0] not in seen:
                seen.add(span[0])
                out.append(Found(span[0], span[1], Chain(role, country, cfg.home), country, own))
    return out


# The title glued into each word `_glued_roles` has read, per language's settings (by their id; the
# settings are built once per language and kept), and how many words it keeps at most.
_GLUED_WORDS: dict[int, tuple[BesideRole, dict[str, str | None]]] = {}
_GLUED_MEMO = 50_000


def _glued_title(word: str, cfg: BesideRole) -> str | None:
    """The role of the first title of `cfg.role_suffixes` glued into `word` after an office's name
    of `_GLUED_STEM` letters at least, and before nothing or a particle ("공수처장", "국장은"), or
    None (also for a word not all in letters of a script without capitals)."""
    if not all(uncased_letter(ch) for ch in word):
        return None
    for suffix, role in cfg.role_suffixes:
        at = word.rfind(suffix)
        rest = word[at + len(suffix):] if at >= 0 else ""
        if at < _GLUED_STEM or rest and rest not in cfg.particles:
            continue
        return role
    return None


def _chain_start(text: str, elements: list[tuple[str, NameHit | None]], start: int, words: RoleWords) -> int:
    """Where the chain's words right before the role begin: not past free words (the chain may
    reach an institution across them, "외교부는 게오르기 지노비예프 주한 러시아 대사", whose name is
    between)."""
    glue = words.connectors | words.joiners | words.postings
    for kind, h in reversed(elements):
        if kind != "hit" or h is None or h.start >= start:
            continue
        gap = text[h.end:start].strip()
        if gap and fold(gap) not in glue:
            break
        start = h.start
    return start


def _after(text: str, folded: str, pos: int, claimed: bytearray, cfg: BesideRole) -> tuple[int, int] | None:
    """The name right after a role inside a run ("王毅" of "外交部长王毅在北京"), or None."""
    start = end = pos
    letters = 0
    while end < len(text):
        ch = text[end]
        if claimed[end] or folded.startswith(cfg.stops, end) or letters and folded.startswith(cfg.calendar, end):
            break                       # (a calendar word ends a name, never opens one: "周" is a surname)
        if ch in _NAME_JOINER and letters and end + 1 < len(text) and is_unspaced(text[end + 1]):
            end += 1
            continue
        if not is_unspaced(ch):
            break
        letters += 1
        end += 1
        if letters > cfg.max_chars and _NAME_JOINER[0] not in text[start:end]:
            return None                 # no boundary in sight: no name here
    if not cfg.min_chars <= letters or (letters > cfg.max_chars and _NAME_JOINER[0] not in text[start:end]):
        return None
    return start, end


def _before(text: str, folded: str, pos: int, claimed: bytearray, cfg: BesideRole) -> tuple[int, int] | None:
    """The name right before a role chain starting at `pos` ("岸田文雄首相", "조태열 외교부 장관"), or None."""
    end = pos
    if end > 0 and text[end - 1] == " ":
        # A spaced script (Korean): the word before the chain.
        end -= 1
        start = end
        while start > 0 and uncased_letter(text[start - 1]):
            start -= 1
        name = folded[start:end]
        # A longer word is a name only as the surname of a foreign name of two words ("게오르기 지노비예프").
        longer = end - start > cfg.max_chars
        if start == end or claimed[start] or name in cfg.stops or not cfg.min_chars <= end - start <= \
                cfg.max_chars + _FOREIGN_EXTRA * longer or longer and name.endswith(cfg.word_endings):
            return None
        # A foreign name has its given name before ("블라디미르 푸틴"): a word with no ending of the
        # language's (`word_endings`) joins it.
        if _address(name, cfg) or _address(name, cfg, cfg.body_endings):
            return None                 # "용산구 대통령실": a district, no name; "에너지부 장관": a ministry
        first = start - 1
        if first > 0 and text[first] == " ":
            s2 = first
            while s2 > 0 and uncased_letter(text[s2 - 1]):
                s2 -= 1
            word = folded[s2:first]
            if _address(word, cfg):
                return None             # "용산구 한남동 대통령 관저": the words after a district are its streets
            if s2 < first and not claimed[s2] and len(word) >= 2 and word not in cfg.stops \
                    and (not word.endswith(cfg.word_endings) or word.endswith(cfg.given_endings)
                         and _opens_clause(text, s2)) and (s2 == 0 or not uncased_letter(text[s2 - 1])):
                start = s2
        return (start, end) if not longer or start < first else None
    start = end
    if start > 0 and is_katakana(text[start - 1]):
        # A foreign name in katakana, its parts joined by "・" ("セルゲイ・ラブロフ外相").
        while start > 0 and (is_katakana(text[start - 1]) or text[start - 1] in _NAME_JOINER) \
                and not claimed[start - 1]:
            start -= 1
        while start < end and text[start] in _NAME_JOINER:
            start += 1
        return (start, end) if end - start >= 2 else None
    while start > 0 and is_han(text[start - 1]) and not claimed[start - 1] and end - start < cfg.max_chars:
        start -= 1
    while start < end and folded[start] in cfg.prefixes:
        start += 1                      # "新首相", "前外相": no name
    if start == end or folded[start:end] in cfg.stops:
        return None
    return start, end


def _opens_clause(text: str, start: int) -> bool:
    """Whether the word at `start` opens the text, a line or a clause (after a bracket, a point or a
    comma): no word of the sentence stands before it to end in a particle."""
    pos = start
    while pos > 0 and text[pos - 1] == " ":
        pos -= 1
    return pos == 0 or text[pos - 1] in "\n).,]\"'"


def _address(word: str, cfg: BesideRole, units: tuple[str, ...] | None = None) -> bool:
    """Whether a word is a district's name: a stem of two letters or more and an address unit
    ("용산구", "종로구"); with `units`, one of those endings instead ("에너지부": a ministry)."""
    return any(word.endswith(unit) and len(word) - len(unit) >= 2
               for unit in (cfg.address_units if units is None else units))


def _country_before(text: str, folded: str, start: int, hits_by_end: dict[int, NameHit],
                    words: RoleWords) -> tuple[str | None, bool]:
    """A country named right before a name, maybe joined by a connector ("中国の王毅", "중국 왕이"),
    or an institution, maybe after a country ("外務省の山田太郎", "中国外務省の毛寧"): the country
    it gives (or None), and whether either stands there (the name's words are then a name)."""
    hit = _hit_before(folded, start, hits_by_end, words)
    if hit is None:
        return None, False
    if hit.kind in (COUNTRY, DEMONYM) and hit.payload.code:
        return hit.payload.code, True
    if hit.kind != INSTITUTION:
        return None, False
    owner = hits_by_end.get(hit.start)       # "中国外務省": the institution's country before it
    if owner is not None and owner.kind in (COUNTRY, DEMONYM) and owner.payload.code:
        return owner.payload.code, True
    return hit.payload.code or None, True


def _hit_before(folded: str, start: int, hits_by_end: dict[int, NameHit], words: RoleWords) -> NameHit | None:
    """The lexicon's country, demonym or institution right before `start`, maybe joined by a connector."""
    pos = start
    while pos > 0 and folded[pos - 1] == " ":
        pos -= 1
    for link in ("", *words.connectors):
        if link and not folded.startswith(link, pos - len(link)):
            continue
        hit = hits_by_end.get(pos - len(link))
        if hit is not None and (hit.kind in (COUNTRY, DEMONYM) and hit.payload.code or hit.kind == INSTITUTION):
            return hit
    return None


def latin_name(name: str, role: str | None, stated: str | None, fallback: str | None, day: dt.date | None,
               lang: str, trusted: bool = False) -> tuple[list[str], str | None]:
    """The name's words in Latin letters and the country the office-holders table gives (or None).

    The table is asked for the name as written, then as spelled in Latin letters; then for the
    one holder of the role's offices on `day` in the country the text states (`stated`: "俄罗斯外长
    拉夫罗夫"), or in the role's own country (`fallback`) when that holder's name as the table
    writes it starts with this one ("岸田首相": 岸田文雄), or `trusted` says the name is one of
    that country's (a Korean name in Hangul, which the table spells only in Latin letters).
    """
    spelled = _spelled(name)
    holder = officials.serving(name, day, lang=lang) or officials.serving(" ".join(spelled), day, lang=lang)
    offices_ = offices(role) if role is not None else None
    if holder is None and offices_ and day is not None:
        if stated is not None:
            holder = officials.holding(offices_, stated, day)
            # Either word may be the surname: "블라디미르 푸틴", but "기시다 후미오" (family name first).
            words = [_spelled(w) for w in name.split()] if " " in name.strip() else [spelled]
            if holder is not None and not any(_sounds_like(w, holder.name) for w in words) \
                    and not heard_alike(name, holder.name, _STATED_LIKENESS):
                holder = None         # the table's holder that day is someone else ("キャメロン外相")
        elif fallback is not None:
            holder = officials.holding(offices_, fallback, day)
            if holder is not None and not (trusted and _same_initial(spelled[0], holder.name)
                                           and _given_agrees(spelled, holder.name)
                                           or officials.written_as(holder, fold(name))):
                holder = None
    if holder is None and offices_ and day is not None and stated is None and " " in name.strip():
        # A foreign name in full with no country stated ("볼로디미르 젤렌스키 대통령"): the holder of
        # the role's offices that day, anywhere, whose every name sounds like the written ones.
        found = officials.named_after_role(name.split(), day, country=None, offices=offices_, unique=True)
        holder = found[0] if found is not None and found[1] == len(name.split()) else None
    if holder is None and offices_ and day is not None and stated is None:
        # No country stated, and the name is none of the home country's ("기시다 총리"): the one
        # holder of the role's offices that day, anywhere, whose surname sounds like it.
        holder = _sounding_holder(spelled, name, offices_, day)
        if holder is None and not trusted and not any(j in name.strip() for j in " " + _NAME_JOINER):
            holder = _nearest_sounding(name, offices_, day)
    if holder is None and fallback is not None and all(is_han(ch) for ch in name):
        holder = officials.written_from(fold(name), fallback, day)     # "茂木外相": 茂木敏充
    if holder is not None:
        return holder.name.split(), holder.country
    if trusted and (stated is None or stated == fallback or stated in beside_role(lang).name_countries):
        return home_spelling(name, lang) or spelled, None
    return spelled, None


def home_spelling(name: str, lang: str) -> list[str] | None:
    """A home name the table does not hold, spelled the way the press spells its people's names
    (`[beside_role]` `surname_spellings`): the family name as it is usually written ("김": Kim,
    "이": Lee), the given name's syllables joined by a hyphen ("김홍균": Kim Hong-gyun). None when
    the language gives no spellings or the name's family name is none of them."""
    cfg = beside_role(lang)
    if cfg is None or not cfg.surname_spellings or " " in name:
        return None
    table = dict(cfg.surname_spellings)
    for cut in (2, 1):                  # a family name of two syllables first ("남궁", "선우")
        family = table.get(name[:cut])
        if family is not None and 1 <= len(name) - cut <= 2:
            given = "-".join(anyascii(ch).lower() for ch in name[cut:])
            return [family, given.capitalize()]
    return None


def _name_words(name: str) -> list[str]:
    """A name's words, the joiners scripts write between them ("・", "·") read as spaces."""
    return name.replace("・", " ").replace("·", " ").split()


_SOUND_LIKENESS = 0.75          # how alike a surname as a script spells it and a holder's are, at least
_STATED_LIKENESS = 0.7          # (the one holder of the role in the country the text names: "俄罗斯总统普京")


def heard_alike(name: str, holder: str, least: float = _SOUND_LIKENESS) -> bool:
    """Whether a surname as a script spells it and a holder's surname are spelled nearly alike,
    the letters romanisations merge aside ("プーチン", puchin, and Putin), and start alike."""
    here, there = _heard(_name_words(name)[-1]), _heard(holder.split()[-1])
    return bool(here and there) and here[0] == there[0] and SequenceMatcher(None, here, there).ratio() >= least


def _nearest_sounding(name: str, offices_: frozenset[str], day: dt.date) -> officials.Holder | None:
    """The holder of `offices_` on `day`, anywhere, whose surname is spelled most nearly like the
    written one, the letters romanisations merge aside (`_heard`): "バイデン" (baiden) is Joe Biden,
    "プーチン" (puchin) Vladimir Putin. None when none is near enough, or two are equally near."""
    here = _heard(_name_words(name)[-1])
    if not here:
        return None
    best: tuple[float, str, officials.Holder] | None = None
    for likeness, holder_name, terms, h in _near_holders(here, offices_):
        if any(start <= day and (end is None or day <= end) for start, end in terms):
            if best is None:
                if likeness < _SOUND_LIKENESS:
                    return None
                best = (likeness, holder_name, h)
            else:          # the next nearest in office that day: a tie with someone else is no answer
                return None if likeness == best[0] and holder_name != best[1] else best[2]
    return best[2] if best is not None else None


@lru_cache(maxsize=4096)
def _near_holders(here: str, offices_: frozenset[str]) -> tuple[tuple[float, str, tuple[tuple[dt.date, dt.date | None], ...],
                                                                     officials.Holder], ...]:
    """The holders of `offices_` in a dated term whose surname could be spelled as nearly like `here`
    as `_SOUND_LIKENESS`, each with that likeness (SequenceMatcher's ratio), their name and their
    terms, the nearest first and, among equals, in the table's order (remembered: the same names
    come back in article after article, on other days).

    Below the least likeness a holder can neither win nor tie the winner: two upper bounds of the
    ratio, SequenceMatcher's real_quick_ratio (the lengths) and quick_ratio (the letters both have,
    counted from `_letter_masks`), skip the full comparison for nearly all the world's holders."""
    by_length, slots, width = _letter_masks(offices_)
    size = len(here)
    counts: dict[str, int] = {}
    for ch in here:
        counts[ch] = counts.get(ch, 0) + 1
    mask = 0
    for ch, n in counts.items():
        slot = slots.get(ch)
        if slot is not None:          # (a letter no holder's surname has shares nothing)
            mask |= ((1 << min(n, width)) - 1) << (slot * width)
    places: list[int] = []
    for length, (letters, at) in by_length.items():
        if 2 * min(size, length) < _SOUND_LIKENESS * (size + length):
            continue
        least = 0                     # the fewest shared letters quick_ratio lets through
        while 2.0 * least / (size + length) < _SOUND_LIKENESS:
            least += 1
        places.extend(compress(at, map(least.__le__, map(int.bit_count, map(mask.__and__, letters)))))
    dated = _dated_terms(offices_)
    scored = []
    for place in sorted(places):
        there, terms, h = dated[place]
        scored.append((SequenceMatcher(None, here, there).ratio(), h.name, terms, h))
    scored.sort(key=lambda t: -t[0])
    return tuple(scored)


@lru_cache(maxsize=64)
def _letter_masks(offices_: frozenset[str]) -> tuple[dict[int, tuple[tuple[int, ...], tuple[int, ...]]], dict[str, int], int]:
    """The holders of `_dated_terms(offices_)` by the length of their surname's `_heard` spelling,
    as (their letters, their places): the letters a bit mask with a slot of `width` bits per
    letter (`slots`), as many bits set in the slot as the letter is in the surname, so that the
    letters two spellings share, counted as SequenceMatcher.quick_ratio counts them, are the bits
    their masks share (built once per offices)."""
    dated = _dated_terms(offices_)
    counted = {there: Counter(there) for there, _, _ in dated}
    slots: dict[str, int] = {}
    width = 1
    for counts in counted.values():
        for ch, n in counts.items():
            slots.setdefault(ch, len(slots))
            if n > width:
                width = n
    masks = {there: sum(((1 << n) - 1) << (slots[ch] * width) for ch, n in counts.items())
             for there, counts in counted.items()}
    by_length: dict[int, tuple[list[int], list[int]]] = {}
    for place, (there, _, _) in enumerate(dated):
        letters, places = by_length.setdefault(len(there), ([], []))
        letters.append(masks[there])
        places.append(place)
    return {k: (tuple(v[0]), tuple(v[1])) for k, v in by_length.items()}, slots, width


@lru_cache(maxsize=64)
def _dated_terms(offices_: frozenset[str]) -> tuple[tuple[str, tuple[tuple[dt.date, dt.date | None], ...],
                                                          officials.Holder], ...]:
    """Every holder of `offices_` with the spelling `_heard` of their surname and the (start, end) of
    their terms in those offices whose start the table knows (a term with no dates at all, a
    legendary emperor's, says nothing of the day), in the table's order
    (built once per offices)."""
    return tuple((_heard(h.name.split()[-1]), terms, h) for h, terms in officials.dated_terms_of(offices_))


def _sounding_holder(spelled: list[str], name: str, offices_: frozenset[str], day: dt.date) -> officials.Holder | None:
    """The one holder of `offices_` on `day` (any country) whose surname is spelled like the name as
    `anyascii` spells its script, the letters its romanisation merges aside (`_heard`): "기시다
    후미오" (Gisida Humio) is Fumio Kishida. None when none or several are."""
    forms = {_heard("".join(spelled))} | {_heard("".join(_spelled(w))) for w in name.split()}
    forms.discard("")
    index = _heard_index(offices_)
    found = {h.name: h for form in forms for h in index.get(form, ()) if h.gap(day, offices_) == 0}
    return next(iter(found.values())) if len(found) == 1 else None


@lru_cache(maxsize=64)
def _heard_index(offices_: frozenset[str]) -> dict[str, tuple[officials.Holder, ...]]:
    """Every holder of one of `offices_` by `_heard` of their surname (built once per offices)."""
    index: dict[str, list[officials.Holder]] = {}
    for holder in officials.holders_of(offices_):
        index.setdefault(_heard(holder.name.split()[-1]), []).append(holder)
    index.pop("", None)
    return {k: tuple(v) for k, v in index.items()}


# Sounds a script's romanisation writes alike (Hangul's for Japanese and others: k/g, t/d, p/b, sh/s,
# ch/ts/j, f/h, r/l), merged before two spellings are compared.
_HEARD = (("sh", "s"), ("ch", "j"), ("ts", "j"), ("f", "h"), ("k", "g"), ("t", "d"), ("p", "b"), ("l", "r"),
          ("eo", "o"), ("eu", "u"), ("-", ""))


@lru_cache(maxsize=65536)
def _heard(word: str) -> str:
    low = fold(anyascii(word)).lower()
    for a, b in _HEARD:
        low = low.replace(a, b)
    return low if len(low) >= 4 else ""


# Letters that spell the same first sound of a surname in different romanisations (조 Jo/Cho, 박 Bak/Park).
_SAME_SOUND = ("jc", "gk", "bp", "dt", "rnl", "yil")


def _same_initial(spelled: str, holder: str) -> bool:
    """Whether a surname as spelled here and the table's name start with the same sound."""
    a, b = spelled[:1].lower(), holder[:1].lower()
    return a == b or any(a in group and b in group for group in _SAME_SOUND)


def _given_agrees(spelled: list[str], holder: str) -> bool:
    """Whether a name's given name and the table's start with the same sound, when both have one
    ("최병혁" is no Cho Se-young, though both surnames start with a c)."""
    parts = holder.replace("-", " ").split()
    if len(spelled) < 2 or len(parts) < 2:
        return True
    here, there = _skeleton(_affricate(spelled[1]))[:1], _skeleton(_affricate(parts[1]))[:1]
    return not here or not there or here == there


def _affricate(word: str) -> str:
    """"ch" written as "j" (the two romanisations of one Korean consonant), before `_skeleton`."""
    return word.lower().replace("ch", "j")


_CLASSES = {**dict.fromkeys("ckqgx", "K"), **dict.fromkeys("bpvf", "P"), **dict.fromkeys("dt", "T"),
            **dict.fromkeys("rl", "R"), **dict.fromkeys("szj", "S"), "m": "M", "n": "N"}


def _skeleton(word: str) -> str:
    """The first two consonant sounds of a word, in classes that romanisations share."""
    out = "".join(_CLASSES.get(ch, "") for ch in fold(anyascii(word)))
    return "".join(ch for i, ch in enumerate(out) if i == 0 or ch != out[i - 1])[:2]


def _sounds_like(spelled: list[str], holder: str) -> bool:
    """Whether a name spelled from its script and the table's holder sound alike: the surname's first
    two consonant sounds agree ("Raburofu" and Lavrov, "La Fuluofu" and Lavrov; not "Kyameron" and Cleverly)."""
    here = _skeleton("".join(spelled))
    there = _skeleton(holder.split()[-1])
    if bool(here) and here[:len(there)] == there[:len(here)]:
        return True
    return bool(here) and _particle_surname(holder, here)


def _particle_surname(holder: str, here: str) -> bool:
    """Whether a surname that opens with a particle ("von der Leyen") sounds like the name as
    spelled with its particle ("冯德莱恩", Feng Delaien)."""
    parts = holder.split()
    at = next((k for k, w in enumerate(parts[1:-1], 1) if w.islower()), None)
    if at is None:
        return False
    there = _skeleton("".join(parts[at:]))
    return here[:len(there)] == there[:len(here)]


def _spelled(name: str) -> list[str]:
    """A name spelled with anyascii: a Han name as surname and given name ("Wang Yi", "Xi Jinping"),
    a Hangul one likewise ("Jo Taeyeol"), kana as one word."""
    if all(is_han(ch) for ch in name) \
            or all("\uac00" <= ch <= "\ud7a3" for ch in name):
        parts = [anyascii(ch) for ch in name]
        given = "".join(parts[1:]).lower()
        return [parts[0].capitalize(), given.capitalize()] if given else [parts[0].capitalize()]
    spelled = [w for part in _name_words(name) for w in anyascii(part).split()]
    return [w.capitalize() for w in spelled] or [name]


def bare_foreign_surname(name: str, cfg: BesideRole) -> bool:
    """Whether a name beside a role is a foreign surname alone: one Hangul word that is no home name
    ("바이든"), or katakana with no joiner ("バイデン"). Such a word is a person only when the
    table holds it or it is the surname of someone the article names in full."""
    if not name or any(j in name for j in " " + _NAME_JOINER):
        return False
    if all(is_katakana(ch) or ch == "ー" for ch in name):
        return True
    return bool(cfg.home_surnames) and all("\uac00" <= ch <= "\ud7a3" for ch in name) and not home_name(name, cfg)


def home_name(name: str, cfg: BesideRole) -> bool:
    """Whether a name is likely one of the home country's: in Han letters, or a one-word Hangul
    name of two or three syllables starting with a home surname ("윤석열", not "푸틴")."""
    if not name:
        return False
    if cfg.home_surnames:
        return 2 <= len(name) <= 3 and " " not in name and name[0] in cfg.home_surnames
    return all(is_han(ch) for ch in name)


@cache
def office_words(lang: str) -> frozenset[str]:
    """Every word of the language's role, qualifier and institution phrases, folded ("امنیت", "ملی"
    of "دبیر شورای عالی امنیت ملی"): a run made only of them is a piece of a role, no name."""
    data = resources.load(lang, "roles")
    found: set[str] = set()
    for table in ("roles", "qualifiers", "institutions"):
        for phrase in data.get(table, {}):
            found.update(w for w in fold(phrase).replace("\u200c", " ").split() if len(w) > 1)
    return frozenset(found)


def role_piece(written: list[str], lang: str, cfg: Uncased) -> bool:
    """Whether a candidate name is made only of role or state words ("امنیت ملی")."""
    words = office_words(lang)
    own = [fold(w) for w in written if fold(w) not in cfg.particles]
    return bool(own) and all(w in words or w in cfg.titles for w in own)
