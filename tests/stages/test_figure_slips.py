"""Kinds of corruption real articles carry (issue 14), in several languages, each against its
consistent twin: a unit slipped across years, a part in the wrong unit, a value said to have
fallen that rose, and a trade deficit beside its parts (no turnover, no error)."""

from __future__ import annotations

import pytest

from legation import extract

PUBLISHED = "2024-02-10"


def _errors(text: str, lang: str) -> list[str]:
    return [f.message for f in extract(text, lang=lang, published=PUBLISHED).flags if f.severity == "error"]


# (lang, consistent, corrupted, numbers the corrupted one's error names)
CASES = [
    ("en", "Trade between Kazakhstan and Uzbekistan reached $4.2 billion in 2023. In 2022 it stood at $3.8 billion.",
     "Trade between Kazakhstan and Uzbekistan reached $4.2 billion in 2023. In 2022 it stood at $3.8 million.",
     ["4,200.0 M USD", "3.8 M USD", "billion"]),
    ("de", "Der Handelsumsatz zwischen Deutschland und Kasachstan stieg 2023 auf 3,4 Milliarden Euro, "
           "nach 3,1 Milliarden Euro im Vorjahr.",
     "Der Handelsumsatz zwischen Deutschland und Kasachstan stieg 2023 auf 3,4 Millionen Euro, "
     "nach 3,1 Milliarden Euro im Vorjahr.", ["3.4 M EUR", "3,100.0 M EUR"]),
    ("kk", "2023 жылы Қазақстан мен Өзбекстан арасындағы тауар айналымы 4,3 млрд долларды құрады. "
           "2022 жылы бұл көрсеткіш 3,9 млрд доллар болған.",
     "2023 жылы Қазақстан мен Өзбекстан арасындағы тауар айналымы 4,3 млрд долларды құрады. "
     "2022 жылы бұл көрсеткіш 3,9 млн доллар болған.", ["4,300.0 M USD", "3.9 M USD"]),
    ("es", "En 2023, el comercio entre España y Marruecos alcanzó 21.500 millones de euros: las exportaciones "
           "españolas sumaron 12.700 millones de euros y las importaciones 8.800 millones.",
     "En 2023, el comercio entre España y Marruecos alcanzó 21.500 millones de euros: las exportaciones "
     "españolas sumaron 12.700 millones de euros y las importaciones 8,8 millones.", ["8.8 M EUR", "21,500.0 M EUR"]),
    ("fr", "Les importations françaises en provenance de Chine ont baissé en 2023, à 55,2 milliards d'euros, "
           "contre 61,5 milliards d'euros en 2022.",
     "Les importations françaises en provenance de Chine ont baissé en 2023, à 61,5 milliards d'euros, "
     "contre 55,2 milliards d'euros en 2022.", ["61,500.0 M EUR", "55,200.0 M EUR", "baissé"]),
    ("tr", "Türkiye'nin Çin'den ithalatı 2023'te 41,3 milyar dolara geriledi; 2022'de ithalat 45,2 milyar dolar olmuştu.",
     "Türkiye'nin Çin'den ithalatı 2023'te 45,2 milyar dolara geriledi; 2022'de ithalat 41,3 milyar dolar olmuştu.",
     ["45,200.0 M USD", "41,300.0 M USD", "geriledi"]),
    ("ru", "В 2023 году товарооборот между Россией и Казахстаном увеличился на 5,7% по сравнению с 2022 годом, "
           "составив 27,8 млрд долларов. Годом ранее объем взаимной торговли составил 26,3 млрд долларов.",
     "В 2023 году товарооборот между Россией и Казахстаном увеличился на 5,7% по сравнению с 2022 годом, "
     "составив 25,1 млрд долларов. Годом ранее объем взаимной торговли составил 26,3 млрд долларов.",
     ["26,300.0 M USD", "25,100.0 M USD"]),
]


@pytest.mark.parametrize("lang,consistent,corrupted,named", CASES, ids=[c[0] for c in CASES])
def test_the_corrupted_twin_is_an_error_naming_its_numbers_and_the_consistent_one_is_clean(
        lang: str, consistent: str, corrupted: str, named: list[str]) -> None:
    assert _errors(consistent, lang) == []
    errors = _errors(corrupted, lang)
    assert any(all(n in m for n in named) for m in errors), errors


@pytest.mark.parametrize("lang,text", [
    ("de", "Im Jahr 2023 exportierte Deutschland Waren im Wert von 97,3 Milliarden Euro nach China und importierte "
           "Waren im Wert von 155,7 Milliarden Euro. Das Handelsdefizit mit China betrug damit 58,4 Milliarden Euro."),
    ("en", "US exports to China were $147.8 billion in 2023 and imports $427.2 billion. "
           "The deficit in trade with China was $279.4 billion."),
    ("ru", "В 2023 году экспорт России в Китай составил 129,1 млрд долларов, импорт — 111 млрд долларов, "
           "положительное сальдо — 18,1 млрд долларов."),
])
def test_a_trade_balance_is_no_turnover(lang: str, text: str) -> None:
    doc = extract(text, lang=lang, published=PUBLISHED)
    assert [f.metric for f in doc.figures] == ["exports", "imports"]
    assert [f for f in doc.flags if f.severity == "error"] == []


def test_a_rounded_headline_and_the_exact_body_value_are_one_figure() -> None:
    doc = extract("China-Russia trade hits record $240 billion in 2023. Trade between China and Russia reached "
                  "$240.1 billion in 2023, customs data showed.", lang="en", published=PUBLISHED)
    assert [(f.value, len(f.repeats)) for f in doc.figures] == [(240_100_000_000.0, 1)]


@pytest.mark.parametrize("lang,text,period", [
    ("en", "India's trade with Russia reached $65.7 billion in the fiscal year 2023-24.", "2023-04/2024-03"),
    ("ru", "В 2023/24 финансовом году товарооборот России и Индии составил 65,7 млрд долларов.", "2023-04/2024-03"),
    ("az", "2023-cü ildə Azərbaycan ilə Türkiyə arasında ticarət dövriyyəsi ümumilikdə 7,2 milyard dollar təşkil edib.",
     "2023"),
])
def test_periods_of_fiscal_years_and_of_a_years_total(lang: str, text: str, period: str) -> None:
    doc = extract(text, lang=lang, published="2024-06-10")
    assert [f.period for f in doc.figures] == [period]


@pytest.mark.parametrize("lang,text,giver,country", [
    ("en", "The IMF approved a $15.6 billion loan programme for Ukraine in March 2023.", "IMF", "UKR"),
    ("ro", "FMI a aprobat un împrumut de 15,6 miliarde de dolari pentru Ucraina.", "IMF", "UKR"),
])
def test_a_loan_from_an_organisation_is_aid_between_it_and_the_country(lang: str, text: str, giver: str,
                                                                        country: str) -> None:
    doc = extract(text, lang=lang, published="2024-03-20")
    assert [(f.metric, f.reporter, f.partner) for f in doc.figures] == [("aid", giver, country)]
