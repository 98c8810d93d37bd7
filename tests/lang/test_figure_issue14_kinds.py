"""Figure kinds of issue 14 (own sentences, made up for these tests): imports named by their origin,
aid totals with named parts, growth in a from-to sentence, who gives and who receives aid, Arabic
amounts, and aid listed by year; and the error flags these make possible."""

from __future__ import annotations

from legation import extract

from .figure_rows import check_directions, check_figures
from .table import table


def check_flagged(lang: str, published: str, text: str, kind: str, numbers: tuple[str, ...]) -> None:
    """An error flag of `kind` is raised, and its message names each of `numbers` as the checks write them."""
    doc = extract(text, lang=lang, published=published)
    errors = [f for f in doc.flags if f.severity == "error" and f.kind == kind]
    assert errors, ([(f.kind, f.severity, f.message) for f in doc.flags],
                    [(f.metric, f.reporter, f.partner, f.value, f.period) for f in doc.figures])
    assert any(all(n in f.message for n in numbers) for f in errors), [f.message for f in errors]


def check_no_warning(lang: str, published: str, text: str, expected: list[tuple[str, set[str], str | None, float, str]]) -> None:
    """The expected figures are read, with no flag at all (no error, no "stated twice" warning)."""
    check_figures(lang, published, text, expected)
    doc = extract(text, lang=lang, published=published)
    assert not doc.flags, [(f.kind, f.message) for f in doc.flags]


# 1. Imports phrased by their origin: the importer reports, the origin is the partner; purchases are imports.
ORIGINS = [
    ("fr", "2024-04-02",
     "En 2023, les échanges entre le Portugal et le Brésil ont atteint 5,8 milliards d'euros : les importations "
     "portugaises en provenance du Brésil se sont élevées à 3,5 milliards et les exportations vers le Brésil à "
     "2,3 milliards.",
     [("trade_turnover", "PRT", "BRA"), ("imports", "PRT", "BRA"), ("exports", "PRT", "BRA")]),
    ("fr", "2024-04-02",
     "En 2023, les achats de la Suisse à l'Inde ont atteint 2,6 milliards d'euros.",
     [("imports", "CHE", "IND")]),
    ("es", "2024-04-02",
     "En 2023, las importaciones peruanas procedentes de Japón sumaron 2.300 millones de dólares y las "
     "exportaciones a Japón 3.100 millones.",
     [("imports", "PER", "JPN"), ("exports", "PER", "JPN")]),
    ("it", "2024-04-02",
     "Nel 2023 le importazioni spagnole dalla Grecia sono state pari a 2,2 miliardi di euro e le esportazioni "
     "verso la Grecia a 3,9 miliardi.",
     [("imports", "ESP", "GRC"), ("exports", "ESP", "GRC")]),
    ("it", "2024-04-02",
     "Nel 2023 le importazioni olandesi dall'Egitto hanno raggiunto 1,4 miliardi di euro.",
     [("imports", "NLD", "EGY")]),
    ("pt", "2024-04-02",
     "Em 2023, as importações chilenas provenientes do Peru somaram 1,9 mil milhões de dólares e as exportações "
     "para o Peru 2,4 mil milhões.",
     [("imports", "CHL", "PER"), ("exports", "CHL", "PER")]),
    ("de", "2024-04-02",
     "2023 beliefen sich die tschechischen Einfuhren aus Ungarn auf 6,3 Milliarden Euro und die Ausfuhren "
     "nach Ungarn auf 7,7 Milliarden Euro.",
     [("imports", "CZE", "HUN"), ("exports", "CZE", "HUN")]),
]

ORIGINS += [
    # Purchases name the seller after "to": "compras de México a Corea" are Mexico's imports from Korea.
    ("es", "2024-04-02", "En 2023, las compras de Colombia a Japón sumaron 2.700 millones de dólares.",
     [("imports", "COL", "JPN")]),
    ("pt", "2024-04-02", "Em 2023, as compras de Angola à China somaram 9,2 mil milhões de dólares.",
     [("imports", "AGO", "CHN")]),
]

test_imports_by_origin = table(check_directions, ORIGINS)


# 2. An aid total with named parts: the total and each part are aid of the same giver, receiver and period;
# parts that add up give no flag at all.
PARTS = [
    ("en", "2024-06-12",
     "The European Commission unveiled a package of 9.6 billion euros for Tunisia, of which 6.2 billion in "
     "grants and 3.4 billion in loans.",
     [("aid", {"EC", "TUN"}, "2024-06", 9.6e9, "EUR"), ("aid", {"EC", "TUN"}, "2024-06", 6.2e9, "EUR"),
      ("aid", {"EC", "TUN"}, "2024-06", 3.4e9, "EUR")]),
    ("pl", "2024-06-12",
     "Japonia przekaże Filipinom pakiet o wartości 7,5 mld dolarów, z czego 5,1 mld w dotacjach i 2,4 mld "
     "w pożyczkach.",
     [("aid", {"JPN", "PHL"}, "2024-06", 7.5e9, "USD"), ("aid", {"JPN", "PHL"}, "2024-06", 5.1e9, "USD"),
      ("aid", {"JPN", "PHL"}, "2024-06", 2.4e9, "USD")]),
    ("de", "2024-06-12",
     "Norwegen stellt Kenia ein Paket von 3,3 Milliarden Euro bereit, davon 2,1 Milliarden als Zuschüsse "
     "und 1,2 Milliarden als Kredite.",
     [("aid", {"NOR", "KEN"}, "2024-06", 3.3e9, "EUR"), ("aid", {"NOR", "KEN"}, "2024-06", 2.1e9, "EUR"),
      ("aid", {"NOR", "KEN"}, "2024-06", 1.2e9, "EUR")]),
    ("fr", "2024-06-12",
     "Le Canada a annoncé une enveloppe de 4,7 milliards de dollars pour le Sénégal, dont 3,2 milliards en "
     "dons et 1,5 milliard en prêts.",
     [("aid", {"CAN", "SEN"}, "2024-06", 4.7e9, "USD"), ("aid", {"CAN", "SEN"}, "2024-06", 3.2e9, "USD"),
      ("aid", {"CAN", "SEN"}, "2024-06", 1.5e9, "USD")]),
    ("ru", "2024-06-12",
     "Китай выделит Лаосу пакет помощи на 2,8 млрд долларов, из них 1,6 млрд в виде грантов и 1,2 млрд в "
     "виде кредитов.",
     [("aid", {"CHN", "LAO"}, "2024-06", 2.8e9, "USD"), ("aid", {"CHN", "LAO"}, "2024-06", 1.6e9, "USD"),
      ("aid", {"CHN", "LAO"}, "2024-06", 1.2e9, "USD")]),
    ("it", "2024-06-12",
     "La Corea del Sud ha annunciato un pacchetto di 6,4 miliardi di euro per il Vietnam, di cui 4,1 miliardi "
     "in sovvenzioni e 2,3 miliardi in prestiti.",
     [("aid", {"KOR", "VNM"}, "2024-06", 6.4e9, "EUR"), ("aid", {"KOR", "VNM"}, "2024-06", 4.1e9, "EUR"),
      ("aid", {"KOR", "VNM"}, "2024-06", 2.3e9, "EUR")]),
    ("es", "2024-06-12",
     "Suecia anunció un paquete de 5.900 millones de euros para Bolivia, de los cuales 3.700 millones en "
     "subvenciones y 2.200 millones en préstamos.",
     [("aid", {"SWE", "BOL"}, "2024-06", 5.9e9, "EUR"), ("aid", {"SWE", "BOL"}, "2024-06", 3.7e9, "EUR"),
      ("aid", {"SWE", "BOL"}, "2024-06", 2.2e9, "EUR")]),
]

PARTS += [
    # Parts named only by a kind of aid ("aan leningen", "sub formă de granturi", "em subvenções").
    ("nl", "2024-06-12",
     "Zweden kondigde een pakket van 4,4 miljard euro voor Kenia aan, waarvan 3,1 miljard aan schenkingen "
     "en 1,3 miljard aan leningen.",
     [("aid", {"SWE", "KEN"}, "2024-06", 4.4e9, "EUR"), ("aid", {"SWE", "KEN"}, "2024-06", 3.1e9, "EUR"),
      ("aid", {"SWE", "KEN"}, "2024-06", 1.3e9, "EUR")]),
    ("ro", "2024-06-12",
     "Japonia a anunțat un pachet de 4,4 miliarde de euro pentru Republica Moldova, din care 3,1 miliarde sub "
     "formă de granturi și 1,3 miliarde sub formă de împrumuturi.",
     [("aid", {"JPN", "MDA"}, "2024-06", 4.4e9, "EUR"), ("aid", {"JPN", "MDA"}, "2024-06", 3.1e9, "EUR"),
      ("aid", {"JPN", "MDA"}, "2024-06", 1.3e9, "EUR")]),
    ("pt", "2024-06-12",
     "O Canadá anunciou um pacote de 4,4 mil milhões de dólares para Moçambique, dos quais 3,1 mil milhões em "
     "subvenções e 1,3 mil milhões em empréstimos.",
     [("aid", {"CAN", "MOZ"}, "2024-06", 4.4e9, "USD"), ("aid", {"CAN", "MOZ"}, "2024-06", 3.1e9, "USD"),
      ("aid", {"CAN", "MOZ"}, "2024-06", 1.3e9, "USD")]),
]

test_aid_parts = table(check_no_warning, PARTS)


FLAGGED = [
    # A part larger than the turnover it belongs to, once imports by origin are read.
    ("fr", "2024-04-02",
     "En 2023, les échanges entre le Portugal et le Brésil ont atteint 5,8 milliards d'euros : les importations "
     "portugaises en provenance du Brésil se sont élevées à 6,5 milliards et les exportations vers le Brésil à "
     "2,3 milliards.", "scale", ("5,800.0 M EUR", "6,500.0 M EUR")),
    ("es", "2024-04-02",
     "En 2023, el comercio entre Perú y Japón alcanzó 4.400 millones de dólares: las importaciones peruanas "
     "procedentes de Japón sumaron 5.300 millones y las exportaciones a Japón 3.100 millones.",
     "scale", ("4,400.0 M USD", "5,300.0 M USD")),
    ("it", "2024-04-02",
     "Nel 2023 l'interscambio tra Spagna e Grecia ha raggiunto 6,1 miliardi di euro: le importazioni spagnole "
     "dalla Grecia sono state pari a 7,2 miliardi e le esportazioni verso la Grecia a 3,9 miliardi.",
     "scale", ("6,100.0 M EUR", "7,200.0 M EUR")),
    ("pt", "2024-04-02",
     "Em 2023, o comércio entre o Chile e o Peru atingiu 4,3 mil milhões de dólares: as importações chilenas "
     "provenientes do Peru somaram 4,9 mil milhões e as exportações para o Peru 2,4 mil milhões.",
     "scale", ("4,300.0 M USD", "4,900.0 M USD")),
    ("de", "2024-04-02",
     "2023 erreichte der Handel zwischen Tschechien und Ungarn 14 Milliarden Euro: die tschechischen Einfuhren "
     "aus Ungarn beliefen sich auf 16,3 Milliarden Euro und die Ausfuhren nach Ungarn auf 7,7 Milliarden Euro.",
     "scale", ("14,000.0 M EUR", "16,300.0 M EUR")),
    # Parts of an aid total that do not add up to it.
    ("en", "2024-06-12",
     "The European Commission unveiled a package of 9.6 billion euros for Tunisia, of which 6.2 billion in "
     "grants and 4.4 billion in loans.", "sum_mismatch", ("6,200.0 M EUR", "4,400.0 M EUR", "9,600.0 M EUR")),
    ("pl", "2024-06-12",
     "Japonia przekaże Filipinom pakiet o wartości 7,5 mld dolarów, z czego 5,1 mld w dotacjach i 3,4 mld "
     "w pożyczkach.", "sum_mismatch", ("5,100.0 M USD", "3,400.0 M USD", "7,500.0 M USD")),
    ("fr", "2024-06-12",
     "Le Canada a annoncé une enveloppe de 4,7 milliards de dollars pour le Sénégal, dont 3,2 milliards en "
     "dons et 2,5 milliards en prêts.", "sum_mismatch", ("3,200.0 M USD", "2,500.0 M USD", "4,700.0 M USD")),
    ("ru", "2024-06-12",
     "Китай выделит Лаосу пакет помощи на 2,8 млрд долларов, из них 1,6 млрд в виде грантов и 2,2 млрд в "
     "виде кредитов.", "sum_mismatch", ("1,600.0 M USD", "2,200.0 M USD", "2,800.0 M USD")),
    ("it", "2024-06-12",
     "La Corea del Sud ha annunciato un pacchetto di 6,4 miliardi di euro per il Vietnam, di cui 4,1 miliardi "
     "in sovvenzioni e 3,3 miliardi in prestiti.", "sum_mismatch", ("4,100.0 M EUR", "3,300.0 M EUR")),
    ("es", "2024-06-12",
     "Suecia anunció un paquete de 5.900 millones de euros para Bolivia, de los cuales 3.700 millones en "
     "subvenciones y 3.200 millones en préstamos.", "sum_mismatch", ("3,700.0 M EUR", "3,200.0 M EUR")),
]

FLAGGED += [
    ("nl", "2024-06-12",
     "Zweden kondigde een pakket van 4,4 miljard euro voor Kenia aan, waarvan 3,1 miljard aan schenkingen "
     "en 2,3 miljard aan leningen.", "sum_mismatch", ("3,100.0 M EUR", "2,300.0 M EUR", "4,400.0 M EUR")),
    ("pt", "2024-06-12",
     "O Canadá anunciou um pacote de 4,4 mil milhões de dólares para Moçambique, dos quais 3,1 mil milhões em "
     "subvenções e 2,3 mil milhões em empréstimos.", "sum_mismatch", ("3,100.0 M USD", "2,300.0 M USD")),
]

test_flagged = table(check_flagged, FLAGGED)


# 3. A growth rate in a from-to sentence: of the later period, measured against the earlier one.
FROM_TO = [
    ("en", "2024-05-10",
     "Trade between Chile and Peru fell 9 % from 41.3 billion dollars in 2021 to 37.6 billion in 2022.",
     [("growth_pct", {"CHL", "PER"}, "2022", -9, "percent"),
      ("trade_turnover", {"CHL", "PER"}, "2021", 41.3e9, "USD"),
      ("trade_turnover", {"CHL", "PER"}, "2022", 37.6e9, "USD")]),
    ("tr", "2024-05-10",
     "Türkiye ile Mısır arasındaki ticaret hacmi 2022'deki 7,7 milyar dolardan yüzde 9 azalarak 2023'te "
     "7 milyar dolara geriledi.",
     [("growth_pct", {"TUR", "EGY"}, "2023", -9, "percent"),
      ("trade_turnover", {"TUR", "EGY"}, "2022", 7.7e9, "USD"),
      ("trade_turnover", {"TUR", "EGY"}, "2023", 7e9, "USD")]),
    ("ru", "2024-05-10",
     "Товарооборот между Россией и Ираном снизился на 9 % с 4,4 млрд долларов в 2022 году до 4,0 млрд "
     "долларов в 2023 году.",
     [("growth_pct", {"RUS", "IRN"}, "2023", -9, "percent"),
      ("trade_turnover", {"RUS", "IRN"}, "2022", 4.4e9, "USD"),
      ("trade_turnover", {"RUS", "IRN"}, "2023", 4e9, "USD")]),
    ("uk", "2024-05-10",
     "Товарообіг між Україною та Литвою зменшився на 8 % з 2,5 млрд доларів у 2022 році до 2,3 млрд доларів "
     "у 2023 році.",
     [("growth_pct", {"UKR", "LTU"}, "2023", -8, "percent"),
      ("trade_turnover", {"UKR", "LTU"}, "2022", 2.5e9, "USD"),
      ("trade_turnover", {"UKR", "LTU"}, "2023", 2.3e9, "USD")]),
    ("kk", "2024-05-10",
     "Қазақстан мен Қытай арасындағы тауар айналымы 2022 жылғы 24,1 млрд доллардан 29 пайызға өсіп, 2023 жылы "
     "31,1 млрд долларға жетті.",
     [("growth_pct", {"KAZ", "CHN"}, "2023", 29, "percent"),
      ("trade_turnover", {"KAZ", "CHN"}, "2022", 24.1e9, "USD"),
      ("trade_turnover", {"KAZ", "CHN"}, "2023", 31.1e9, "USD")]),
    ("pl", "2024-05-10",
     "Obroty handlowe Polski z Indiami wzrosły o 10 proc. z 3,0 mld dolarów w 2022 r. do 3,3 mld dolarów "
     "w 2023 r.",
     [("growth_pct", {"POL", "IND"}, "2023", 10, "percent"),
      ("trade_turnover", {"POL", "IND"}, "2022", 3e9, "USD"),
      ("trade_turnover", {"POL", "IND"}, "2023", 3.3e9, "USD")]),
    ("fr", "2024-05-10",
     "Les échanges entre la France et l'Inde ont progressé de 8 % de 12,1 milliards d'euros en 2022 à "
     "13,1 milliards d'euros en 2023.",
     [("growth_pct", {"FRA", "IND"}, "2023", 8, "percent"),
      ("trade_turnover", {"FRA", "IND"}, "2022", 12.1e9, "EUR"),
      ("trade_turnover", {"FRA", "IND"}, "2023", 13.1e9, "EUR")]),
]

FROM_TO += [
    ("kk", "2024-05-10",
     "Қазақстан мен Түркия арасындағы тауар айналымы 2022 жылғы 6,3 млрд доллардан 2023 жылы 7,4 млрд "
     "долларға дейін 17,5%-ға өсті.",
     [("growth_pct", {"KAZ", "TUR"}, "2023", 17.5, "percent"),
      ("trade_turnover", {"KAZ", "TUR"}, "2022", 6.3e9, "USD"),
      ("trade_turnover", {"KAZ", "TUR"}, "2023", 7.4e9, "USD")]),
    ("ru", "2024-05-10",
     "Товарооборот России и Монголии в 2023 году вырос на 17 % — с 1,8 млрд до 2,1 млрд долларов.",
     [("growth_pct", {"RUS", "MNG"}, "2023", 17, "percent"),
      ("trade_turnover", {"RUS", "MNG"}, "2022", 1.8e9, "USD"),
      ("trade_turnover", {"RUS", "MNG"}, "2023", 2.1e9, "USD")]),
]

FROM_TO += [
    # The level moved to with no year of its own is of the sentence's period, not of the "from" amount's year.
    ("it", "2024-05-10",
     "Nel 2023 l'interscambio tra Italia e Marocco è cresciuto del 12% passando da 6,5 miliardi di euro nel "
     "2022 a 7,3 miliardi.",
     [("growth_pct", {"ITA", "MAR"}, "2023", 12, "percent"),
      ("trade_turnover", {"ITA", "MAR"}, "2022", 6.5e9, "EUR"),
      ("trade_turnover", {"ITA", "MAR"}, "2023", 7.3e9, "EUR")]),
]

test_growth_from_to = table(check_figures, FROM_TO)

FROM_TO_FLAGGED = [
    ("en", "2024-05-10",
     "Trade between Chile and Peru fell 19 % from 41.3 billion dollars in 2021 to 37.6 billion in 2022.",
     "growth_mismatch", ("41,300.0 M USD", "37,600.0 M USD", "-19.0 %")),
    ("tr", "2024-05-10",
     "Türkiye ile Mısır arasındaki ticaret hacmi 2022'deki 7,7 milyar dolardan yüzde 19 azalarak 2023'te "
     "7 milyar dolara geriledi.", "growth_mismatch", ("7,700.0 M USD", "7,000.0 M USD", "-19.0 %")),
    ("ru", "2024-05-10",
     "Товарооборот между Россией и Ираном снизился на 19 % с 4,4 млрд долларов в 2022 году до 4,0 млрд "
     "долларов в 2023 году.", "growth_mismatch", ("4,400.0 M USD", "4,000.0 M USD", "-19.0 %")),
    ("uk", "2024-05-10",
     "Товарообіг між Україною та Литвою зменшився на 18 % з 2,5 млрд доларів у 2022 році до 2,3 млрд доларів "
     "у 2023 році.", "growth_mismatch", ("2,500.0 M USD", "2,300.0 M USD", "-18.0 %")),
    # The bare first amount of "з X млрд до Y млрд доларів" is in the second's currency, and "до" is "to".
    ("uk", "2024-05-10",
     "Торік товарообіг України з Литвою скоротився на 18 % — з 2,5 млрд до 2,3 млрд доларів.",
     "growth_mismatch", ("2,500.0 M USD", "2,300.0 M USD", "-18.0 %")),
    ("ru", "2024-05-10",
     "Товарооборот России и Монголии в 2023 году вырос на 31 % — с 1,8 млрд до 2,1 млрд долларов.",
     "growth_mismatch", ("1,800.0 M USD", "2,100.0 M USD", "+31.0 %")),
    # The year written right before an amount "from" which the level moved (ablative) is that amount's.
    ("kk", "2024-05-10",
     "Қазақстан мен Түркия арасындағы тауар айналымы 2022 жылғы 6,3 млрд доллардан 2023 жылы 7,4 млрд "
     "долларға дейін 27%-ға өсті.", "growth_mismatch", ("6,300.0 M USD", "7,400.0 M USD", "+27.0 %")),
    ("kk", "2024-05-10",
     "Қазақстан мен Қытай арасындағы тауар айналымы 2022 жылғы 24,1 млрд доллардан 19 пайызға өсіп, 2023 жылы "
     "31,1 млрд долларға жетті.", "growth_mismatch", ("24,100.0 M USD", "31,100.0 M USD", "+19.0 %")),
    ("pl", "2024-05-10",
     "Obroty handlowe Polski z Indiami wzrosły o 30 proc. z 3,0 mld dolarów w 2022 r. do 3,3 mld dolarów "
     "w 2023 r.", "growth_mismatch", ("3,000.0 M USD", "3,300.0 M USD", "+30.0 %")),
    ("it", "2024-05-10",
     "L'interscambio tra Italia e India è cresciuto del 25 % da 12,1 miliardi di euro nel 2022 a 13,1 miliardi "
     "di euro nel 2023.", "growth_mismatch", ("12,100.0 M EUR", "13,100.0 M EUR", "+25.0 %")),
]

FROM_TO_FLAGGED += [
    ("it", "2024-05-10",
     "Nel 2023 l'interscambio tra Italia e Marocco è cresciuto del 22% passando da 6,5 miliardi di euro nel "
     "2022 a 7,3 miliardi.", "growth_mismatch", ("6,500.0 M EUR", "7,300.0 M EUR", "+22.0 %")),
]

test_growth_from_to_flagged = table(check_flagged, FROM_TO_FLAGGED)


# 4. Who gives and who receives: the announcing official's side gives, the country marked as the goal
# receives (never swapped, also when the receiver's president met the official); a bank the money goes
# through is neither; a Commission official announcing the Union's money gives as the Commission.
def check_givers(lang: str, published: str, text: str, expected: list[tuple[str, str, str]]) -> None:
    """Every expected `(metric, giver, receiver)` is read in that order, and no figure names another party."""
    check_directions(lang, published, text, expected)
    doc = extract(text, lang=lang, published=published)
    named = {c for _, g, r in expected for c in (g, r)}
    assert all({f.reporter, f.partner} <= named for f in doc.figures), [(f.reporter, f.partner) for f in doc.figures]


GIVERS = [
    ("uk", "2024-07-03",
     "Президент Грузії зустрівся з держсекретарем США, який оголосив про виділення Грузії 95 мільйонів доларів.",
     [("aid", "USA", "GEO")]),
    ("uk", "2024-07-03",
     "Прем'єр-міністр Молдови зустрівся з міністром закордонних справ Японії. Міністр оголосив про виділення "
     "45 мільйонів доларів для Молдови.",
     [("aid", "JPN", "MDA")]),
    ("ru", "2024-07-03",
     "Президент Армении встретился с министром иностранных дел Канады, который объявил о выделении Армении "
     "40 миллионов долларов.",
     [("aid", "CAN", "ARM")]),
    ("pl", "2024-07-03",
     "Premier Mołdawii spotkał się z ministrem spraw zagranicznych Norwegii, który ogłosił przekazanie Mołdawii "
     "60 mln euro pomocy.",
     [("aid", "NOR", "MDA")]),
    ("ro", "2024-07-03",
     "Președintele Armeniei s-a întâlnit cu ministrul de externe al Japoniei, care a anunțat un ajutor de "
     "30 de milioane de dolari pentru Armenia.",
     [("aid", "JPN", "ARM")]),
    ("tr", "2024-07-03",
     "Kanada Dışişleri Bakanı, Ürdün Kralı ile görüştü ve Ürdün'e 70 milyon dolar yardım açıkladı.",
     [("aid", "CAN", "JOR")]),
    ("en", "2024-07-03",
     "The Moldovan president met Japan's foreign minister, who announced 45 million dollars in aid for Moldova.",
     [("aid", "JPN", "MDA")]),
    # Lending through a bank or fund: the country receives, not the bank.
    ("en", "2024-07-03",
     "Norway will provide 250 million dollars in guarantees for World Bank loans to Kenya.",
     [("aid", "NOR", "KEN")]),
    ("uk", "2024-07-03",
     "Канада надасть 250 мільйонів доларів гарантій за кредитами Світового банку для Кенії.",
     [("aid", "CAN", "KEN")]),
    ("tr", "2024-07-03", "Norveç, Dünya Bankası aracılığıyla Kenya'ya 250 milyon dolar yardım sağlayacak.",
     [("aid", "NOR", "KEN")]),
    # A Commission official announcing the Union's money: the Commission gives, the country receives.
    ("en", "2024-07-03",
     "European Commission President Ursula von der Leyen said the EU is ready to mobilise 2.3 billion euros "
     "for Lebanon.",
     [("aid", "EC", "LBN")]),
    ("fr", "2024-07-03",
     "La présidente de la Commission européenne, Ursula von der Leyen, a déclaré que l'UE était prête à "
     "mobiliser 2,3 milliards d'euros pour le Liban.",
     [("aid", "EC", "LBN")]),
    ("it", "2024-07-03",
     "La presidente della Commissione europea Ursula von der Leyen ha detto che l'UE è pronta a mobilitare "
     "2,3 miliardi di euro per il Libano.",
     [("aid", "EC", "LBN")]),
    # The Commission itself as the subject stays the Union's giver.
    ("pl", "2024-07-03", "Komisja Europejska przeznaczy dla Libanu 2,3 mld euro.", [("aid", "EC", "LBN")]),
]

test_givers = table(check_givers, GIVERS)


# 5. Arabic amounts: the dual (two million, two billion in one word), "من الدولارات", Eastern Arabic digits
# with the ٫ decimal sign; exact values.
ARABIC = [
    ("ar", "2024-07-03", "أعلنت النرويج تقديم مليارين دولار مساعدات لكينيا.",
     [("aid", {"NOR", "KEN"}, "2024-07", 2e9, "USD")]),
    ("ar", "2024-07-03", "أعلنت كندا تقديم مليوني يورو مساعدات للبنان.",
     [("aid", {"CAN", "LBN"}, "2024-07", 2e6, "EUR")]),
    ("ar", "2024-07-03", "أعلنت كندا تقديم مليونين من الدولارات مساعدات للبنان.",
     [("aid", {"CAN", "LBN"}, "2024-07", 2e6, "USD")]),
    ("ar", "2024-07-03", "بلغ حجم التبادل التجاري بين تونس والمغرب ٧٫٨٥ مليار دولار في عام ٢٠٢٣.",
     [("trade_turnover", {"TUN", "MAR"}, "2023", 7.85e9, "USD")]),
    ("ar", "2024-07-03", "بلغ حجم التبادل التجاري بين تونس والمغرب 6 مليارات دولار في عام 2023.",
     [("trade_turnover", {"TUN", "MAR"}, "2023", 6e9, "USD")]),
]

test_arabic_amounts = table(check_figures, ARABIC)


# 6. Aid listed by year: each amount its own year, a bare amount in the currency of the one before.
BY_YEAR = [
    ("en", "2024-05-10",
     "Sweden will provide 700 million dollars in aid to Kenya in 2024, after 1.1 billion in 2022 and "
     "1.3 billion in 2023.",
     [("aid", {"SWE", "KEN"}, "2024-05", 7e8, "USD"), ("aid", {"SWE", "KEN"}, "2022", 1.1e9, "USD"),
      ("aid", {"SWE", "KEN"}, "2023", 1.3e9, "USD")]),
    ("fr", "2024-05-10",
     "La Suède fournira 700 millions d'euros d'aide au Kenya en 2024, après 1,1 milliard en 2022 et "
     "1,3 milliard en 2023.",
     [("aid", {"SWE", "KEN"}, "2024-05", 7e8, "EUR"), ("aid", {"SWE", "KEN"}, "2022", 1.1e9, "EUR"),
      ("aid", {"SWE", "KEN"}, "2023", 1.3e9, "EUR")]),
    ("ru", "2024-05-10",
     "Швеция выделила Кении помощь на 1,1 млрд евро в 2022 году и 1,3 млрд в 2023 году.",
     [("aid", {"SWE", "KEN"}, "2022", 1.1e9, "EUR"), ("aid", {"SWE", "KEN"}, "2023", 1.3e9, "EUR")]),
    ("it", "2024-05-10",
     "La Svezia ha fornito al Kenya aiuti per 1,1 miliardi di euro nel 2022 e 1,3 miliardi nel 2023.",
     [("aid", {"SWE", "KEN"}, "2022", 1.1e9, "EUR"), ("aid", {"SWE", "KEN"}, "2023", 1.3e9, "EUR")]),
    ("es", "2024-05-10",
     "Suecia concedió a Kenia una ayuda de 1.100 millones de euros en 2022 y 1.300 millones en 2023.",
     [("aid", {"SWE", "KEN"}, "2022", 1.1e9, "EUR"), ("aid", {"SWE", "KEN"}, "2023", 1.3e9, "EUR")]),
    ("tr", "2024-05-10", "İsveç, Kenya'ya 2022'de 1,1 milyar dolar, 2023'te ise 1,3 milyar dolar yardım sağladı.",
     [("aid", {"SWE", "KEN"}, "2022", 1.1e9, "USD"), ("aid", {"SWE", "KEN"}, "2023", 1.3e9, "USD")]),
]

test_aid_by_year = table(check_figures, BY_YEAR)


# A growth said as "less than the year compared with" ("19%-ға аз"): a fall the two levels are checked against.
LESS = [
    ("kk", "2024-05-10",
     "2023 жылы Қазақстан мен Моңғолия арасындағы тауар айналымы 1,2 млрд долларды құрады, бұл 2022 жылмен "
     "салыстырғанда 19%-ға аз. 2022 жылы бұл көрсеткіш 1,3 млрд доллар болған.",
     "growth_mismatch", ("1,300.0 M USD", "1,200.0 M USD", "-19.0 %")),
]

test_growth_less = table(check_flagged, LESS)


# A given name written like a country's ("جورجيا": Giorgia, not Georgia) right after the office holder's
# country is no party of a figure, an investment figure included; two countries side by side in a list stay.
GIVEN_NAMES = [
    ("ar", "2024-07-03",
     "قالت رئيسة وزراء إيطاليا جورجيا ميلوني إن الاستثمارات الإيطالية في تونس بلغت 4 مليارات يورو.",
     [("investment", "ITA", "TUN")]),
    ("ar", "2024-07-03",
     "أكدت رئيسة الوزراء الإيطالية جورجيا ميلوني أن الاستثمارات الإيطالية في الجزائر بلغت 8 مليارات يورو.",
     [("investment", "ITA", "DZA")]),
    ("ar", "2024-07-03", "بلغ حجم التبادل التجاري بين أذربيجان، جورجيا 1.2 مليار دولار في عام 2023.",
     [("trade_turnover", "AZE", "GEO")]),
]

test_given_names = table(check_givers, GIVEN_NAMES)


def check_repair(lang: str, published: str, text: str, total: float, parts: set[float]) -> None:
    """The parts of an aid total do not add up (an error), and the one assignment of the stated numbers
    that does is proposed: `total` as the total, `parts` as its parts."""
    doc = extract(text, lang=lang, published=published)
    assert [f for f in doc.flags if f.severity == "error" and f.kind == "sum_mismatch"], [f.message for f in doc.flags]
    repairs = [f for f in doc.flags if f.kind == "repair"]
    assert len(repairs) == 1, [f.message for f in doc.flags]
    values = [p["value"] for p in repairs[0].proposal or []]
    assert values[0] == total and set(values[1:]) == parts, values


# The total written where a part belongs: the one reading that adds up is proposed; parts that miss their
# total by an amount no swap explains get no proposal (no in-text evidence says which number is wrong).
REPAIRS = [
    ("de", "2024-06-12",
     "Norwegen stellt Kenia ein Paket von 1,2 Milliarden Euro bereit, davon 2,1 Milliarden als Zuschüsse und "
     "3,3 Milliarden als Kredite.", 3.3e9, {1.2e9, 2.1e9}),
    ("pl", "2024-06-12",
     "Japonia przekaże Filipinom pakiet o wartości 2,4 mld dolarów, z czego 7,5 mld w dotacjach i 5,1 mld "
     "w pożyczkach.", 7.5e9, {2.4e9, 5.1e9}),
]

test_aid_repairs = table(check_repair, REPAIRS)


def test_a_part_off_by_an_unexplained_amount_gets_an_error_but_no_repair() -> None:
    doc = extract("Norwegen stellt Kenia ein Paket von 3,3 Milliarden Euro bereit, davon 2,1 Milliarden als "
                  "Zuschüsse und 1,7 Milliarden als Kredite.", lang="de", published="2024-06-12")
    assert [f for f in doc.flags if f.severity == "error" and f.kind == "sum_mismatch"]
    assert not [f for f in doc.flags if f.kind == "repair"]
