"""Figures as they come in real reports: relative and compared periods, parties, changes and targets
apart from levels, repeated lines, and plausibility. Sentences are invented for these tests."""

from __future__ import annotations

import pytest

from legation import extract

PUB = "2024-03-10"


def _figures(lang: str, text: str, published: str = PUB) -> list[tuple[object, ...]]:
    doc = extract(text, lang=lang, published=published)
    assert not [f for f in doc.flags if f.severity == "error"], [f.message for f in doc.flags]
    return [(f.metric, f.reporter, f.partner, f.period, f.value) for f in doc.figures]


@pytest.mark.parametrize("lang, text, pair", [
    ("en", "Armenia and Georgia aim to raise bilateral trade to $3 billion by 2027.", ("ARM", "GEO")),
    ("ru", "Армения и Грузия намерены довести товарооборот до 3 млрд долларов к 2027 году.", ("ARM", "GEO")),
    ("uk", "Молдова та Румунія планують наростити товарообіг до 3 млрд доларів до 2027 року.", ("MDA", "ROU")),
    ("az", "Azərbaycan və Gürcüstan arasında ticarət dövriyyəsinin 2027-ci ilə qədər 3 milyard dollara "
           "çatdırılması hədəflənir.", ("AZE", "GEO")),
    ("tr", "Türkiye ile Gürcistan, ticaret hacmini 2027 yılına kadar 3 milyar dolara çıkarmayı hedefliyor.",
     ("TUR", "GEO")),
    ("kk", "Қазақстан мен Өзбекстан тауар айналымын 2027 жылға қарай 3 млрд долларға жеткізуді жоспарлап отыр.",
     ("KAZ", "UZB")),
    ("de", "Österreich und Ungarn wollen den Handel bis 2027 auf 3 Milliarden Euro steigern.", ("AUT", "HUN")),
    ("fr", "La Belgique et le Sénégal visent à porter leurs échanges à 3 milliards d'euros d'ici 2027.",
     ("BEL", "SEN")),
    ("es", "Chile y Perú aspiran a elevar su comercio a 3.000 millones de dólares en 2027.", ("CHL", "PER")),
    ("it", "Italia e Albania puntano a portare l'interscambio a 3 miliardi di euro entro il 2027.", ("ITA", "ALB")),
])
def test_a_target_is_kept_apart_with_the_year_it_is_due(lang: str, text: str, pair: tuple[str, str]) -> None:
    doc = extract(text, lang=lang, published=PUB)
    assert [(f.metric, f.of, f.reporter, f.partner, f.period, f.value) for f in doc.figures] == \
        [("target", "trade_turnover", *pair, "2027", 3e9)]
    assert doc.flags == []          # 2027 is a due date, not a figure's year after publication


@pytest.mark.parametrize("lang, text, pair", [
    ("en", "In 2023 trade between Armenia and Georgia fell by $48.9 million.", ("ARM", "GEO")),
    ("ru", "В 2023 году товарооборот Армении и Грузии сократился на 48,9 млн долларов.", ("ARM", "GEO")),
    ("uk", "У 2023 році товарообіг Молдови та Румунії зменшився на 48,9 млн доларів.", ("MDA", "ROU")),
    ("de", "Der Handel zwischen Österreich und Ungarn sank 2023 um 48,9 Millionen Euro.", ("AUT", "HUN")),
    ("fr", "En 2023, les échanges entre la Belgique et le Sénégal ont baissé de 48,9 millions d'euros.",
     ("BEL", "SEN")),
    ("es", "En 2023 el comercio entre Chile y Perú disminuyó en 48,9 millones de dólares.", ("CHL", "PER")),
    ("it", "Nel 2023 l'interscambio tra Italia e Albania è diminuito di 48,9 milioni di euro.", ("ITA", "ALB")),
])
def test_fell_by_is_a_signed_change_not_a_level(lang: str, text: str, pair: tuple[str, str]) -> None:
    doc = extract(text, lang=lang, published=PUB)
    assert [(f.metric, f.of, f.reporter, f.partner, f.period, f.compared_to, f.value) for f in doc.figures] == \
        [("change", "trade_turnover", *pair, "2023", "2022", -48.9e6)]


def test_rose_to_is_a_level_and_rose_by_a_change() -> None:
    got = _figures("en", "Trade between Armenia and Georgia rose by $200 million in 2023 to $1.4 billion.")
    assert got == [("change", "ARM", "GEO", "2023", 200e6), ("trade_turnover", "ARM", "GEO", "2023", 1.4e9)]


@pytest.mark.parametrize("lang, text", [
    ("en", "Last year trade between Armenia and Georgia reached $1.2 billion."),
    ("ru", "В прошлом году товарооборот Армении и Грузии составил 1,2 млрд долларов."),
    ("uk", "Торік товарообіг між Молдовою та Румунією склав 1,2 млрд доларів."),
    ("az", "Keçən il Azərbaycan ilə Gürcüstan arasında ticarət dövriyyəsi 1,2 milyard dollar olub."),
    ("tr", "Geçen sene Türkiye ile Gürcistan arasındaki ticaret hacmi 1,2 milyar dolar oldu."),
    ("kk", "Өткен жылы Қазақстан мен Өзбекстан арасындағы тауар айналымы 1,2 млрд доллар болды."),
    ("de", "Im vergangenen Jahr erreichte der Handel zwischen Österreich und Ungarn 1,2 Milliarden Euro."),
    ("fr", "L'an dernier, les échanges entre la Belgique et le Sénégal ont atteint 1,2 milliard d'euros."),
    ("es", "El año pasado el comercio entre Chile y Perú alcanzó 1.200 millones de dólares."),
    ("it", "L'anno scorso l'interscambio tra Italia e Albania ha raggiunto 1,2 miliardi di euro."),
])
@pytest.mark.parametrize("published, year", [("2024-03-10", "2023"), ("2021-06-01", "2020")])
def test_last_year_counts_back_from_the_publication_date(lang: str, text: str, published: str, year: str) -> None:
    got = _figures(lang, text, published)
    assert [(g[0], g[3], g[4]) for g in got] == [("trade_turnover", year, 1.2e9)]


@pytest.mark.parametrize("lang, text", [
    ("en", "Trade between Armenia and Georgia grew 9% compared with 2021."),
    ("ru", "Товарооборот Армении и Грузии вырос на 9% по сравнению с 2021 годом."),
    ("de", "Der Handel zwischen Österreich und Ungarn wuchs gegenüber 2021 um 9 %."),
    ("fr", "Les échanges entre la Belgique et le Sénégal ont progressé de 9 % par rapport à 2021."),
    ("az", "Azərbaycan ilə Gürcüstan arasında ticarət dövriyyəsi 2021-ci illə müqayisədə 9% artıb."),
])
def test_a_comparison_year_alone_dates_the_year_after_it(lang: str, text: str) -> None:
    doc = extract(text, lang=lang, published=PUB)
    assert [(f.metric, f.period, f.compared_to, f.value) for f in doc.figures] == [("growth_pct", "2022", "2021", 9.0)]


@pytest.mark.parametrize("lang, text", [
    ("en", "Trade between Armenia and Georgia totalled $1.1 billion in January–November 2024, against "
           "$0.9 billion in the same period of 2023."),
    ("ru", "В январе–ноябре 2024 года товарооборот Армении и Грузии составил 1,1 млрд долларов против "
           "0,9 млрд долларов за январь–ноябрь 2023 года."),
    ("de", "Von Januar bis November 2024 erreichte der Handel zwischen Österreich und Ungarn 1,1 Milliarden Euro, "
           "gegenüber 0,9 Milliarden Euro im Vorjahreszeitraum."),
])
def test_a_range_of_months_carries_each_value_s_own_year(lang: str, text: str) -> None:
    got = _figures(lang, text, "2024-12-20")
    assert sorted((g[3], g[4]) for g in got) == [("2023-01/2023-11", 0.9e9), ("2024-01/2024-11", 1.1e9)]


@pytest.mark.parametrize("lang, text", [
    ("ru", "Экспорт Армении в 2023 году составил 200 млн долл. США."),
    ("ru", "Товарооборот с Арменией в 2023 году составил 1,2 млрд долларов США."),
    ("en", "Exports from Armenia reached US$200 million in 2023."),
    ("fr", "Les exportations arméniennes ont atteint 200 millions de dollars américains en 2023."),
    ("tr", "Ermenistan'ın ihracatı 2023 yılında 200 milyon ABD doları oldu."),
])
def test_a_currency_is_never_a_party(lang: str, text: str) -> None:
    doc = extract(text, lang=lang, published=PUB)
    assert doc.figures and all("USA" not in (f.reporter, f.partner) for f in doc.figures)


@pytest.mark.parametrize("lang, text", [
    ("en", "In an interview with Japanese journalists, the minister said trade between Armenia and Georgia "
           "reached $1.2 billion in 2023."),
    ("en", "Speaking to Japanese journalists, the Armenian minister said trade with Georgia reached "
           "$1.2 billion in 2023."),
    ("en", "During a visit to Japan, the Armenian minister said trade with Georgia reached $1.2 billion in 2023."),
    ("ru", "В интервью японским журналистам министр сообщил, что товарооборот Армении с Грузией в 2023 году "
           "составил 1,2 млрд долларов."),
])
def test_parties_come_from_the_figure_s_clause_not_its_circumstances(lang: str, text: str) -> None:
    assert _figures(lang, text) == [("trade_turnover", "ARM", "GEO", "2023", 1.2e9)]


def test_a_sentence_of_several_partners_gives_each_its_own_figure() -> None:
    got = _figures("en", "Armenia's trade with Georgia reached $1.2 billion in 2023, with Iran $700 million "
                         "and with Turkey $300 million.")
    assert [(g[1], g[2], g[4]) for g in got] == [("ARM", "GEO", 1.2e9), ("ARM", "IRN", 7e8), ("ARM", "TUR", 3e8)]


@pytest.mark.parametrize("lang, text, reporter, partner", [
    ("en", "Italian exports to China reached $20 billion in 2023.", "ITA", "CHN"),
    ("en", "China's imports from Italy reached $20 billion in 2023.", "CHN", "ITA"),
    ("ru", "Экспорт Италии в Китай в 2023 году составил 20 млрд долларов.", "ITA", "CHN"),
    ("de", "Die italienischen Exporte nach China erreichten 2023 20 Milliarden Euro.", "ITA", "CHN"),
    ("fr", "Les exportations italiennes vers la Chine ont atteint 20 milliards d'euros en 2023.", "ITA", "CHN"),
    ("tr", "İtalya'nın Çin'e ihracatı 2023 yılında 20 milyar avro oldu.", "ITA", "CHN"),
    ("kk", "Италияның Қытайға экспорты 2023 жылы 20 млрд еуро болды.", "ITA", "CHN"),
])
def test_exporter_and_destination_keep_their_sides(lang: str, text: str, reporter: str, partner: str) -> None:
    doc = extract(text, lang=lang, published=PUB)
    assert [(f.reporter, f.partner) for f in doc.figures] == [(reporter, partner)]


def test_a_repeated_line_gives_one_figure_with_every_place_as_evidence() -> None:
    line = "Trade between Armenia and Georgia rose to $1.2 billion in 2023."
    text = f"{line}\n\n{line}\n\n{line}\n\nThe figure was published by the statistics office."
    doc = extract(text, lang="en", published=PUB)
    assert len(doc.figures) == 1
    fig = doc.figures[0]
    spans = [fig.evidence] + fig.repeats
    assert [doc.text[e.start:e.end] for e in spans] == ["$1.2 billion"] * 3
    assert len({e.start for e in spans}) == 3
    assert doc.flags == []


def test_the_same_value_in_two_different_sentences_stays_two_figures() -> None:
    text = ("Trade between Armenia and Georgia rose to $1.2 billion in 2023. "
            "Officials said trade between Armenia and Georgia rose to $1.2 billion in 2023 despite the war.")
    assert len(extract(text, lang="en", published=PUB).figures) == 2


def test_a_change_that_fits_its_two_levels_is_no_error_and_one_that_does_not_is() -> None:
    fits = ("Trade between Armenia and Georgia reached $1.2 billion in 2023, $11 billion less than in 2022, "
            "when it stood at $12.2 billion.")
    assert [g[0] for g in _figures("en", fits)] == ["trade_turnover", "change", "trade_turnover"]
    swapped = ("Trade between Armenia and Georgia reached $12.2 billion in 2023, $11 billion less than in 2022, "
               "when it stood at $1.2 billion.")
    doc = extract(swapped, lang="en", published=PUB)
    [flag] = [f for f in doc.flags if f.severity == "error"]
    assert flag.kind == "change_mismatch"
    for words in ("$12.2 billion", "$1.2 billion", "$11 billion", "2022", "2023"):
        assert words in flag.message


def test_a_turnover_a_thousand_times_below_the_investment_stock_names_the_unit_meant() -> None:
    text = ("Trade between Armenia and Georgia reached $1.2 million in 2023, while Armenian investment "
            "in Georgia stood at $2 billion in 2023.")
    doc = extract(text, lang="en", published=PUB)
    [flag] = doc.flags
    assert (flag.kind, flag.severity) == ("scale", "warning")
    assert "$1.2 million" in flag.message and "$2 billion" in flag.message and "billion meant" in flag.message


@pytest.mark.parametrize("lang, text, written", [
    ("en", "Trade between Armenia and Georgia reached $1.5 trillion in 2023.", "$1.5 trillion"),
    ("ru", "Товарооборот Армении и Грузии в 2023 году составил 1,5 трлн долларов.", "1,5 трлн долларов"),
])
def test_a_turnover_beyond_what_two_economies_could_trade_is_an_error(lang: str, text: str, written: str) -> None:
    doc = extract(text, lang=lang, published=PUB)
    [flag] = doc.flags
    assert (flag.kind, flag.severity) == ("implausible", "error")
    assert written in flag.message and "ARM" in flag.message and "GeoNames" in flag.message
    assert "billion meant" in flag.message


def test_a_large_turnover_between_large_economies_is_plausible() -> None:
    assert _figures("en", "Trade between China and the United States reached $690 billion in 2023.") == \
        [("trade_turnover", "CHN", "USA", "2023", 690e9)]


@pytest.mark.parametrize("lang, text, period", [
    ("en", "In 2021–2023, trade between Armenia and Georgia totalled $5 billion.", "2021/2023"),
    ("ru", "В 2021–2023 годах товарооборот Армении и Грузии составил 5 млрд долларов.", "2021/2023"),
    ("tr", "2021-2023 yıllarında Türkiye ile Gürcistan arasındaki ticaret hacmi 5 milyar dolar oldu.", "2021/2023"),
    ("az", "2021-2023-cü illərdə Azərbaycan ilə Gürcüstan arasında ticarət dövriyyəsi 5 milyard dollar olub.",
     "2021/2023"),
    ("kk", "2021-2023 жылдары Қазақстан мен Өзбекстан арасындағы тауар айналымы 5 млрд доллар болды.", "2021/2023"),
    ("en", "From December 2023 to February 2024, trade between Armenia and Georgia totalled $5 billion.",
     "2023-12/2024-02"),
    ("ru", "В декабре 2023 – феврале 2024 года товарооборот Армении и Грузии составил 5 млрд долларов.",
     "2023-12/2024-02"),
    ("de", "Von Dezember 2023 bis Februar 2024 erreichte der Handel zwischen Österreich und Ungarn 5 Milliarden "
           "Euro.", "2023-12/2024-02"),
    ("fr", "De décembre 2023 à février 2024, les échanges entre la Belgique et le Sénégal ont atteint "
           "5 milliards d'euros.", "2023-12/2024-02"),
])
def test_a_range_over_years_carries_both_years(lang: str, text: str, period: str) -> None:
    assert [(g[3], g[4]) for g in _figures(lang, text, "2024-03-20")] == [(period, 5e9)]


@pytest.mark.parametrize("lang, text", [
    ("en", "Trade between Armenia and Georgia reached $1.2 million in 2023. Since 1995 Armenian companies have "
           "invested $2 billion in Georgia."),
    ("ru", "Товарооборот Армении и Грузии в 2023 году составил 1,2 млн долларов. Армянские инвестиции в Грузию "
           "составляют 2 млрд долларов."),
])
def test_a_turnover_far_below_the_investment_stock_is_questioned(lang: str, text: str) -> None:
    doc = extract(text, lang=lang, published=PUB)
    assert [(f.kind, f.severity) for f in doc.flags] == [("scale", "warning")]
    assert "billion meant" in doc.flags[0].message


def test_a_turnover_of_the_investment_s_order_is_not_questioned() -> None:
    doc = extract("Trade between Armenia and Georgia reached $1.2 billion in 2023. Since 1995 Armenian "
                  "companies have invested $2 billion in Georgia.", lang="en", published=PUB)
    assert [f.metric for f in doc.figures] == ["trade_turnover", "investment"] and doc.flags == []
