"""The `language` stage: which language an article is written in.

Runs before `clean` (the line classifier needs the language's stop words), so
it reads the raw input. To keep scraper boilerplate (menus, share buttons, a
"trending" list in another language) from outvoting the article, it looks
at the prose lines first: those with several words.

The main model is CLD2 (`pycld2`, about 80 languages, tens of microseconds
for a 3 KB article). Short or unreliable inputs get a second opinion from
`lingua` (low-accuracy mode, loaded once, only when needed). Distinctive
letters from `resources/<lang>/language.toml` settle the close pairs both
models confuse on short text: Azerbaijani/Turkish, Kazakh/Russian,
Ukrainian/Russian.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from .. import resources
from ..document import Document
from ..pipeline import stage
from ..settings import Settings

# CLD2's own codes that are not ISO 639-1.
_CLD2_CODES = {"iw": "he", "jw": "jv", "zh-Hant": "zh", "sr-ME": "sr", "nb": "no"}

# Languages lingua is asked about when CLD2 is unsure: the project's languages
# and their neighbours, plus the world's large news languages.
LINGUA_LANGUAGES = (
    "az", "kk", "tr", "ru", "uk", "en", "de", "fr", "es", "it", "pl", "ar", "fa", "zh",
    "pt", "nl", "be", "bg", "sr", "mk", "hr", "bs", "sl", "cs", "sk", "hu", "ro", "el",
    "sv", "da", "nb", "fi", "et", "lv", "lt", "ka", "hy", "he", "hi", "ur", "ja", "ko",
    "id", "ms", "vi", "sq", "mn",
)

_UNSAFE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")
_NON_LETTERS = re.compile(r"[\W\d_]+")
_PROSE_MIN_WORDS = 5        # a line with fewer words is likely a label or a button
_SAMPLE_CHARS = 3000        # enough for a confident answer; keeps long inputs fast
_LINGUA_CHARS = 400
_SHORT_LETTERS = 60         # below this CLD2 guesses; ask lingua too
_EVIDENCE_DENSITY = 0.008   # share of letters that must be distinctive to overrule the model
_EVIDENCE_MIN = 2
_EXPECTED_MIN_LETTERS = 150  # a text this long always shows its language's expected letters


@dataclass(frozen=True)
class Guess:
    """A language and how sure we are of it, in [0, 1]."""

    code: str | None
    confidence: float


@dataclass(frozen=True)
class _Hints:
    evidence: tuple[tuple[frozenset[str], frozenset[str]], ...]   # (letters, against)
    expected: frozenset[str]
    fallback: str | None


@cache
def _hints() -> dict[str, _Hints]:
    out = {}
    for lang, data in resources.load_all("language").items():
        evidence = tuple((frozenset(e["letters"]), frozenset(e.get("against", ())))
                         for e in data.get("evidence", ()))
        expected = data.get("expected", {})
        out[lang] = _Hints(evidence, frozenset(expected.get("letters", "")), expected.get("fallback"))
    return out


def _letters(text: str) -> int:
    # Word by word: most words are letters alone (str.isalpha, one C call), counted by their
    # length; the regex reads only the rest. Whitespace holds no letter, so the count is the
    # regex's over the whole text, in about half the time.
    count = 0
    for word in text.split():
        count += len(word) if word.isalpha() else len(_NON_LETTERS.sub("", word))
    return count


def _has_letters(text: str, least: int) -> bool:
    """Whether `text` holds `least` letters at least (`_letters(text) >= least`), counted only
    until it does."""
    count = 0
    for word in text.split():
        count += len(word) if word.isalpha() else len(_NON_LETTERS.sub("", word))
        if count >= least:
            return True
    return False


def _prose(text: str) -> str:
    """The lines of `text` that read like prose, or all of it when there are too few."""
    lines = [ln for ln in text.splitlines() if len(ln.split(None, _PROSE_MIN_WORDS - 1)) >= _PROSE_MIN_WORDS]
    prose = "\n".join(lines)
    if not _has_letters(prose[:400], _SHORT_LETTERS):
        return text[:_SAMPLE_CHARS]
    return prose[:_SAMPLE_CHARS]


def _cld2(sample: str) -> tuple[bool, list[tuple[str, int]]]:
    """CLD2's verdict: reliable?, and [(code, percent)] best first, unknowns dropped."""
    import pycld2

    # CLD2 refuses control characters and lone surrogates; it only needs the letters.
    # (Most samples hold none: a search is cheaper than a substitution that finds nothing.)
    data = sample if _UNSAFE.search(sample) is None else _UNSAFE.sub(" ", sample)
    try:
        reliable, _, details = pycld2.detect(data.encode("utf-8", "ignore"), bestEffort=True)
    except pycld2.error:
        return False, []
    ranked = []
    for _name, code, percent, _score in details:
        if code == "un" or code.startswith("xx"):
            continue
        ranked.append((_CLD2_CODES.get(code, code), percent))
    return reliable, ranked


@cache
def _lingua():
    from lingua import IsoCode639_1, Language, LanguageDetectorBuilder

    langs = [Language.from_iso_code_639_1(getattr(IsoCode639_1, c.upper())) for c in LINGUA_LANGUAGES]
    return LanguageDetectorBuilder.from_languages(*langs).with_low_accuracy_mode().build()


def _lingua_ranked(sample: str) -> list[tuple[str, float]]:
    # Lingua's cost grows with length and a few hundred letters are plenty for it.
    values = _lingua().compute_language_confidence_values(sample[:_LINGUA_CHARS])
    return [(v.language.iso_code_639_1.name.lower(), v.value) for v in values[:3] if v.value > 0]


@cache
def _evidence_against(code: str) -> tuple[tuple[str, frozenset[str]], ...]:
    """(language, its distinctive letters) of every neighbour that may overrule `code`."""
    return tuple((lang, chars) for lang, hints in _hints().items()
                 for chars, against in hints.evidence if code in against)


def _letter_override(code: str, sample: str, letters: int) -> str | None:
    """A close neighbour of `code` whose distinctive letters fill the text, if any."""
    best, best_count = None, 0
    for lang, chars in _evidence_against(code):
        count = sum(map(sample.count, chars))
        if count >= _EVIDENCE_MIN and count >= _EVIDENCE_DENSITY * letters and count > best_count:
            best, best_count = lang, count
    return best


def _missing_expected(code: str, sample: str, letters: int) -> bool:
    hints = _hints().get(code)
    if hints is None or not hints.expected or letters < _EXPECTED_MIN_LETTERS:
        return False
    return not any(ch in hints.expected for ch in sample)


def identify_text(text: str, *, allowed: tuple[str, ...] = ()) -> Guess:
    """Identify the language of `text`.

    Args:
        text: an article, raw or cleaned.
        allowed: if not empty, only these ISO codes are considered.

    Returns:
        The ISO 639-1 code (639-3 where there is none) and a confidence in [0, 1];
        code None when the text has no letters to judge by.
    """
    sample = _prose(text)
    letters = _letters(sample)
    if letters == 0:
        return Guess(None, 0.0)
    reliable, ranked = _cld2(sample)
    if allowed:
        ranked = [(c, p) for c, p in ranked if c in allowed]
    code: str | None = ranked[0][0] if ranked else None
    confidence = (ranked[0][1] / 100.0 if ranked else 0.0) * (1.0 if reliable else 0.6)
    if code is None or not reliable or letters < _SHORT_LETTERS:
        second = [(c, v) for c, v in _lingua_ranked(sample) if not allowed or c in allowed]
        if second and (code is None or second[0][0] != code and second[0][1] > confidence):
            code, confidence = second[0]
    if code is None:
        return Guess(None, 0.0)
    if letters < _SHORT_LETTERS:
        confidence *= letters / _SHORT_LETTERS
    neighbour = _letter_override(code, sample, letters)
    if neighbour and (not allowed or neighbour in allowed):
        return Guess(neighbour, max(confidence, 0.9))
    if _missing_expected(code, sample, letters):
        others = [c for c, _ in ranked if c != code]
        fallback = others[0] if others else _hints()[code].fallback
        if fallback and (not allowed or fallback in allowed):
            return Guess(fallback, min(confidence, 0.6))
    return Guess(code, round(min(max(confidence, 0.0), 1.0), 4))


@stage("language", requires=("raw",), assigns=("lang",))
def identify(doc: Document, settings: Settings) -> Document:
    """Set `doc.lang` and `doc.lang_confidence`, unless the caller gave the language."""
    if doc.lang is not None:
        return doc
    guess = identify_text(doc.text or doc.raw, allowed=settings.languages)
    if guess.code is None or (guess.confidence < 0.3 and settings.default_lang):
        doc.lang = settings.default_lang or "en"
        doc.lang_confidence = 0.0
    else:
        doc.lang, doc.lang_confidence = guess.code, guess.confidence
    return doc
