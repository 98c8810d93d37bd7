"""Japanese gatherings of three: a word naming three countries by a character each (日米比) is
three parties, each pair meets and agrees; 日 right after a kanji or a digit is "day", not Japan
("今日中国": today China). Issue 16; the sentences are made up. The whole pipeline must find
exactly these events."""

import pytest

from ..event_rows import check_extracted

ROWS = [
    ('ja', "2024-05-10", "日米比の外相は9日、マニラで会談し、海洋安全保障での協力強化で合意した。",
     [('CONSULT', 'JPN', 'USA', '2024-05-09', 'Manila'), ('CONSULT', 'JPN', 'PHL', '2024-05-09', 'Manila'),
      ('CONSULT', 'USA', 'PHL', '2024-05-09', 'Manila'),
      ('AGREE', 'JPN', 'USA', '2024-05-09', 'Manila'), ('AGREE', 'JPN', 'PHL', '2024-05-09', 'Manila'),
      ('AGREE', 'USA', 'PHL', '2024-05-09', 'Manila')]),
    ('ja', "2024-05-10", "今日中国外務省の報道官は記者会見で日本を非難した。",
     [('ACCUSE', 'CHN', 'JPN', '2024-05-10', None)]),
]


@pytest.mark.parametrize("lang,published,text,expected", ROWS)
def test_every_party_of_a_gathering(lang, published, text, expected):
    check_extracted(lang, published, text, expected)
