"""Korean gatherings of three: a word naming three countries by a syllable each (한중일) is three
parties, a list of officials with their titles after the names (과, comma) names every country, and
"the three leaders" (세 정상) refers back to that list: every pair meets and agrees. Issue 16; the
sentences are made up. The whole pipeline must find exactly these events."""

import pytest

from ..event_rows import check_extracted

ROWS = [
    ('ko', "2024-05-10", "한중일 정상은 9일 도쿄에서 정상회의를 열었다.",
     [('CONSULT', 'KOR', 'CHN', '2024-05-09', 'Tokyo'), ('CONSULT', 'KOR', 'JPN', '2024-05-09', 'Tokyo'),
      ('CONSULT', 'CHN', 'JPN', '2024-05-09', 'Tokyo')]),
    ('ko', "2024-05-10", "이재명 대통령과 리창 중국 총리, 이시바 시게루 일본 총리는 7일 베이징에서 3국 정상회의를 열었다. "
     "세 정상은 내년에 서울에서 다시 만나기로 합의했다.",
     [('CONSULT', 'KOR', 'CHN', '2024-05-07', 'Beijing'), ('CONSULT', 'KOR', 'JPN', '2024-05-07', 'Beijing'),
      ('CONSULT', 'CHN', 'JPN', '2024-05-07', 'Beijing'),
      ('AGREE', 'KOR', 'CHN', '2024-05-07', 'Beijing'), ('AGREE', 'KOR', 'JPN', '2024-05-07', 'Beijing'),
      ('AGREE', 'CHN', 'JPN', '2024-05-07', 'Beijing')]),
]


@pytest.mark.parametrize("lang,published,text,expected", ROWS)
def test_every_party_of_a_gathering(lang, published, text, expected):
    check_extracted(lang, published, text, expected)
