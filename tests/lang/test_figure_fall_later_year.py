"""A fall on the year before stated as a percentage, in own sentences made up for these tests, belongs to the
later of the two years whose levels are given: in a sentence of its own after both levels ("... 64,0 milyar
dolardı. Ticaret hacmi bir önceki yıla göre yüzde 40 azaldı."), after an adjectival year ("a 2022-es 11,5
milliárd dollárról"), or in the later year's own sentence. A percentage the two levels do not bear out is a
`growth_mismatch` error naming both levels; the percentage they bear out gives no error."""

from __future__ import annotations

from legation import extract

from .table import table
from .test_figure_corruption_kinds import PUB, check_consistent

LEVELS_TR = ((64.0e9, "USD", "64,0 milyar"), (53.2e9, "USD", "53,2 milyar"))

FALLS = [
    ("tr", "Türkiye ile Rusya arasındaki ticaret hacmi 2023 yılında 53,2 milyar dolar oldu. Bu rakam 2022 yılında 64,0 "
     "milyar dolardı. Ticaret hacmi bir önceki yıla göre yüzde 40 azaldı.", LEVELS_TR),
    ("tr", "Türkiye ile Rusya arasındaki ticaret hacmi 2022'de 64,0 milyar dolardı. Geçen yıl ise ticaret hacmi yüzde "
     "40 azalarak 53,2 milyar dolara geriledi.", LEVELS_TR),
    ("hu", "Magyarország és Oroszország kereskedelme a 2022-es 11,5 milliárd dollárról 2023-ban 40 százalékkal 9,4 "
     "milliárd dollárra csökkent.", ((11.5e9, "USD", "11,5 milliárd"), (9.4e9, "USD", "9,4 milliárd"))),
    ("kk", "Қазақстан мен Ресей арасындағы тауар айналымы 2022 жылы 26,1 млрд доллар болды. 2023 жылы ол 40 пайызға "
     "азайып, 25,5 млрд долларды құрады.", ((26.1e9, "USD", "26,1 млрд"), (25.5e9, "USD", "25,5 млрд"))),
    ("az", "Azərbaycan ilə Rusiya arasında ticarət dövriyyəsi 2023-cü ildə 4,3 milyard dollar olub. 2022-ci ildə bu "
     "göstərici 4,5 milyard dollar idi. Dövriyyə əvvəlki illə müqayisədə 40 faiz azalıb.",
     ((4.5e9, "USD", "4,5 milyard"), (4.3e9, "USD", "4,3 milyard"))),
]

BORNE_OUT = [
    ("tr", "Türkiye ile Rusya arasındaki ticaret hacmi 2023 yılında 53,2 milyar dolar oldu. Bu rakam 2022 yılında 64,0 "
     "milyar dolardı. Ticaret hacmi bir önceki yıla göre yüzde 16,9 azaldı."),
    ("hu", "Magyarország és Oroszország kereskedelme a 2022-es 11,5 milliárd dollárról 2023-ban 18,3 százalékkal 9,4 "
     "milliárd dollárra csökkent."),
    ("az", "Azərbaycan ilə Rusiya arasında ticarət dövriyyəsi 2023-cü ildə 4,3 milyard dollar olub. 2022-ci ildə bu "
     "göstərici 4,5 milyard dollar idi. Dövriyyə əvvəlki illə müqayisədə 4,4 faiz azalıb."),
]


def check_fall_of_later_year(lang: str, text: str, levels: tuple[tuple[float, str, str], ...]) -> None:
    """The growth is of the later year, and the error compares it with both levels."""
    doc = extract(text, lang=lang, published=PUB)
    growth = [f for f in doc.figures if f.metric == "growth_pct"]
    assert [(g.period, g.value) for g in growth] == [("2023", -40.0)], [f.to_dict() for f in doc.figures]
    found = [f.message for f in doc.flags if f.kind == "growth_mismatch" and f.severity == "error"]
    assert any(all(w in m for _, _, w in levels) for m in found), [(f.kind, f.message) for f in doc.flags]


test_fall_of_later_year = table(check_fall_of_later_year, FALLS)
test_fall_borne_out_unflagged = table(check_consistent, BORNE_OUT)
