"""A two-way total and its export and import of one year where one part carries a slipped scale word
("Millionen" for "Milliarden", 万 for 亿, "млн" for "млрд"), in own sentences made up for these tests: the
slipped part is read, the `scale` error names it, and a repair reads it in the scale that makes the parts add
up (one reading fits); the same sentences with the scale word meant give no error."""

from __future__ import annotations

from legation import extract
from legation.text.numbers import format_amount

from .table import table
from .test_figure_corruption_kinds import PUB, check_consistent

SLIPS = [
    ("de", "Der Handel zwischen Deutschland und Vietnam erreichte 2023 ein Volumen von 15,4 Milliarden Euro. Die "
     "deutschen Exporte nach Vietnam beliefen sich auf 4,1 Milliarden Euro, die Importe aus Vietnam auf 11,3 "
     "Millionen Euro.", "11,3 Millionen Euro", ("imports", 11.3e9)),
    ("de", "Deutschland exportierte 2023 Waren im Wert von 4,1 Mrd. Euro nach Vietnam und importierte von dort Waren "
     "für 11,3 Mio. Euro. Das Handelsvolumen stieg damit auf 15,4 Mrd. Euro.", "11,3 Mio. Euro", ("imports", 11.3e9)),
    ("en", "In 2023 bilateral trade between Poland and Turkey totalled $10.2 billion, with Polish exports of $6.1 "
     "billion and imports of $4.1 million.", "$4.1 million", ("imports", 4.1e9)),
    ("fr", "Les échanges franco-marocains ont atteint 14,3 milliards d'euros en 2023. La France a exporté pour 7,1 "
     "milliards d'euros et importé pour 7,2 millions d'euros.", "7,2 millions d'euros", ("imports", 7.2e9)),
    ("ru", "В 2023 году товарооборот России и Вьетнама составил 7,2 млрд долларов, при этом экспорт России во Вьетнам "
     "составил 3,9 млн долларов, а импорт — 3,3 млрд долларов.", "3,9 млн долларов", ("exports", 3.9e9)),
    ("tr", "Türkiye'nin Almanya'ya ihracatı 2023'te 21,1 milyar dolar, Almanya'dan ithalatı ise 28,9 milyon dolar "
     "oldu; iki ülke arasındaki ticaret hacmi 50 milyar dolara ulaştı.", "28,9 milyon dolar", ("imports", 28.9e9)),
    ("zh", "2023年中哈贸易额达410.2亿美元，其中中方出口247.5亿美元，进口162.7万美元。", "162.7万美元",
     ("imports", 16.27e9)),
    ("ko", "한국과 인도의 교역액은 지난해 255억 달러였으며, 이 가운데 수출은 178억 달러, 수입은 77만 달러였다.", "77만 달러",
     ("imports", 7.7e9)),
    ("el", "Το 2023 το διμερές εμπόριο Ελλάδας και Τουρκίας ανήλθε σε 6,2 δισ. δολάρια, με τις ελληνικές εξαγωγές "
     "στα 2,4 δισ. δολάρια και τις εισαγωγές στα 3,8 εκατ. δολάρια.", "3,8 εκατ. δολάρια", ("imports", 3.8e9)),
]

MEANT = [
    ("de", "Der Handel zwischen Deutschland und Vietnam erreichte 2023 ein Volumen von 15,4 Milliarden Euro. Die "
     "deutschen Exporte nach Vietnam beliefen sich auf 4,1 Milliarden Euro, die Importe aus Vietnam auf 11,3 "
     "Milliarden Euro."),
    ("en", "In 2023 bilateral trade between Poland and Turkey totalled $10.2 billion, with Polish exports of $6.1 "
     "billion and imports of $4.1 billion."),
    ("fr", "Les échanges franco-marocains ont atteint 14,3 milliards d'euros en 2023. La France a exporté pour 7,1 "
     "milliards d'euros et importé pour 7,2 milliards d'euros."),
    ("ru", "В 2023 году товарооборот России и Вьетнама составил 7,2 млрд долларов, при этом экспорт России во Вьетнам "
     "составил 3,9 млрд долларов, а импорт — 3,3 млрд долларов."),
    ("tr", "Türkiye'nin Almanya'ya ihracatı 2023'te 21,1 milyar dolar, Almanya'dan ithalatı ise 28,9 milyar dolar "
     "oldu; iki ülke arasındaki ticaret hacmi 50 milyar dolara ulaştı."),
    ("zh", "2023年中哈贸易额达410.2亿美元，其中中方出口247.5亿美元，进口162.7亿美元。"),
    ("ko", "한국과 인도의 교역액은 지난해 255억 달러였으며, 이 가운데 수출은 178억 달러, 수입은 77억 달러였다."),
]


def check_slip_repaired(lang: str, text: str, slipped: str, meant: tuple[str, float]) -> None:
    """A `scale` error names the slipped part as written, and the one repair reads it in the scale meant."""
    doc = extract(text, lang=lang, published=PUB)
    errors = [f for f in doc.flags if f.kind == "scale" and f.severity == "error"]
    assert any(slipped in f.message for f in errors), [(f.kind, f.message) for f in doc.flags]
    repairs = [f for f in doc.flags if f.kind == "repair"]
    assert len(repairs) == 1, [(f.kind, f.message) for f in doc.flags]
    metric, value = meant
    got = [p for p in repairs[0].proposal or [] if p["metric"] == metric]
    assert len(got) == 1 and format_amount(got[0]["value"], got[0]["unit"]) == format_amount(value, got[0]["unit"]), \
        repairs[0].proposal


test_trade_part_slip_repaired = table(check_slip_repaired, SLIPS)
test_trade_parts_meant_unflagged = table(check_consistent, MEANT)
