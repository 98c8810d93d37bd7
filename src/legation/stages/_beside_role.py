"""Names written in Han, kana or Hangul right beside a role: "外交部长王毅", "岸田文雄首相", "조태열 외교부 장관".

These scripts have no capital letters to find a name by, and Chinese and Japanese no spaces
to end one. A language opts in with a `[beside_role]` table in its `names.toml`:

- `position = "after"`: the name follows the role chain inside the run ("外交部长王毅表示"): it
  runs from the chain's end to the first stop word, digit, punctuation or name the lexicon
  claims, and counts when it is `min_chars` to `max_chars` letters long ("·" joins the parts
  of a foreign name);
- `position = "before"`: the name ends where the chain starts ("岸田文雄首相", "ラブロフ外相"):
  the Han or katakana letters right before it (Japanese), or the word before it (Korean, whose
  words are spaced); a country right before the name, maybe joined by a connector
  ("中国の王毅外相"), is the one served.

Whom the name is and how it is spelled in Latin letters comes from the office-holders table:
the name as written when the table knows that spelling, else the one holder of the role's
offices for the country on the article's day; else the name is spelled with `anyascii`
(a Han surname first, then the given name in one word: "Wang Yi").
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cache

from anyascii import anyascii

from .. import resources
from ..gazetteer import officials
from ..text.fold import fold, is_katakana, is_unspaced
from ._lexicons import COUNTRY, DEMONYM, PIVOT, ROLE, RoleWords, uncased_letter
from ._name_cases import NameCases
from ._role_chains import Chain, chain_before, resolve
from .entities import NameHit

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
                      frozenset(data.get("home_surnames", [])))


@cache
def _offices(role: str) -> frozenset[str] | None:
    found = resources.load(PIVOT, "roles").get("offices", {}).get(role)
    return frozenset(found) if found else None


@dataclass(frozen=True)
class Found:
    """A name beside a role: `text[start:end]`, the chain, and the country the text gives."""

    start: int
    end: int
    chain: Chain
    country: str | None


def names_beside_roles(text: str, folded: str, hits: list[NameHit], tokens: list[tuple[int, int]],
                       claimed: bytearray, cfg: BesideRole, words: RoleWords, cases: NameCases) -> list[Found]:
    """Every name written beside a role chain, in text order."""
    hits_by_end = {h.end: h for h in hits}
    tok_by_end = {e: i for i, (_, e) in enumerate(tokens)}
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
            first = next((h.start for kind, h in elements if kind == "hit" and h is not None), hit.start)
            span = _before(text, folded, first, claimed, cfg)
        if span is None or span[0] in seen:
            continue
        seen.add(span[0])
        country = None if cfg.after else _country_before(text, folded, span[0], hits_by_end, words)
        out.append(Found(span[0], span[1], chain, country))
    return out


def _after(text: str, folded: str, pos: int, claimed: bytearray, cfg: BesideRole) -> tuple[int, int] | None:
    """The name right after a role inside a run ("王毅" of "外交部长王毅在北京"), or None."""
    start = end = pos
    letters = 0
    while end < len(text):
        ch = text[end]
        if claimed[end] or folded.startswith(cfg.stops, end):
            break
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
        if start == end or claimed[start] or name in cfg.stops or not cfg.min_chars <= end - start <= cfg.max_chars:
            return None
        # A foreign name has its given name before ("블라디미르 푸틴"): a word with no ending of the
        # language's (`word_endings`) joins it.
        first = start - 1
        if first > 0 and text[first] == " ":
            s2 = first
            while s2 > 0 and uncased_letter(text[s2 - 1]):
                s2 -= 1
            word = folded[s2:first]
            if s2 < first and not claimed[s2] and len(word) >= 2 and word not in cfg.stops \
                    and not word.endswith(cfg.word_endings) and (s2 == 0 or not uncased_letter(text[s2 - 1])):
                start = s2
        return start, end
    start = end
    if start > 0 and is_katakana(text[start - 1]):
        # A foreign name in katakana, its parts joined by "・" ("セルゲイ・ラブロフ外相").
        while start > 0 and (is_katakana(text[start - 1]) or text[start - 1] in _NAME_JOINER) \
                and not claimed[start - 1]:
            start -= 1
        while start < end and text[start] in _NAME_JOINER:
            start += 1
        return (start, end) if end - start >= 2 else None
    while start > 0 and uncased_han(text[start - 1]) and not claimed[start - 1] and end - start < cfg.max_chars:
        start -= 1
    while start < end and folded[start] in cfg.prefixes:
        start += 1                      # "新首相", "前外相": no name
    if start == end or folded[start:end] in cfg.stops:
        return None
    return start, end


def _hiragana(ch: str) -> bool:
    return "\u3041" <= ch <= "\u309f"


def _country_before(text: str, folded: str, start: int, hits_by_end: dict[int, NameHit],
                    words: RoleWords) -> str | None:
    """A country named right before a name, maybe joined by a connector ("中国の王毅", "중국 왕이")."""
    pos = start
    while pos > 0 and text[pos - 1] == " ":
        pos -= 1
    for link in ("", *words.connectors):
        if link and not folded.startswith(link, pos - len(link)):
            continue
        hit = hits_by_end.get(pos - len(link))
        if hit is not None and hit.kind in (COUNTRY, DEMONYM) and hit.payload.code:
            return hit.payload.code
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
    offices = _offices(role) if role is not None else None
    if holder is None and offices and day is not None:
        if stated is not None:
            holder = officials.holding(offices, stated, day)
            # Either word may be the surname: "블라디미르 푸틴", but "기시다 후미오" (family name first).
            words = [_spelled(w) for w in name.split()] if " " in name.strip() else [spelled]
            if holder is not None and not any(_sounds_like(w, holder.name) for w in words):
                holder = None         # the table's holder that day is someone else ("キャメロン外相")
        elif fallback is not None:
            holder = officials.holding(offices, fallback, day)
            if holder is not None and not (trusted and _same_initial(spelled[0], holder.name)
                                           or officials.written_as(holder, fold(name))):
                holder = None
    if holder is None and fallback is not None and all(uncased_han(ch) for ch in name):
        holder = officials.written_from(fold(name), fallback, day)     # "茂木外相": 茂木敏充
    if holder is not None:
        return holder.name.split(), holder.country
    return spelled, None


# Letters that spell the same first sound of a surname in different romanisations (조 Jo/Cho, 박 Bak/Park).
_SAME_SOUND = ("jc", "gk", "bp", "dt", "rnl", "yil")


def _same_initial(spelled: str, holder: str) -> bool:
    """Whether a surname as spelled here and the table's name start with the same sound."""
    a, b = spelled[:1].lower(), holder[:1].lower()
    return a == b or any(a in group and b in group for group in _SAME_SOUND)


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
    return bool(here) and here[:len(there)] == there[:len(here)]


def _spelled(name: str) -> list[str]:
    """A name spelled with anyascii: a Han name as surname and given name ("Wang Yi", "Xi Jinping"),
    a Hangul one likewise ("Jo Taeyeol"), kana as one word."""
    if all(is_unspaced(ch) and not is_katakana(ch) and not _hiragana(ch) for ch in name) \
            or all("\uac00" <= ch <= "\ud7a3" for ch in name):
        parts = [anyascii(ch) for ch in name]
        given = "".join(parts[1:]).lower()
        return [parts[0].capitalize(), given.capitalize()] if given else [parts[0].capitalize()]
    spelled = anyascii(name.replace("・", " ").replace("·", " ")).split()
    return [w.capitalize() for w in spelled] or [name]


def uncased_han(ch: str) -> bool:
    """A Han letter (not kana): a name in it is a name of the language's own region."""
    return is_unspaced(ch) and not is_katakana(ch) and not _hiragana(ch)


def home_name(name: str, cfg: BesideRole) -> bool:
    """Whether a name is likely one of the home country's: in Han letters, or a one-word Hangul
    name of two or three syllables starting with a home surname ("윤석열", not "푸틴")."""
    if not name:
        return False
    if cfg.home_surnames:
        return 2 <= len(name) <= 3 and " " not in name and name[0] in cfg.home_surnames
    return all(uncased_han(ch) for ch in name)
