"""Aid parts, all stated, far short of their package because one of them lost a zero ("50 million" for
"500 million"), in own sentences made up for these tests, the parts after "of which" or in the next sentence:
a `scale` error names the part and the value meant, and one repair reads it ten times larger. The same
packages whose parts add up give no error."""

from __future__ import annotations

from legation import extract
from legation.text.numbers import format_amount

from .table import table
from .test_figure_corruption_kinds import PUB, check_consistent

SHORT = [
    ("en", "Japan will provide Egypt with a package of 2.3 billion dollars, of which 1.8 billion dollars in loans and "
     "50 million dollars in grants.", "50 million dollars", 500e6),
    ("en", "Japan announced aid of 2.3 billion dollars to Egypt. The package includes loans of 1.8 billion dollars and "
     "grants of 50 million dollars.", "50 million dollars", 500e6),
    ("de", "Deutschland stellt der Ukraine 2,3 Milliarden Euro bereit, davon 1,8 Milliarden Euro als Kredite und 50 "
     "Millionen Euro als Zuschüsse.", "50 Millionen Euro", 500e6),
    ("ru", "Китай выделит Сербии помощь в размере 3 млрд долларов. В пакет входят кредиты на 2,5 млрд долларов и "
     "гранты на 50 млн долларов.", "50 млн долларов", 500e6),
    ("fr", "L'UE a annoncé un paquet d'aide de 3 milliards d'euros pour la Jordanie. Il comprend 2,5 milliards d'euros "
     "de prêts et 50 millions d'euros de dons.", "50 millions d'euros", 500e6),
    ("tr", "AB, Ürdün'e 3 milyar avroluk yardım paketi açıkladı. Paket 2,5 milyar avroluk kredi ve 50 milyon avroluk "
     "hibeden oluşuyor.", "50 milyon avroluk", 500e6),
    ("ar", "أعلن الاتحاد الأوروبي عن حزمة مساعدات للأردن بقيمة 3 مليارات يورو. وتشمل الحزمة قروضا بقيمة 2.5 مليار "
     "يورو ومنحا بقيمة 50 مليون يورو.", "50 مليون يورو", 500e6),
    ("ja", "日本はエジプトに総額23億ドルを支援する。内訳は円借款18億ドルと無償資金協力5000万ドル。", "5000万ドル", 500e6),
    ("ko", "일본은 이집트에 23억 달러를 지원한다. 이 중 차관은 18억 달러, 무상원조는 5천만 달러다.", "5천만 달러", 500e6),
    ("pl", "UE ogłosiła pakiet pomocy dla Jordanii o wartości 3 mld euro, w tym 2,5 mld euro pożyczek i 50 mln euro "
     "dotacji.", "50 mln euro", 500e6),
]

WHOLE = [
    ("en", "Japan will provide Egypt with a package of 2.3 billion dollars, of which 1.8 billion dollars in loans and "
     "500 million dollars in grants."),
    ("ru", "Китай выделит Сербии помощь в размере 3 млрд долларов. В пакет входят кредиты на 2,5 млрд долларов и "
     "гранты на 500 млн долларов."),
    ("tr", "AB, Ürdün'e 3 milyar avroluk yardım paketi açıkladı. Paket 2,5 milyar avroluk kredi ve 500 milyon avroluk "
     "hibeden oluşuyor."),
    ("ja", "日本はエジプトに総額23億ドルを支援する。内訳は円借款18億ドルと無償資金協力5億ドル。"),
    ("pl", "UE ogłosiła pakiet pomocy dla Jordanii o wartości 3 mld euro, w tym 2,5 mld euro pożyczek i 500 mln euro "
     "dotacji."),
]


def check_digit_repaired(lang: str, text: str, slipped: str, meant: float) -> None:
    """A `scale` error names the short part and the value meant; the one repair gives that value."""
    doc = extract(text, lang=lang, published=PUB)
    errors = [f for f in doc.flags if f.kind == "scale" and f.severity == "error"]
    assert any(slipped in f.message for f in errors), [(f.kind, f.message) for f in doc.flags]
    repairs = [f for f in doc.flags if f.kind == "repair"]
    assert len(repairs) == 1, [(f.kind, f.message) for f in doc.flags]
    assert format_amount(meant, doc.figures[0].unit) in {format_amount(p["value"], p["unit"])
                                                         for p in repairs[0].proposal or []}, repairs[0].proposal


test_part_digit_repaired = table(check_digit_repaired, SHORT)
test_whole_parts_unflagged = table(check_consistent, WHOLE)
