"""Who reports a saying in a clause after it ("..., his lawyer said") does not make it when the
sentence names its subject before it: the subject sues, accuses or demands (issue 13; the
sentence is made up). The whole pipeline must find exactly these events."""

import pytest

from ..event_rows import check_extracted

ROWS = [
    ('en', "2024-05-10", 'A Greek shipowner is suing Turkey over the seizure of his tanker, '
                         'his lawyer told reporters in Athens.',
     [('ACCUSE', 'GRC', 'TUR', '2024-05-10', None)]),
]


@pytest.mark.parametrize("lang,published,text,expected", ROWS)
def test_the_subject_acts_not_the_reporter(lang, published, text, expected):
    check_extracted(lang, published, text, expected)
