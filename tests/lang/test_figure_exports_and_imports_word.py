"""A word for "exports and imports" whose first or last part is the word for exports (zh 进出口, ja 輸出入, ko 수출입)
names the turnover, in own sentences made up for these tests: its amount is the total, so an export larger than
it is an error naming both, and exports and imports that fit it give none."""

from __future__ import annotations

from legation import extract
from legation.text.numbers import format_amount

from .table import table
from .test_figure_corruption_kinds import PUB, check_consistent

OVER = [
    ("zh", "2023年中国对东盟进出口6.41万亿元，其中出口7.75万亿元。",
     ((6.41e12, "CNY", "6.41万亿元"), (7.75e12, "CNY", "7.75万亿元"))),
    ("ja", "2023年の日本とベトナムの輸出入総額は5兆円で、このうち輸出は6兆2千億円だった。",
     ((5e12, "JPY", "5兆円"), (6.2e12, "JPY", "6兆2千億円"))),
    ("ko", "2023년 한국과 베트남의 수출입액은 793억 달러로, 이 중 수출은 835억 달러였다.",
     ((79.3e9, "USD", "793억 달러"), (83.5e9, "USD", "835억 달러"))),
]

FIT = [
    ("zh", "2023年中国对东盟进出口6.41万亿元，其中出口3.75万亿元，进口2.66万亿元。"),
    ("ja", "2023年の日本とベトナムの輸出入総額は5兆円で、このうち輸出は2兆8千億円、輸入は2兆2千億円だった。"),
    ("ko", "2023년 한국과 베트남의 수출입액은 793억 달러로, 이 중 수출은 535억 달러, 수입은 258억 달러였다."),
]


def check_turnover_word(lang: str, text: str, numbers: tuple[tuple[float, str, str], ...]) -> None:
    doc = extract(text, lang=lang, published=PUB)
    assert [f.metric for f in doc.figures][:2] == ["trade_turnover", "exports"], [f.to_dict() for f in doc.figures]
    found = [f.message for f in doc.flags if f.severity == "error" and f.kind in ("scale", "sum_mismatch")]
    want = [(format_amount(v, unit), written) for v, unit, written in numbers]
    assert any(all(a in m and w in m for a, w in want) for m in found), [(f.kind, f.message) for f in doc.flags]


test_turnover_word = table(check_turnover_word, OVER)
test_turnover_word_fits = table(check_consistent, FIT)
