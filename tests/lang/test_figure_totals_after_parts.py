"""Aid parts joined by "and" and then their total ("..., a total of", "soit au total", "بإجمالي"): the
parts are kept, and a total they do not add up to is an error naming the parts and the total. Own
sentences, made up for these tests; each corrupted one has a consistent twin that gives no error."""

from __future__ import annotations

from legation import extract
from legation.text.numbers import format_amount

from .table import table

PUB = "2024-06-01"


def check_sum_error(lang: str, text: str, numbers: tuple[tuple[float, str], ...]) -> None:
    """A `sum_mismatch` error names every amount of `numbers` (value, the words written)."""
    doc = extract(text, lang=lang, published=PUB)
    found = [f.message for f in doc.flags if f.kind == "sum_mismatch" and f.severity == "error"]
    assert any(all(format_amount(v, "USD") in m and w in m for v, w in numbers) for m in found), \
        [(f.kind, f.severity, f.message) for f in doc.flags]
    aid = sorted(f.value for f in doc.figures if f.metric == "aid")
    assert aid == sorted(v for v, _ in numbers), aid


def check_consistent(lang: str, text: str, values: tuple[float, ...]) -> None:
    """Parts that add up to their total give no error, and all are kept as aid."""
    doc = extract(text, lang=lang, published=PUB)
    assert not [f for f in doc.flags if f.severity == "error"], [f.message for f in doc.flags]
    assert not [f for f in doc.flags if f.kind == "conflict"], [f.message for f in doc.flags]
    assert sorted(f.value for f in doc.figures if f.metric == "aid") == sorted(values)


CORRUPTED = [
    ("en", "Qatar announced on Monday a support package for Jordan: a deposit of 2 billion dollars in the central "
     "bank and 700 million dollars of gas on deferred payment, a total of 3.4 billion dollars.",
     ((2e9, "2 billion dollars"), (7e8, "700 million dollars"), (3.4e9, "3.4 billion dollars"))),
    ("fr", "Le Qatar a annoncé lundi une aide à la Jordanie : un dépôt de 2 milliards de dollars à la banque centrale "
     "et 700 millions de dollars de gaz à paiement différé, soit au total 3,4 milliards de dollars.",
     ((2e9, "2 milliards de dollars"), (7e8, "700 millions de dollars"), (3.4e9, "3,4 milliards de dollars"))),
    ("ar", "أعلنت قطر يوم الاثنين عن حزمة دعم للأردن تشمل وديعة بقيمة 2 مليار دولار في البنك المركزي و700 مليون "
     "دولار من الغاز بالدفع المؤجل، بإجمالي 3.4 مليار دولار.",
     ((2e9, "2 مليار دولار"), (7e8, "700 مليون دولار"), (3.4e9, "3.4 مليار دولار"))),
    # Turkish names the parts after their amounts, with no word of aid: the total's word makes them aid.
    ("tr", "Katar pazartesi günü Ürdün'e merkez bankasına 2 milyar dolarlık mevduat ve ertelenmiş ödemeli 700 milyon "
     "dolarlık gaz olmak üzere toplam 3,4 milyar dolarlık yardım açıkladı.",
     ((2e9, "2 milyar dolarlık"), (7e8, "700 milyon dolarlık"), (3.4e9, "3,4 milyar dolarlık"))),
]

CONSISTENT = [
    ("en", "Qatar announced on Monday a support package for Jordan: a deposit of 2 billion dollars in the central "
     "bank and 700 million dollars of gas on deferred payment, a total of 2.7 billion dollars.", (2e9, 7e8, 2.7e9)),
    ("fr", "Le Qatar a annoncé lundi une aide à la Jordanie : un dépôt de 2 milliards de dollars à la banque centrale "
     "et 700 millions de dollars de gaz à paiement différé, soit au total 2,7 milliards de dollars.", (2e9, 7e8, 2.7e9)),
    ("ar", "أعلنت قطر يوم الاثنين عن حزمة دعم للأردن تشمل وديعة بقيمة 2 مليار دولار في البنك المركزي و700 مليون "
     "دولار من الغاز بالدفع المؤجل، بقيمة إجمالية قدرها 2.7 مليار دولار.", (2e9, 7e8, 2.7e9)),
    ("tr", "Katar pazartesi günü Ürdün'e merkez bankasına 2 milyar dolarlık mevduat ve ertelenmiş ödemeli 700 milyon "
     "dolarlık gaz olmak üzere toplam 2,7 milyar dolarlık yardım açıkladı.", (2e9, 7e8, 2.7e9)),
]

test_parts_before_total_checked = table(check_sum_error, CORRUPTED)
test_parts_before_total_consistent = table(check_consistent, CONSISTENT)


def check_part_over_total(lang: str, text: str, kind: str, total: tuple[float, str], part: tuple[float, str]) -> None:
    """A part larger than its total keeps both figures, and an error of `kind` names both."""
    doc = extract(text, lang=lang, published=PUB)
    unit = next(f.unit for f in doc.figures if f.metric == "aid")
    found = [f.message for f in doc.flags if f.kind == kind and f.severity == "error"]
    assert any(all(format_amount(v, unit) in m and w in m for v, w in (total, part)) for m in found), \
        [(f.kind, f.severity, f.message) for f in doc.flags]
    assert sorted(f.value for f in doc.figures if f.metric == "aid") == sorted((total[0], part[0]))
    if kind == "scale":
        # One reading of a scale word makes the part fit: a repair is proposed.
        assert [f for f in doc.flags if f.kind == "repair" and f.proposal], [f.kind for f in doc.flags]


def check_part_within_total(lang: str, text: str, values: tuple[float, float]) -> None:
    """A part within its total: both kept as aid, no error."""
    doc = extract(text, lang=lang, published=PUB)
    assert not [f for f in doc.flags if f.severity == "error"], [f.message for f in doc.flags]
    assert sorted(f.value for f in doc.figures if f.metric == "aid") == sorted(values)


# A first tranche larger than its programme (Turkish names the tranche after its amount, the programme in
# the genitive before it); a part of a package in billions where the package is in millions.
PART_OVER = [
    ("tr", "Kuveyt, Ürdün'e vereceği 12 milyar dolarlık desteğin 13 milyar dolarlık ilk dilimini hemen ödeyecek.",
     "sum_mismatch", (12e9, "12 milyar dolarlık"), (13e9, "13 milyar dolarlık")),
    ("tr", "Kuveyt, Ürdün'e 12 milyar dolarlık bir destek programı açıkladı; bunun 13 milyar dolarlık ilk dilimi "
     "hemen ödenecek.", "sum_mismatch", (12e9, "12 milyar dolarlık"), (13e9, "13 milyar dolar")),
    ("en", "Kuwait announced a 12 billion dollar support programme for Jordan, of which the first tranche of "
     "13 billion dollars will be paid at once.", "sum_mismatch", (12e9, "12 billion dollar"), (13e9, "13 billion dollars")),
    ("pt", "A Suécia anunciou um pacote de 300 milhões de euros para Moçambique, dos quais 45 bilhões para o fundo "
     "de estradas.", "scale", (3e8, "300 milhões de euros"), (4.5e10, "45 bilhões")),
    ("es", "Suecia anunció un paquete de 300 millones de euros para Bolivia, de los cuales 45 mil millones para el "
     "fondo de carreteras.", "scale", (3e8, "300 millones de euros"), (4.5e10, "45 mil millones")),
    ("it", "La Svezia ha annunciato un pacchetto di 300 milioni di euro per la Tunisia, di cui 45 miliardi per il "
     "fondo stradale.", "scale", (3e8, "300 milioni di euro"), (4.5e10, "45 miliardi")),
    ("ro", "Suedia a anunțat un pachet de 300 de milioane de euro pentru Moldova, din care 45 de miliarde pentru "
     "fondul de drumuri.", "scale", (3e8, "300 de milioane de euro"), (4.5e10, "45 de miliarde")),
]

PART_WITHIN = [
    ("tr", "Kuveyt, Ürdün'e vereceği 12 milyar dolarlık desteğin 3 milyar dolarlık ilk dilimini hemen ödeyecek.",
     (12e9, 3e9)),
    ("tr", "Kuveyt, Ürdün'e 12 milyar dolarlık bir destek programı açıkladı; bunun 11 milyar dolarlık ilk dilimi "
     "hemen ödenecek.", (12e9, 11e9)),
    ("pt", "A Suécia anunciou um pacote de 300 milhões de euros para Moçambique, dos quais 45 milhões para o fundo "
     "de estradas.", (3e8, 4.5e7)),
    ("es", "Suecia anunció un paquete de 300 millones de euros para Bolivia, de los cuales 45 millones para el "
     "fondo de carreteras.", (3e8, 4.5e7)),
    ("it", "La Svezia ha annunciato un pacchetto di 300 milioni di euro per la Tunisia, di cui 45 milioni per il "
     "fondo stradale.", (3e8, 4.5e7)),
    ("ro", "Suedia a anunțat un pachet de 300 de milioane de euro pentru Moldova, din care 45 de milioane pentru "
     "fondul de drumuri.", (3e8, 4.5e7)),
]

test_part_over_total_flagged = table(check_part_over_total, PART_OVER)
test_part_within_total_consistent = table(check_part_within_total, PART_WITHIN)


def check_package_parts(lang: str, text: str, total: float, parts: tuple[float, ...], error: bool) -> None:
    """A package split into grants and loans keeps its total as aid, with its parts; parts that do not
    add up to it give an error, parts that do give none."""
    doc = extract(text, lang=lang, published=PUB)
    assert sorted(f.value for f in doc.figures if f.metric == "aid") == sorted((total, *parts))
    errors = [f.message for f in doc.flags if f.severity == "error"]
    assert bool(errors) == error, [(f.kind, f.severity, f.message) for f in doc.flags]


PACKAGES = [
    ("ro", "Consiliul UE a aprobat pentru Moldova un plan de 6,4 miliarde de euro, dintre care 2,15 miliarde granturi "
     "și 4,25 miliarde împrumuturi.", 6.4e9, (2.15e9, 4.25e9), False),
    ("ro", "Consiliul UE a aprobat pentru Moldova un plan de 6,4 miliarde de euro, dintre care 2,15 miliarde granturi "
     "și 5,25 miliarde împrumuturi.", 6.4e9, (2.15e9, 5.25e9), True),
]

test_package_parts = table(check_package_parts, PACKAGES)


def check_visit_investment(lang: str, text: str, investor: str, receiver: str) -> None:
    """A company's investment announced during a visit is its state's: the visitor's country invests in
    the country visited, unless the sentence says it goes elsewhere."""
    doc = extract(text, lang=lang, published=PUB)
    got = [(f.reporter, f.partner) for f in doc.figures if f.metric == "investment"]
    assert got == [(investor, receiver)], got


VISIT_INVESTMENTS = [
    ("it", "Durante la visita di Meloni in Marocco, l'Enel ha annunciato un investimento da 3 miliardi di euro in "
     "due parchi eolici.", "ITA", "MAR"),
    ("it", "Durante la visita di Meloni in Marocco, la compagnia marocchina OCP ha annunciato un investimento da "
     "3 miliardi di euro in Italia.", "MAR", "ITA"),
]

test_visit_investment_sides = table(check_visit_investment, VISIT_INVESTMENTS)
