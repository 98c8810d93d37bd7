"""Russian figures: (lang, input, expected) rows."""

import pytest

from legation import extract

from ..figure_rows import check_figures

ROWS = [
    ("ru", "2024-10-01",
     "По итогам января–июля 2024 года товарооборот Казахстана и Узбекистана составил 2,6 млрд долларов, "
     "увеличившись на 9,1%.",
     [("trade_turnover", {"KAZ", "UZB"}, "2024-01/2024-07", 2.6e9, "USD"),
      ("growth_pct", {"KAZ", "UZB"}, "2024-01/2024-07", 9.1, "percent")]),
    ("ru", "2023-02-20",
     "В прошлом году товарооборот России и Индии снизился на 4% и составил 12 млрд 400 млн долларов.",
     [("trade_turnover", {"RUS", "IND"}, "2022", 12.4e9, "USD"),
      ("growth_pct", {"RUS", "IND"}, "2022", -4, "percent")]),
    ("ru", "2025-02-10",
     "Товарооборот между Казахстаном и Узбекистаном в 2024 году составил 3,4 млрд долларов, "
     "увеличившись на 12% по сравнению с прошлым годом.",
     [("trade_turnover", {"KAZ", "UZB"}, "2024", 3.4e9, "USD"), ("growth_pct", {"KAZ", "UZB"}, "2024", 12, "percent")]),
    ("ru", "2025-02-10",
     "В 2024 году товарооборот между Казахстаном и Узбекистаном вырос с 3 млрд долларов до 3,4 млрд долларов.",
     [("trade_turnover", {"KAZ", "UZB"}, "2023", 3e9, "USD"), ("trade_turnover", {"KAZ", "UZB"}, "2024", 3.4e9, "USD")]),
    ("ru", "2025-08-10",
     "За первое полугодие 2025 года товарооборот между Казахстаном и Узбекистаном составил 2 млрд долларов.",
     [("trade_turnover", {"KAZ", "UZB"}, "2025-01/2025-06", 2e9, "USD")]),
    ("ru", "2025-05-10",
     "В первом квартале 2025 года объем инвестиций Китая в Казахстан составил 300 млн долларов.",
     [("investment", {"CHN", "KAZ"}, "2025-01/2025-03", 3e8, "USD")]),
]


@pytest.mark.parametrize("lang,published,text,expected", ROWS)
def test_figures(lang, published, text, expected):
    check_figures(lang, text, published, expected)


# Who exports to whom: (metric, reporter, partner) of the figures read.
DIRECTIONS = [
    ('ru', '2025-03-02', 'В 2024 году экспорт из Казахстана в Узбекистан составил 1,1 млрд долларов, импорт из Узбекистана — 800 млн долларов.', [('exports', 'KAZ', 'UZB'), ('imports', 'KAZ', 'UZB')]),
]


@pytest.mark.parametrize("lang,published,text,expected", DIRECTIONS)
def test_trade_directions(lang, published, text, expected):
    doc = extract(text, lang=lang, published=published)
    got = {(f.metric, f.reporter, f.partner) for f in doc.figures}
    assert set(expected) <= got, got
