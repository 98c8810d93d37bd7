"""A demand whose demanded clause names a third country is made by the speaker's country to the
side addressed, not to the country inside what is demanded. Issue 13; the sentences are made up.
The whole pipeline must find exactly these events."""

import pytest

from ..event_rows import check_extracted

ROWS = [
    ('en', "2024-05-10", "Polish Deputy Foreign Minister Anna Nowak on Monday urged Beijing to halt any cooperation that helps Tehran's drone programme.",
     [('REQUEST', 'POL', 'CHN', '2024-05-06', None)]),
    # An official of an organ speaks for the organ; the body it belongs to, named in what is said, is
    # its own side, and the country the help is for is whom it acts on.
    ('en', "2024-05-10", "European Commission President Ursula von der Leyen said on Monday the EU is ready to mobilise 300 million euros for Moldova.",
     [('AGREE', 'EC', 'MDA', '2024-05-06', None)]),
]


@pytest.mark.parametrize("lang,published,text,expected", ROWS)
def test_demand_is_made_to_the_addressee(lang, published, text, expected):
    check_extracted(lang, published, text, expected)
