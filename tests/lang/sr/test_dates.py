"""Serbian dates, both scripts: (lang, published, text, expected) rows."""

import pytest

from ..date_rows import check_dates

ROWS = [
    ("sr", "2024-11-20", "Разговори су одржани 14. новембра у Бечу.", [("14. новембра", "2024-11-14", "absolute")]),
    ("sr", "2024-11-20", "Sporazum je potpisan 3. marta 2022. godine.", [("3. marta 2022", "2022-03-03", "absolute")]),
    ("sr", "2024-11-20", "Министар је јуче одржао састанак, а у петак је отпутовао у Варшаву.",
     [("јуче", "2024-11-19", "relative"), ("петак", "2024-11-15", "weekday")]),
    ("sr", "2024-11-20", "У октобру 2024. размена је порасла.", [("октобру 2024", "2024-10", "absolute")]),
    ("sr", "2024-11-20", "NOVI SAD, 19. novembra. Delegacije su razgovarale o tranzitu.",
     [("19. novembra", "2024-11-19", "dateline")]),
]


@pytest.mark.parametrize("lang,published,text,expected", ROWS)
def test_dates(lang, published, text, expected):
    check_dates(lang, published, text, expected)
