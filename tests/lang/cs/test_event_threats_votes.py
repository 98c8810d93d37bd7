"""Czech: a verbal act told after a reporting verb is dated by the day it was said, not by a day named after
it for what it is about; a vote against two countries' accession rejects each; severing relations is a sanction, the accusation beside it an accusation."""

import pytest

from ..event_rows import extracted_events

ROWS = [
    ('cs', '2025-04-10', 'Rakouský parlament hlasoval proti přistoupení Rumunska a Bulharska do Schengenu.', [('REJECT', 'AUT', 'ROU', '2025-04-10'), ('REJECT', 'AUT', 'BGR', '2025-04-10')]),
    ('cs', '2025-04-10', 'Alžírsko se rozhodlo přerušit diplomatické vztahy s Marokem a obvinilo ho z nepřátelských činů.', [('SANCTION', 'DZA', 'MAR', '2025-04-10'), ('ACCUSE', 'DZA', 'MAR', '2025-04-10')]),
]


@pytest.mark.parametrize("lang,published,text,expected", ROWS)
def test_threats_votes(lang, published, text, expected):
    assert {e[:4] for e in extracted_events(lang, published, text)} == set(expected)


def test_accusation_dated_by_the_day_it_was_said():
    # Published on Thursday: the minister spoke on Thursday about Wednesday's attack.
    found = {e[:4] for e in extracted_events(
        "cs", "2025-04-10", "Ministr zahraničí Česka ve čtvrtek prohlásil, že Česko ostře odsuzuje ruský útok ze středy.")}
    assert found == {("ACCUSE", "CZE", "RUS", "2025-04-10")}
