"""A value of the year before written with its own period word, in own sentences made up for these tests:
Japanese "（前年は2900億ドル）" after the current amount, or a change written onto an amount ("前年比300億ドル減の
3000億ドル"), and Korean "전년에는"/"전년은" at the head of a sentence. The period belongs to the amount that
follows it, not to the one before, so the current and the earlier year's levels are told apart; a stated change
they do not bear out is an error naming both levels, and one they bear out gives none."""

from __future__ import annotations

from legation import extract

from .table import table
from .test_figure_corruption_kinds import PUB, check_consistent

YEARS = [
    ("ja", "日本と中国の2023年の貿易総額は前年比10％減の3000億ドル（前年は2900億ドル）だった。",
     {300e9: "2023", 290e9: "2022"}, ("3000億ドル", "2900億ドル")),
    ("ja", "日本と中国の2023年の貿易総額は前年比300億ドル減の3000億ドルだった。前年は3500億ドルだった。",
     {300e9: "2023", 350e9: "2022"}, ("3000億ドル", "3500億ドル")),
    ("ko", "한국과 중국의 2023년 교역액은 2670억 달러로 집계됐다. 전년에는 3100억 달러였다. 교역액은 전년 대비 30% 감소했다.",
     {267e9: "2023", 310e9: "2022"}, ("2670억 달러", "3100억 달러")),
]

BORNE_OUT = [
    ("ja", "日本と中国の2023年の貿易総額は前年比3.4％増の3000億ドル（前年は2900億ドル）だった。"),
    ("ja", "日本と中国の2023年の貿易総額は前年比500億ドル減の3000億ドルだった。前年は3500億ドルだった。"),
    ("ko", "한국과 중국의 2023년 교역액은 2670억 달러로 집계됐다. 전년은 3100억 달러였다."),
    ("ko", "한국과 중국의 2023년 교역액은 2670억 달러로 집계됐다. 전년에는 3100억 달러였다. 교역액은 전년 대비 13.9% 감소했다."),
]


def check_previous_year(lang: str, text: str, periods: dict[float, str], written: tuple[str, str]) -> None:
    """Each level has its own year, and the stated change is checked against both."""
    doc = extract(text, lang=lang, published=PUB)
    got = {f.value: f.period for f in doc.figures if f.metric == "trade_turnover"}
    assert got == periods, [f.to_dict() for f in doc.figures]
    found = [f.message for f in doc.flags if f.severity == "error" and f.kind in ("growth_mismatch", "change_mismatch")]
    assert any(all(w in m for w in written) for m in found), [(f.kind, f.message) for f in doc.flags]


test_previous_year = table(check_previous_year, YEARS)
test_previous_year_borne_out = table(check_consistent, BORNE_OUT)
