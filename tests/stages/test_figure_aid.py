"""Aid pledged during a visit (its giver, its receiver, the month of the pledge), currency words several
countries share, and amounts in two scales of a script without spaces. Sentences are written for these
tests from real reported happenings."""

from __future__ import annotations

import pytest

from legation import extract


def _figures(lang: str, text: str, published: str) -> list[tuple[object, ...]]:
    doc = extract(text, lang=lang, published=published)
    assert not [f for f in doc.flags if f.severity == "error"], [f.message for f in doc.flags]
    return [(f.metric, f.reporter, f.partner, f.period, f.value, f.unit) for f in doc.figures]


@pytest.mark.parametrize("lang, published, text, want", [
    # Scholz in Kyiv, 2 December 2024; Trudeau in Kyiv, 10 June 2023; Sunak in Kyiv, 12 January 2024.
    ("de", "2024-12-03", "Bei seinem Besuch in Kiew kündigte Bundeskanzler Olaf Scholz Militärhilfe im Wert von "
                         "650 Millionen Euro für dieses Jahr an.", ("DEU", "UKR", "2024-12", 650e6, "EUR")),
    ("nl", "2024-12-03", "Tijdens zijn bezoek aan Kyiv kondigde de Duitse bondskanselier Olaf Scholz 650 miljoen euro "
                         "aan militaire steun aan, die nog deze maand geleverd wordt.",
     ("DEU", "UKR", "2024-12", 650e6, "EUR")),
    ("en", "2023-06-11", "During his visit to Kyiv, Canadian Prime Minister Justin Trudeau announced 500 million "
                         "Canadian dollars in military aid for this year.", ("CAN", "UKR", "2023-06", 500e6, "CAD")),
    ("ru", "2024-01-13", "Во время визита в Киев премьер-министр Великобритании Риши Сунак объявил о выделении "
                         "2,5 млрд фунтов военной помощи на этот год.", ("GBR", "UKR", "2024-01", 2.5e9, "GBP")),
    ("uk", "2024-01-13", "Прем'єр-міністр Британії Ріші Сунак, який прибув до Києва, оголосив про 2,5 млрд фунтів "
                         "допомоги на цей рік.", ("GBR", "UKR", "2024-01", 2.5e9, "GBP")),
    # Costa in Kyiv, 21 May 2022; Tusk in Kyiv, 22 January 2024; Rutte in Kharkiv, 1 March 2024.
    ("pt", "2022-05-22", "Durante a visita a Kiev, o primeiro-ministro António Costa anunciou um apoio financeiro de "
                         "250 milhões de euros à Ucrânia para este ano.", ("PRT", "UKR", "2022-05", 250e6, "EUR")),
    ("pt", "2022-05-22", "António Costa, que visitou Kiev no sábado, anunciou uma ajuda de 250 milhões de euros.",
     ("PRT", "UKR", "2022-05", 250e6, "EUR")),
    ("pl", "2024-01-23", "Podczas wizyty w Kijowie premier Donald Tusk ogłosił pomoc wojskową dla Ukrainy o wartości "
                         "100 mln euro na ten rok.", ("POL", "UKR", "2024-01", 100e6, "EUR")),
    ("nl", "2024-03-02", "Premier Rutte heeft tijdens zijn bezoek aan Charkiv een steunpakket van 2 miljard euro voor "
                         "2024 aangekondigd.", ("NLD", "UKR", "2024-03", 2e9, "EUR")),
    # Kishida in Kyiv, 21 March 2023.
    ("ja", "2023-03-22", "岸田文雄首相はキーウを訪問し、ウクライナに対し4億7000万ドルの追加支援を表明した。",
     ("JPN", "UKR", "2023-03", 470e6, "USD")),
    # Meloni in Tunis, 17 April 2024.
    ("it", "2024-04-18", "Durante la visita a Tunisi, Giorgia Meloni ha annunciato un sostegno di 105 milioni di euro "
                         "alla Tunisia per quest'anno.", ("ITA", "TUN", "2024-04", 105e6, "EUR")),
])
def test_aid_pledged_during_a_visit_is_the_visitors_of_the_month_of_the_pledge(
        lang: str, published: str, text: str, want: tuple[object, ...]) -> None:
    assert _figures(lang, text, published) == [("aid", *want)]


@pytest.mark.parametrize("lang, published, text, want", [
    # Zelensky in Paris, 16 February 2024; in Madrid, 27 May 2024; in Lisbon, 28 May 2024: the host gives.
    ("fr", "2024-02-17", "Lors de la visite de Volodymyr Zelensky à Paris, Emmanuel Macron a annoncé une aide militaire "
                         "supplémentaire de 3 milliards d'euros pour 2024.", ("FRA", "UKR", "2024-02", 3e9, "EUR")),
    ("es", "2024-05-28", "Durante la visita de Zelenski a Madrid, Pedro Sánchez anunció una ayuda militar de 1.000 "
                         "millones de euros para Ucrania en 2024.", ("ESP", "UKR", "2024-05", 1e9, "EUR")),
    ("pt", "2024-05-29", "Durante a visita de Zelensky a Lisboa, Portugal comprometeu-se a entregar 126 milhões de euros "
                         "em ajuda militar à Ucrânia em 2024.", ("PRT", "UKR", "2024-05", 126e6, "EUR")),
])
def test_aid_pledged_by_the_host_of_a_visit_is_the_hosts(lang: str, published: str, text: str,
                                                         want: tuple[object, ...]) -> None:
    assert _figures(lang, text, published) == [("aid", *want)]


def test_aid_given_in_an_earlier_year_keeps_its_year() -> None:
    text = "In 2022, Canada gave Ukraine 500 million Canadian dollars in military aid."
    assert _figures("en", text, "2024-03-01") == [("aid", "CAN", "UKR", "2022", 500e6, "CAD")]


@pytest.mark.parametrize("text, want", [
    # Saudi-Chinese trade in 2022 (the Saudi statistics authority's figure, in riyals).
    ("بلغ حجم التبادل التجاري بين المملكة العربية السعودية والصين 304 مليارات ريال في عام 2022.",
     ("SAU", "CHN", "SAR")),
    ("بلغ حجم التبادل التجاري بين قطر وتركيا 20 مليار ريال في عام 2022.", ("QAT", "TUR", "QAR")),
    ("بلغ حجم التبادل التجاري بين الكويت ومصر 1.5 مليار دينار في عام 2022.", ("KWT", "EGY", "KWD")),
])
def test_a_currency_word_several_countries_use_is_the_currency_of_the_figures_country(
        text: str, want: tuple[str, str, str]) -> None:
    got = _figures("ar", text, "2023-12-08")
    assert [(m, r, p, period, u) for m, r, p, period, _, u in got] == [("trade_turnover", want[0], want[1], "2022",
                                                                        want[2])]


@pytest.mark.parametrize("lang, text, value", [
    ("ja", "2023年の日本とベトナムの貿易額は4億7000万ドルだった。", 470e6),
    ("ko", "2023년 한국과 몽골의 교역액은 4억7000만 달러였다.", 470e6),
    ("zh", "2023年中国与蒙古的贸易额为4亿7000万美元。", 470e6),
])
def test_an_amount_in_two_scales_written_without_a_space_is_one_amount(lang: str, text: str, value: float) -> None:
    got = _figures(lang, text, "2024-02-01")
    assert [(m, v) for m, _, _, _, v, _ in got] == [("trade_turnover", value)]
