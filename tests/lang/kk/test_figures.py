"""Kazakh figures: (lang, input, expected) rows."""

import pytest

from legation import extract

from ..figure_rows import check_figures

ROWS = [
    ("kk", "2024-03-01",
     "2023 жылы Қазақстан мен Қытай арасындағы тауар айналымы 31,5 млрд долларды құрады.",
     [("trade_turnover", {"KAZ", "CHN"}, "2023", 31.5e9, "USD")]),
    ("kk", "2025-05-10",
     "2025 жылдың бірінші тоқсанында Қазақстан мен Қытай арасындағы тауар айналымы 700 млн доллар болды.",
     [("trade_turnover", {"KAZ", "CHN"}, "2025-01/2025-03", 7e8, "USD")]),
    ("kk", "2025-02-10",
     "2024 жылы Қазақстан мен Қытай арасындағы сауда айналымы 3 млрд доллардан 3,4 млрд долларға дейін өсті.",
     [("trade_turnover", {"KAZ", "CHN"}, "2023", 3e9, "USD"), ("trade_turnover", {"KAZ", "CHN"}, "2024", 3.4e9, "USD")]),
]


@pytest.mark.parametrize("lang,published,text,expected", ROWS)
def test_figures(lang, published, text, expected):
    check_figures(lang, text, published, expected)


# Who exports to whom: (metric, reporter, partner) of the figures read.
DIRECTIONS = [
    ('kk', '2025-03-02', '2024 жылы Қазақстаннан Қытайға экспорт 1,1 млрд доллар, Қытайдан импорт 800 млн доллар болды.', [('exports', 'KAZ', 'CHN'), ('imports', 'KAZ', 'CHN')]),
]


@pytest.mark.parametrize("lang,published,text,expected", DIRECTIONS)
def test_trade_directions(lang, published, text, expected):
    doc = extract(text, lang=lang, published=published)
    got = {(f.metric, f.reporter, f.partner) for f in doc.figures}
    assert set(expected) <= got, got
