"""Arabic acts whose verb carries a written-on conjunction ("ووقّع", "فاتفق", "وبحث") or a shadda,
and a headline's present-tense agreement to restore relations (an AGREE, no separate COOPERATE).
Issue 16; the sentences are made up. The whole pipeline must find exactly these events."""

import pytest

from ..event_rows import check_extracted

ROWS = [
    ('ar', "2024-05-10",
     "الأردن وسوريا تتفقان على استئناف العلاقات الدبلوماسية الكاملة\n"
     "عمّان، 9 مايو - اتفق الأردن وسوريا يوم الخميس على استئناف العلاقات الدبلوماسية الكاملة وإعادة فتح السفارتين خلال شهر.\n\n"
     "ووقّع البيان المشترك وزير الخارجية الأردني أيمن الصفدي ووزير الخارجية السوري فيصل المقداد.",
     [('AGREE', 'JOR', 'SYR', '2024-05-09', None), ('SUPPORT', 'JOR', 'SYR', '2024-05-09', None)]),
    ('ar', "2024-05-10", "فاتفق الأردن وسوريا يوم الخميس على تبادل السفراء.",
     [('AGREE', 'JOR', 'SYR', '2024-05-09', None)]),
    ('ar', "2024-05-10", "وبحث الأردن وسوريا يوم الخميس في عمّان ملف اللاجئين.",
     [('CONSULT', 'SYR', 'JOR', '2024-05-09', 'Amman')]),
]


@pytest.mark.parametrize("lang,published,text,expected", ROWS)
def test_clitic_verbs_are_acts(lang, published, text, expected):
    check_extracted(lang, published, text, expected)
