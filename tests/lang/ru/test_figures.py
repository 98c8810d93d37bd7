"""Russian figures: (lang, input, expected) rows."""

import pytest

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
]


@pytest.mark.parametrize("lang,published,text,expected", ROWS)
def test_figures(lang, published, text, expected):
    check_figures(lang, text, published, expected)
