"""Chinese gatherings of three: a word naming three countries by a character each (美日韩) is
three parties; each pair meets and agrees. Issue 16; the sentences are made up. The whole
pipeline must find exactly these events."""

import pytest

from ..event_rows import check_extracted

ROWS = [
    ('zh', "2024-05-10", "美日韩三国外长8日在东京举行会谈，同意加强合作。",
     [('CONSULT', 'USA', 'JPN', '2024-05-08', 'Tokyo'), ('CONSULT', 'USA', 'KOR', '2024-05-08', 'Tokyo'),
      ('CONSULT', 'KOR', 'JPN', '2024-05-08', 'Tokyo'),
      ('AGREE', 'USA', 'JPN', '2024-05-08', 'Tokyo'), ('AGREE', 'USA', 'KOR', '2024-05-08', 'Tokyo'),
      ('AGREE', 'JPN', 'KOR', '2024-05-08', 'Tokyo')]),
]


@pytest.mark.parametrize("lang,published,text,expected", ROWS)
def test_every_party_of_a_gathering(lang, published, text, expected):
    check_extracted(lang, published, text, expected)
