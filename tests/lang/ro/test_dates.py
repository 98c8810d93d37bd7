"""Romanian dates: (lang, published, text, expected) rows."""

import pytest

from ..date_rows import check_dates

ROWS = [
    ("ro", "2024-11-20", "Discuțiile au avut loc pe 14 noiembrie la Viena.",
     [("14 noiembrie", "2024-11-14", "absolute")]),
    ("ro", "2024-11-20", "Acordul a fost semnat pe 3 martie 2022.", [("3 martie 2022", "2022-03-03", "absolute")]),
    ("ro", "2024-11-20", "Ieri ministrul s-a întâlnit cu omologul său, iar vineri a plecat la Madrid.",
     [("Ieri", "2024-11-19", "relative"), ("vineri", "2024-11-15", "weekday")]),
    # Without diacritics too.
    ("ro", "2024-11-20", "Delegatiile au sosit marti la Chisinau.", [("marti", "2024-11-19", "weekday")]),
    ("ro", "2024-11-20", "În octombrie 2024 comerțul a crescut.", [("octombrie 2024", "2024-10", "absolute")]),
]


@pytest.mark.parametrize("lang,published,text,expected", ROWS)
def test_dates(lang, published, text, expected):
    check_dates(lang, published, text, expected)
