"""Figures that hold up: sums that are no cumulative period, verbs that share their subject, the
figure's own parties against a later clause, headlines, fiscal years, nominal targets, follow-on
sentences, buy/supply verbs and the date of an act. Sentences are invented for these tests."""

from __future__ import annotations

import pytest

from legation import extract


def _figures(lang: str, text: str, published: str) -> list[tuple[object, ...]]:
    doc = extract(text, lang=lang, published=published)
    assert not [f for f in doc.flags if f.severity == "error"], [f.message for f in doc.flags]
    return [(f.metric, f.reporter, f.partner, f.period, f.value) for f in doc.figures]


@pytest.mark.parametrize("lang, text, want", [
    ("tr", "Geçen yıl Türkiye ile Rusya arasındaki ticaret azaldı. Toplamda ticaret hacmi 57 milyar dolar oldu.",
     ("trade_turnover", "TUR", "RUS", "2023", 57e9)),
    ("az", "Ötən il Azərbaycan ilə Rusiya arasında ticarət artıb. Ümumilikdə ticarət dövriyyəsi 4,3 milyard "
           "dollar təşkil edib.", ("trade_turnover", "AZE", "RUS", "2023", 4.3e9)),
])
def test_a_word_of_summing_takes_the_period_of_the_sentence_before(lang: str, text: str,
                                                                     want: tuple[object, ...]) -> None:
    assert _figures(lang, text, "2024-01-20") == [want]


@pytest.mark.parametrize("lang, text, pair", [
    ("de", "Im Jahr 2023 exportierte Deutschland Waren im Wert von 157,9 Milliarden Euro in die USA und "
           "importierte Waren im Wert von 94,7 Milliarden Euro von dort.", ("DEU", "USA")),
    ("ru", "В 2023 году Россия экспортировала в Китай товаров на 129 млрд долларов и импортировала оттуда "
           "продукции на 111 млрд долларов.", ("RUS", "CHN")),
    ("es", "En 2023, España exportó a Marruecos bienes por valor de 12.000 millones de euros e importó desde "
           "allí bienes por 9.500 millones de euros.", ("ESP", "MAR")),
    ("tr", "2023 yılında Türkiye Almanya'ya 21 milyar dolarlık ihracat yaptı, oradan ise 25 milyar dolarlık "
           "ithalat gerçekleştirdi.", ("TUR", "DEU")),
])
def test_coordinated_verbs_share_their_subject_and_there_is_the_partner(lang: str, text: str,
                                                                        pair: tuple[str, str]) -> None:
    got = _figures(lang, text, "2024-02-01")
    assert [(m, r, p) for m, r, p, _, _ in got] == [("exports", *pair), ("imports", *pair)]


@pytest.mark.parametrize("lang, text, want", [
    ("en", "U.S. imports of goods from China fell to $427.2 billion in 2023, as companies shifted purchases "
           "to Mexico.", ("imports", "USA", "CHN")),
    ("en", "China's exports to the United States dropped to $500.3 billion in 2023, as buyers turned to Vietnam.",
     ("exports", "CHN", "USA")),
])
def test_the_figures_own_words_name_its_parties_not_a_later_clause(lang: str, text: str,
                                                                   want: tuple[str, str, str]) -> None:
    assert [f[:3] for f in _figures(lang, text, "2024-02-08")] == [want]


@pytest.mark.parametrize("lang, text, want", [
    ("en", "Japan-Australia trade tops $218 billion\nTrade between Japan and Australia reached $218.2 billion "
           "in 2023, the ministry said.", ("trade_turnover", "JPN", "AUS", "2023", 218.2e9)),
    ("en", "India-US trade reached $244.8 billion in 2024\n\nTrade between India and the United States reached "
           "$244.8 billion in 2024, officials said.", ("trade_turnover", "IND", "USA", "2024", 244.8e9)),
    ("ru", "Товарооборот России и Китая превысил 240 млрд долларов\nТоварооборот России и Китая в 2023 году "
           "составил 240,1 млрд долларов.", ("trade_turnover", "RUS", "CHN", "2023", 240.1e9)),
])
def test_a_headline_repeating_a_body_figure_gives_one_figure_with_both_places(lang: str, text: str,
                                                                             want: tuple[object, ...]) -> None:
    doc = extract(text, lang=lang, published="2025-02-01")
    assert [(f.metric, f.reporter, f.partner, f.period, f.value) for f in doc.figures] == [want]
    fig = doc.figures[0]
    assert len(fig.repeats) == 1 and fig.repeats[0].start < fig.evidence.start


@pytest.mark.parametrize("lang, text", [
    ("es", "El comercio entre India y Rusia alcanzó 65.700 millones de dólares en el ejercicio fiscal indio "
           "2023-2024, concluido en marzo."),
    ("fr", "Les échanges entre l'Inde et la Russie ont atteint 65,7 milliards de dollars au cours de l'année "
           "budgétaire indienne 2023-2024."),
    ("it", "L'interscambio tra India e Russia ha raggiunto 65,7 miliardi di dollari nell'anno fiscale indiano "
           "2023-24."),
    ("nl", "Volgens het ministerie bedroeg de handel tussen India en Rusland 65,7 miljard dollar in het Indiase "
           "boekjaar 2023/24."),
])
def test_a_named_fiscal_year_runs_from_april_to_march(lang: str, text: str) -> None:
    assert _figures(lang, text, "2024-05-01") == [("trade_turnover", "IND", "RUS", "2023-04/2024-03", 65.7e9)]


@pytest.mark.parametrize("lang, text, pair, year", [
    ("ru", "Россия и Иран поставили задачу по доведению товарооборота до 10 млрд долларов к 2025 году.",
     ("RUS", "IRN"), "2025"),
    ("uk", "Україна та Польща мають завдання щодо доведення товарообігу до 15 млрд доларів до 2026 року.",
     ("UKR", "POL"), "2026"),
    ("en", "Leaders restated the goal of lifting trade between India and Russia to $100 billion by 2030.",
     ("IND", "RUS"), "2030"),
])
def test_a_nominal_target_is_a_target_with_its_year(lang: str, text: str, pair: tuple[str, str], year: str) -> None:
    doc = extract(text, lang=lang, published="2024-01-20")
    assert [(f.metric, f.of, f.reporter, f.partner, f.period) for f in doc.figures] == \
        [("target", "trade_turnover", *pair, year)]
    assert not [f for f in doc.flags if f.severity == "error"]


@pytest.mark.parametrize("lang, text, want", [
    ("en", "Trade between China and the United States fell to $575 billion in 2023. A year earlier it was "
           "690.6 billion.", [("CHN", "USA", "2023", 575e9), ("CHN", "USA", "2022", 690.6e9)]),
    ("uk", "Товарообіг України та Польщі у 2023 році склав 12,5 млрд доларів. Роком раніше він становив "
           "10,1 млрд доларів.", [("UKR", "POL", "2023", 12.5e9), ("UKR", "POL", "2022", 10.1e9)]),
    ("ru", "Товарооборот России и Китая в 2023 году составил 240,1 млрд долларов. Годом ранее он составлял "
           "190,3 млрд.", [("RUS", "CHN", "2023", 240.1e9), ("RUS", "CHN", "2022", 190.3e9)]),
])
def test_a_follow_on_sentence_gives_the_previous_years_level(lang: str, text: str,
                                                             want: list[tuple[object, ...]]) -> None:
    got = _figures(lang, text, "2024-02-01")
    assert got == [("trade_turnover", *w) for w in want]


@pytest.mark.parametrize("lang, text, pair", [
    ("ru", "В 2023 году товарооборот России и Индии составил 65,7 млн долларов. Индия закупила в России товаров "
           "на 61,4 млрд долларов, а поставила на российский рынок продукции на 4,3 млрд долларов.", ("IND", "RUS")),
    ("uk", "У 2023 році товарообіг України та Польщі склав 12,5 млн доларів. Україна закупила в Польщі товарів "
           "на 7,4 млрд доларів, а поставила на польський ринок продукції на 5,1 млрд доларів.", ("UKR", "POL")),
])
def test_buying_and_supplying_are_imports_and_exports_and_a_total_in_millions_is_flagged(
        lang: str, text: str, pair: tuple[str, str]) -> None:
    doc = extract(text, lang=lang, published="2024-03-01")
    assert [(f.metric, f.reporter, f.partner) for f in doc.figures][1:] == [("imports", *pair), ("exports", *pair)]
    errors = [f.message for f in doc.flags if f.severity == "error"]
    assert errors and all(str(int(doc.figures[0].value / 1e5) / 10) in m for m in errors), errors


def test_buying_in_a_country_and_delivering_to_it_in_german() -> None:
    text = ("Im Jahr 2023 kaufte Deutschland in China Waren im Wert von 157 Milliarden Euro und lieferte Waren "
            "im Wert von 97 Milliarden Euro nach China.")
    got = _figures("de", text, "2024-03-01")
    assert [f[:3] for f in got] == [("imports", "DEU", "CHN"), ("exports", "DEU", "CHN")]


@pytest.mark.parametrize("lang, text, period", [
    ("en", "The IMF approved on Friday, 31 March, a $15.6 billion loan for Ukraine.", "2023-03"),
    ("ru", "МВФ в пятницу, 31 марта, одобрил кредит Украине на 15,6 млрд долларов.", "2023-03"),
    ("de", "Der IWF hat am Freitag, dem 31. März, einen Kredit über 15,6 Milliarden Dollar für die Ukraine "
           "gebilligt.", "2023-03"),
    ("en", "The IMF approved a $15.6 billion loan for Ukraine.", "2023-04"),
    # The dateline dates the report; the weekday dates the act.
    ("en", "WASHINGTON, April 1 - The IMF board approved on Friday a $15.6 billion loan for Ukraine.", "2023-03"),
    ("fr", "WASHINGTON, 1er avril. Le conseil du FMI a approuvé vendredi un prêt de 15,6 milliards de dollars "
           "à l'Ukraine.", "2023-03"),
])
def test_an_aid_figure_is_of_the_month_of_its_act(lang: str, text: str, period: str) -> None:
    assert _figures(lang, text, "2023-04-01") == [("aid", "IMF", "UKR", period, 15.6e9)]


def test_a_headline_aid_with_no_date_of_its_own_is_the_dated_act_in_the_body() -> None:
    text = ("IMF approves $15.6 billion loan for Ukraine\n"
            "WASHINGTON, April 1 - The IMF board approved on Friday a $15.6 billion loan for Ukraine.")
    assert _figures("en", text, "2023-04-01") == [("aid", "IMF", "UKR", "2023-03", 15.6e9)]


@pytest.mark.parametrize("lang, text, want", [
    ("de", "Im Jahr 2024 wurden Waren im Wert von 161,4 Milliarden Euro von Deutschland in die Vereinigten Staaten "
           "exportiert.", ("exports", "DEU", "USA", "2024", 161.4e9)),
    ("de", "Der Außenhandelsumsatz (Summe aus Exporten und Importen) zwischen Deutschland und den USA betrug im "
           "Jahr 2024 252,8 Milliarden Euro.", ("trade_turnover", "DEU", "USA", "2024", 252.8e9)),
    ("de", "Der Handel zwischen Deutschland und China ist im vergangenen Jahr gesunken. Exporte und Importe "
           "summierten sich auf 253,1 Milliarden Euro.", ("trade_turnover", "DEU", "CHN", "2024", 253.1e9)),
    ("en", "Last year Germany's trade with China shrank. Exports and imports summed to 253.1 billion euros.",
     ("trade_turnover", "DEU", "CHN", "2024", 253.1e9)),
])
def test_the_metric_is_the_amounts_own(lang: str, text: str, want: tuple[object, ...]) -> None:
    got = _figures(lang, text, "2025-02-20")
    assert [(m, *sorted((r, p)), per, v) for m, r, p, per, v in got] == [(want[0], *sorted(want[1:3]), *want[3:])]


@pytest.mark.parametrize("lang, text", [
    ("de", "Im vergangenen Jahr waren die USA erstmals seit 2015 wieder Deutschlands wichtigster Handelspartner. "
           "Exporte und Importe summierten sich auf 252,8 Milliarden Euro."),
    ("en", "Last year the United States was Germany's largest trading partner for the first time since 2015. "
           "Trade totalled 252.8 billion euros."),
])
def test_first_time_since_a_year_is_no_cumulative_period(lang: str, text: str) -> None:
    got = _figures(lang, text, "2025-02-20")
    assert [(m, per, v) for m, _, _, per, v in got] == [("trade_turnover", "2024", 252.8e9)]


@pytest.mark.parametrize("lang, text", [
    ("de", "Der Handel zwischen Deutschland und China summierte sich 2023 auf 253,1 Milliarden Euro. Im Vorjahr "
           "hatte der Handel noch bei 297,7 Milliarden Euro gelegen."),
    ("de", "Im vergangenen Jahr sank der Handel zwischen Deutschland und China auf 253,1 Milliarden Euro. Im "
           "Vorjahr waren es noch 297,7 Milliarden Euro gewesen."),
])
def test_vorjahr_is_the_year_before_the_one_reported(lang: str, text: str) -> None:
    got = _figures(lang, text, "2024-02-15")
    assert [(per, v) for _, _, _, per, v in got] == [("2023", 253.1e9), ("2022", 297.7e9)]


def test_a_flow_naming_only_its_partner_keeps_the_reporter_of_the_passage() -> None:
    text = ("U.S. imports from China fell to $427.2 billion in 2023. Imports from Mexico rose to $475.6 billion, "
            "and Mexico overtook China as the largest source.")
    got = _figures("en", text, "2024-02-08")
    assert [f[:3] for f in got] == [("imports", "USA", "CHN"), ("imports", "USA", "MEX")]


@pytest.mark.parametrize("text", [
    "U.S. imports of goods from China fell to $427.2 billion in 2023, down from $536.8 billion in 2022, as "
    "companies shifted purchases to Mexico.",
    "Mexico overtook China as the largest source of U.S. imports. U.S. imports of goods from China fell to "
    "$427.2 billion in 2023. A year earlier they were $536.8 billion.",
])
def test_a_base_or_follow_on_value_has_the_parties_of_its_level(text: str) -> None:
    got = _figures("en", text, "2024-02-08")
    assert [(m, r, p, per) for m, r, p, per, _ in got] == [("imports", "USA", "CHN", "2023"),
                                                            ("imports", "USA", "CHN", "2022")]


@pytest.mark.parametrize("lang, text, want", [
    ("az", "2023-cü ildə Azərbaycan ilə Rusiya arasında ticarət dövriyyəsi 4,3 milyard dollar olub. Bunun 2,9 milyard "
           "dolları idxalın, 1,4 milyard dolları isə ixracın payına düşüb.",
     ["trade_turnover", "imports", "exports"]),
    ("ru", "В 2023 году товарооборот России и Азербайджана составил 4,3 млрд долларов. На долю российского экспорта "
           "пришлось 2,9 млрд долларов.", ["trade_turnover", "exports"]),
])
def test_a_flows_share_of_the_total_in_money_is_a_figure(lang: str, text: str, want: list[str]) -> None:
    assert [f[0] for f in _figures(lang, text, "2024-02-01")] == want


@pytest.mark.parametrize("lang, text", [
    ("en", "Trade between Kazakhstan and Uzbekistan reached $4.4 billion in 2023. The figures were published by "
           "Kazakhstan's statistics bureau. In 2022 it stood at $4.1 billion."),
    ("ru", "В 2023 году товарооборот между Казахстаном и Узбекистаном составил 4,4 млрд долларов. Об этом "
           "сообщило бюро национальной статистики Казахстана. В 2022 году этот показатель составил 4,1 млрд "
           "долларов."),
    ("az", "2023-cü ildə Qazaxıstan ilə Özbəkistan arasında ticarət dövriyyəsi 4,4 milyard dollar təşkil edib. "
           "Bu barədə Qazaxıstanın statistika bürosu məlumat yayıb. 2022-ci ildə bu göstərici 4,1 milyard dollar "
           "olub."),
])
def test_a_follow_on_level_carries_its_metric_across_a_sentence_naming_the_source(lang: str, text: str) -> None:
    got = sorted(_figures(lang, text, "2024-02-10"), key=lambda f: str(f[3]))
    assert [(m, {r, p}, period, v) for m, r, p, period, v in got] == [
        ("trade_turnover", {"KAZ", "UZB"}, "2022", 4.1e9), ("trade_turnover", {"KAZ", "UZB"}, "2023", 4.4e9)]


@pytest.mark.parametrize("lang, text", [
    ("en", "EU leaders on Thursday approved a support programme for Moldova worth 1.8 billion euros for 2025-2027."),
    ("uk", "Лідери країн ЄС у четвер погодили програму підтримки Молдови на 1,8 млрд євро на 2025–2027 роки."),
    ("ru", "Лидеры стран ЕС в четверг одобрили программу поддержки Молдовы на 1,8 млрд евро на 2025–2027 годы."),
    ("es", "Los líderes de la UE aprobaron el jueves un programa de apoyo a Moldavia de 1.800 millones de euros."),
    ("tr", "AB liderleri perşembe günü Moldova için 1,8 milyar euroluk destek paketini onayladı."),
])
def test_a_support_programme_is_aid_of_the_month_it_was_agreed_in_not_of_its_term(lang: str, text: str) -> None:
    assert _figures(lang, text, "2024-10-10") == [("aid", "EU", "MDA", "2024-10", 1.8e9)]


@pytest.mark.parametrize("lang, text, giver", [
    ("nl", "Nederland zal Oekraïne in 2025 3,5 miljard euro aan militaire steun geven.", "NLD"),
    ("pl", "Polska przekaże Ukrainie w 2025 roku pomoc wojskową o wartości 2 mld euro.", "POL"),
    ("cs", "Česko poskytne Ukrajině v roce 2025 vojenskou pomoc ve výši 500 milionů eur.", "CZE"),
    ("de", "Die Niederlande werden der Ukraine 2025 Militärhilfe in Höhe von 3,5 Milliarden Euro geben.", "NLD"),
])
def test_a_pledge_of_aid_in_the_future_tense_is_aid_not_a_target(lang: str, text: str, giver: str) -> None:
    assert [f[:3] for f in _figures(lang, text, "2024-11-10")] == [("aid", giver, "UKR")]


def test_a_future_doubling_of_trade_is_still_a_target() -> None:
    got = _figures("nl", "Nederland zal de handel met Vietnam in 2030 verdubbelen tot 20 miljard euro.", "2024-11-10")
    assert got == [("target", "NLD", "VNM", "2030", 20e9)]


@pytest.mark.parametrize("published, period", [("2025-05-10", "2024-04/2025-03"), ("2025-02-10", "2023-04/2024-03")])
def test_last_fiscal_year_is_counted_from_the_fiscal_year_of_publication(published: str, period: str) -> None:
    text = "India's trade with the United States rose to $130 billion in the last fiscal year, the ministry said."
    assert _figures("en", text, published) == [("trade_turnover", "IND", "USA", period, 130e9)]
