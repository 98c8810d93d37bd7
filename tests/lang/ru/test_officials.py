"""Officials in ru: (lang, text, expected people) rows."""

import pytest

from ..entity_rows import check_officials

ROWS = [
    ("ru", "Министр иностранных дел Казахстана Ержан Ашикбаев провел встречу в Астане.",
     [("Erzhan Ashikbaev", "foreign minister", "KAZ")]),
    ("ru", "Переговоры с вице-премьером правительства Турции Джевдетом Йылмазом прошли в Анкаре.",
     [("Dzhevdet Yylmaz", "deputy prime minister", "TUR")]),
    ("ru", "Посол Франции в Баку Анн Бойон вручила верительные грамоты. Бойон отметила важность визита.",
     [("Ann Boyon", "ambassador", "FRA")]),
]


@pytest.mark.parametrize("lang,text,expected", ROWS)
def test_officials(lang, text, expected):
    check_officials(lang, text, expected)
