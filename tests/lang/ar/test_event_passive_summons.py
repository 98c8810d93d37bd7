"""A summons told with the passive verb ("استدعي سفير الجزائر ... إلى وزارة الخارجية الفرنسية"):
the ambassador's state is summoned by the ministry's, on the day told. Sentences made up."""

import pytest

from ..event_rows import check_extracted

ROWS = [
    ("استدعي سفير الجزائر يوم الثلاثاء إلى وزارة الخارجية الفرنسية.", ('FRA', 'DZA')),
    ("استُدعي سفير الجزائر يوم الثلاثاء إلى وزارة الخارجية الفرنسية.", ('FRA', 'DZA')),
    ("استدعي سفير فرنسا لدى الجزائر يوم الثلاثاء إلى وزارة الخارجية الجزائرية.", ('DZA', 'FRA')),
]


@pytest.mark.parametrize("text,pair", ROWS)
def test_a_passive_summons_is_by_the_ministrys_state(text, pair):
    check_extracted('ar', "2024-03-06", text, [('ACCUSE', pair[0], pair[1], '2024-03-05', None)])


def test_own_ambassador_recalled_stays_a_recall():
    text = "أعلنت الجزائر يوم الثلاثاء أنه تم استدعاء سفيرها في باريس للتشاور."
    check_extracted('ar', "2024-03-06", text, [('SANCTION', 'DZA', 'FRA', '2024-03-05', None)])
