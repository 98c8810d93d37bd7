"""Greek: a vote against two countries' accession rejects each; deciding to sever relations is the break
(a sanction, not an agreement), the accusation beside it an accusation; a tariff on a country's goods
sanctions it."""

import pytest

from ..event_rows import extracted_events

ROWS = [
    ('el', '2025-04-10', 'Η Αυστρία ψήφισε κατά της ένταξης της Ρουμανίας και της Βουλγαρίας στη Σένγκεν.', [('REJECT', 'AUT', 'ROU', '2025-04-10'), ('REJECT', 'AUT', 'BGR', '2025-04-10')]),
    ('el', '2025-04-10', 'Η Αλγερία αποφάσισε να διακόψει τις διπλωματικές σχέσεις με το Μαρόκο, κατηγορώντας το για εχθρικές ενέργειες.', [('SANCTION', 'DZA', 'MAR', '2025-04-10'), ('ACCUSE', 'DZA', 'MAR', '2025-04-10')]),
    ('el', '2025-07-10', 'Ο πρόεδρος των ΗΠΑ ανακοίνωσε με επιστολή δασμό 50% σε όλα τα προϊόντα από τη Βραζιλία.', [('SANCTION', 'USA', 'BRA', '2025-07-10')]),
]


@pytest.mark.parametrize("lang,published,text,expected", ROWS)
def test_votes_tariffs(lang, published, text, expected):
    assert {e[:4] for e in extracted_events(lang, published, text)} == set(expected)
