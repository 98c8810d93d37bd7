"""Arabic: "will pay a heavy price" threatens whom it names; words called unacceptable are accused; a vote
against two countries' accession rejects each; a tariff on a country's goods sanctions it; economic support
by a state's development programme is that state's aid."""

import pytest

from ..event_rows import extracted_events

ROWS = [
    ('ar', '2025-04-10', 'قال وزير الخارجية الإيراني إن إسرائيل ستدفع ثمنا باهظا.', [('THREATEN', 'IRN', 'ISR', '2025-04-10')]),
    ('ar', '2025-04-10', 'وصفت وزارة الخارجية المصرية تصريحات السفير الإسرائيلي بأنها غير مقبولة.', [('ACCUSE', 'EGY', 'ISR', '2025-04-10')]),
    ('ar', '2025-04-10', 'صوتت النمسا ضد انضمام رومانيا وبلغاريا إلى منطقة شنغن.', [('REJECT', 'AUT', 'ROU', '2025-04-10'), ('REJECT', 'AUT', 'BGR', '2025-04-10')]),
    ('ar', '2025-07-10', 'أعلن الرئيس الأمريكي في رسالة تعريفة بنسبة 50% على كل المنتجات البرازيلية.', [('SANCTION', 'USA', 'BRA', '2025-07-10')]),
    ('ar', '2025-04-10', 'قدم البرنامج السعودي لتنمية وإعمار اليمن دعما تنمويا جديدا لليمن.', [('AID', 'SAU', 'YEM', '2025-04-10')]),
]


@pytest.mark.parametrize("lang,published,text,expected", ROWS)
def test_threats_votes(lang, published, text, expected):
    assert {e[:4] for e in extracted_events(lang, published, text)} == set(expected)
