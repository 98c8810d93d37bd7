"""10,000 generated hostile documents through extraction: nothing escapes, every record is
JSON, and none runs past the time budget.

Hostile means what broke legation before: long digit runs (read as infinity), huge
sentences and many numbers in one sentence (time that grew with their square), odd
Unicode (bidi and zero-width marks, combining marks, private use, controls) and deeply
nested markup, mixed into prose that every stage has something to do with.

The run is derandomized (the same 10,000 documents every time), so CI is stable; most
documents are small so that it fits in a few minutes. The budget is the default one
(`Settings.max_seconds`, 30 s). A document here is at most a few tens of kilobytes and
takes milliseconds, so one that is rejected for taking longer than the budget means a
stage went back to growing with the square of its input, not a slow machine.
"""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from legation import InputError, extract
from legation.settings import DEFAULT

EXAMPLES = 10_000

# Prose written for this test, in some of the languages legation reads fully.
PROSE = st.sampled_from([
    "The foreign ministers of Uzbekistan and Kazakhstan met in Tashkent on 3 June 2024.",
    "Trade between Turkey and Azerbaijan reached $6.2 billion in 2023, up 12% from a year earlier.",
    "Exports of Kazakhstan to Belarus were worth 310.4 million dollars in the first half of 2024.",
    "France pledged 20 million euros of aid to Armenia, the French minister said on Monday.",
    "Россия и Казахстан подписали соглашение о сотрудничестве в Астане 5 мая 2024 года.",
    "Товарооборот между Узбекистаном и Россией в 2023 году составил 9,8 млрд долларов.",
    "Azərbaycan və Türkiyə arasında ticarət dövriyyəsi 2024-cü ildə 7,1 milyard dollar təşkil edib.",
    "Deutschland und Polen unterzeichneten am 4. März 2024 in Berlin ein Abkommen.",
    "Türkiye ile Kazakistan arasındaki ticaret hacmi 2023 yılında yüzde 15 arttı.",
])
CLAUSE = "Kazakhstan and Uzbekistan agreed to expand trade and the ministers met in Tashkent on 11 March 2024 "

# Letters enough around a long number that the cleaner keeps its line (a line of mostly
# digits is a price list, dropped as boilerplate before any stage reads it).
FILLER = "The ministers also discussed transport corridors, water management and energy projects. "
DIGIT_RUNS = st.tuples(st.sampled_from(["$", "", "€", "yüzde "]), st.integers(1, 1200),
                       st.sampled_from([" billion", " million dollars", "%", " milyard manat", " млрд", ""])
                       ).map(lambda t: f"Trade reached {t[0]}{'9' * t[1]}{t[2]} in 2023. " + FILLER * (t[1] // 60))
NUMBER = st.sampled_from(["4.1%", "$2.5 billion", "2019", "1 234,5", "17,5 %", "3 times", "0 times",
                          "doubled", "1,234.5 million euros", "0.0000001", "9.99e308", "1e-400",
                          "0%", "-5%", "12,3,4", "2023-cü ildə", "100,000,000,000,000,000,000,000"])
MANY_NUMBERS = st.lists(NUMBER, min_size=20, max_size=200).map(
    lambda xs: "Trade between Kazakhstan and Uzbekistan grew " + ", ".join(f"by {x} in the year before" for x in xs))
ODD = st.text(st.characters(codec="utf-8", categories=("Cf", "Mn", "Co", "So", "Zl", "Zp", "Cc", "Lo")),
              min_size=1, max_size=60)
MARKS = st.sampled_from(["\u200b", "\u200e", "\u202e", "\u2066", "\ufeff", "\u00ad", "\u0301", "\u034f"])
INTERLEAVED = st.tuples(PROSE, MARKS).map(lambda t: t[1].join(t[0]))
HOSTILE = st.one_of(DIGIT_RUNS, MANY_NUMBERS, ODD, INTERLEAVED)
# The costly kinds (tens of milliseconds each), in one document of six.
NESTED = st.tuples(st.integers(1, 400), st.sampled_from(["div", "p", "b", "span", "table"]), PROSE).map(
    lambda t: f"<{t[1]}>" * t[0] + t[2] + f"</{t[1]}>" * t[0])
HUGE_SENTENCE = st.integers(10, 120).map(lambda n: CLAUSE * n)
SEPARATOR = st.sampled_from([" ", "\n", "\n\n", "", " — "])

MIXED = st.lists(st.one_of(PROSE, PROSE, PROSE, HOSTILE), min_size=1, max_size=6)
ONLY_HOSTILE = st.lists(HOSTILE, min_size=1, max_size=3)
HEAVY = st.tuples(PROSE, st.one_of(NESTED, HUGE_SENTENCE)).map(list)
DOCUMENTS = st.one_of(MIXED, MIXED, MIXED, ONLY_HOSTILE, ONLY_HOSTILE, HEAVY).flatmap(
    lambda parts: st.lists(SEPARATOR, min_size=len(parts), max_size=len(parts)).map(
        lambda seps: "".join(p + s for p, s in zip(parts, seps))))


def _refuse(name: str) -> None:
    raise ValueError(f"{name} is not JSON")


def test_hostile_documents_through_extraction() -> None:
    counts = {"records": 0, "refused": 0}

    @settings(max_examples=EXAMPLES, derandomize=True, database=None, deadline=None,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
    @given(DOCUMENTS, st.sampled_from([None, "2024-06-05"]))
    def one(text: str, published: str | None) -> None:
        try:
            doc = extract(text, published=published)
        except InputError:
            counts["refused"] += 1      # empty, binary or too short: a clear, expected refusal
            return
        # A TooSlow (a LegationError) or any other exception escapes and fails the test.
        out = json.dumps(doc.to_dict(), ensure_ascii=False, allow_nan=False)
        assert json.loads(out, parse_constant=_refuse)["text"] == doc.text
        counts["records"] += 1

    one()
    assert DEFAULT.max_seconds > 0
    assert counts["records"] + counts["refused"] >= EXAMPLES
    # Not a pass by refusing everything: most documents went through every stage.
    assert counts["records"] >= EXAMPLES // 2, counts
