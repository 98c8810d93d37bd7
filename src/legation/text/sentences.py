"""The `sentences` stage: sentence boundaries as offsets into the text.

A sentence never crosses a line break (paragraphs and the headline stand
alone). Inside a line, a run of `.`, `!`, `?` or `…` with its closing quotes
and brackets ends a sentence when whitespace and a capitalised word (or a
digit, an opening quote, the end of the line) follow, unless the word before
the dot is an abbreviation from `resources/<lang>/sentences.toml`, an
initial, a dotted acronym ("U.S.", "т.е."), or an ordinal in languages that
write them with a dot ("am 18. Oktober"). A dateline that opens a paragraph
("МОСКВА, 15 ноября.", "БАКУ.") stays with the sentence after it.
Decimals (612.4, 17,5) never qualify: no whitespace follows their dot.
CJK full stops (。！？, with the closing quotes 」』” after them) end a sentence without any whitespace.
A language may end sentences with marks of its own as well (`terminators` in
its sentences.toml: the Greek question mark `;`, the Armenian full stop `։`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from .. import resources
from ..document import Document
from ..pipeline import stage
from ..settings import Settings
from .fold import fold, lower_case, uncased_letter


def _terminator_pattern(marks: str) -> re.Pattern[str]:
    """Marks that may end a sentence: a run of `marks` (`.!?…` and a language's own) with the closing
    quotes after it, before a space or at the end of the line; a run of Han or kana stops with their
    closers; a run of Arabic question marks or Devanagari dandas.

    The pattern opens with one class of every mark, which the regex engine scans for in C; each
    branch then checks by a look-behind that the mark it took is its own (as `[.!?…]+` would).
    """
    ends = f"[{marks}]"
    closers = "[\"'»”’“‘)\\]]"
    return re.compile(rf"[{marks}。！？｡؟।](?:(?<={ends}){ends}*{closers}*(?=\s)|(?<={ends}){ends}*{closers}*$"
                      r"|(?<=[。！？｡])[。！？｡]*[」』”’）》】〕]*|(?<=[؟।])[؟।]*)", re.M)


_TERMINATOR = _terminator_pattern(".!?…")
_CJK_CLOSERS = "」』”’）》】〕"


def _is_hiragana(ch: str) -> bool:
    return "\u3041" <= ch <= "\u309f"


_OPENERS = "\"'«“„‘([¿¡"
_DATELINE_WORDS = 4


@dataclass(frozen=True)
class _Rules:
    abbreviations: frozenset[str]
    after_number: frozenset[str]
    ordinal_dot: bool
    terminator: re.Pattern[str] = _TERMINATOR


def _terminator(marks: list[str]) -> re.Pattern[str]:
    """`_TERMINATOR` with a language's own sentence-ending marks beside `.!?…` (Greek `;`, Armenian `։`)."""
    if not marks:
        return _TERMINATOR
    return _terminator_pattern(".!?…" + "".join(re.escape(m) for m in marks))


@cache
def _rules(lang: str) -> _Rules:
    data = resources.load(lang, "sentences")
    return _Rules(
        abbreviations=frozenset(fold(a).rstrip(".") for a in data.get("abbreviations", ())),
        after_number=frozenset(fold(a).rstrip(".") for a in data.get("after_number", ())),
        ordinal_dot=bool(data.get("ordinal_dot", False)),
        terminator=_terminator(list(data.get("terminators", ()))),
    )


def _word_before(line: str, dot: int) -> tuple[str, str]:
    """The token ending at `line[dot]` (without leading openers) and the token before it."""
    start = dot
    while start > 0 and not line[start - 1].isspace():
        start -= 1
    token = line[start:dot].lstrip(_OPENERS)
    prev_end = start
    while prev_end > 0 and line[prev_end - 1].isspace():
        prev_end -= 1
    prev_start = prev_end
    while prev_start > 0 and not line[prev_start - 1].isspace():
        prev_start -= 1
    return token, line[prev_start:prev_end]


def _next_token(line: str, pos: int) -> str:
    while pos < len(line) and line[pos].isspace():
        pos += 1
    end = pos
    while end < len(line) and not line[end].isspace():
        end += 1
    return line[pos:end]


def _past_closers(line: str, end: int) -> int:
    """Past a spaced closing quote ("important. »"): French typography keeps it with the sentence."""
    pos = end
    while pos < len(line) and line[pos] in " \u00a0\u202f":
        pos += 1
    if pos < len(line) and line[pos] in "»”\"" and (pos + 1 == len(line) or line[pos + 1].isspace()):
        return pos + 1
    return end


def _is_number(token: str) -> bool:
    return bool(token) and token.replace(",", "").replace(".", "").replace("-", "").isdigit()


def _ends_here(line: str, match: re.Match[str], end: int, rules: _Rules) -> bool:
    """Whether the terminator `match` (with closers up to `end`) in `line` ends a sentence."""
    mark = match.group()
    if mark[0] in "。！？｡؟।":
        # A quotation closed and carried on by a kana particle ("「…遺憾だ。」と述べた") goes on.
        return not (len(mark) > 1 and mark[-1] in _CJK_CLOSERS and end < len(line) and _is_hiragana(line[end]))
    nxt = _next_token(line, end)
    if not nxt:
        return True
    first = nxt.lstrip(_OPENERS)[:1]
    if not first:
        return True                        # a lone quote or bracket: let the next sentence start
    if lower_case(first) or first in "-–—,;:)»”،؛":
        return False                       # "т.е. в ...", "«Да!» — заявил он"
    if not mark.startswith(".") or mark.startswith(".."):
        return True
    token, before = _word_before(line, match.start())
    word = fold(token).rstrip(".")
    if not word:
        return True
    if rules.ordinal_dot and word.isdigit() and len(word) <= 3 and first.isalpha():
        return False                       # "am 18. Oktober"
    if word in rules.after_number:
        return _is_number(before) and not first.isdigit()
    if word in rules.abbreviations:
        return False
    letters = word.replace(".", "")
    if len(letters) == 1 and letters.isalpha():
        return False                       # an initial: "J. Smith", "z. B."
    if "." in word and all(len(part) <= 2 for part in word.split(".")):
        return False                       # a dotted acronym: "U.S.", "S.A."
    return True


def _is_dateline(piece: str) -> bool:
    """A paragraph-opening fragment like "МОСКВА, 15 ноября." or "БАКУ."."""
    words = piece.split()
    if not words or len(words) > _DATELINE_WORDS:
        return False
    head = words[0].rstrip(".,")
    if not head[:1].isupper() and lower_case(head[:1]) or not head[:1].isalpha():
        return False
    if any(uncased_letter(ch) for ch in head):
        return False                       # "G7に会談した。": one capital among kana is no dateline
    return head.isupper() and len(head) > 1 or (len(words) > 1 and "," in words[0]
                                               and any(ch.isdigit() for ch in piece))


def split_line(line: str, lang: str) -> list[tuple[int, int]]:
    """Sentence spans within one line of text, offsets relative to the line."""
    rules = _rules(lang)
    spans: list[tuple[int, int]] = []
    start = 0
    for match in rules.terminator.finditer(line):
        end = _past_closers(line, match.end())
        if match.end() <= start or not _ends_here(line, match, end, rules):
            continue
        piece = line[start:end]
        if not any(ch.isalpha() for ch in piece):
            continue                       # "1." opening a list item, a stray "..."
        if not spans and _is_dateline(piece):
            continue
        spans.append((start, end))
        start = end
    if start < len(line):
        spans.append((start, len(line)))
    return [(s, e) for s, e in (_trim(line, s, e) for s, e in spans) if e > s]


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def split_sentences(text: str, lang: str) -> list[tuple[int, int]]:
    """(start, end) of every sentence of `text`, whitespace-trimmed, in order."""
    out: list[tuple[int, int]] = []
    offset = 0
    for line in text.split("\n"):
        if line.strip():
            out.extend((offset + s, offset + e) for s, e in split_line(line, lang))
        offset += len(line) + 1
    return out


@stage("sentences", requires=("text", "lang"), assigns=("sentences",))
def split(doc: Document, settings: Settings) -> Document:
    """Set `doc.sentences` to the sentence spans of `doc.text`."""
    doc.sentences = split_sentences(doc.text, doc.lang or "en")
    return doc
