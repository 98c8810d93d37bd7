"""Hebrew sentence segmentation: (lang, input, expected) rows."""

from ..sentence_rows import check_sentences
from ..table import table

ROWS = [
    ("he", "השר הגיע לקהיר. הוא נפגש עם עמיתו המצרי.", ["השר הגיע לקהיר.", "הוא נפגש עם עמיתו המצרי."]),
    ("he", "היקף הסחר הגיע ל-3.5 מיליארד דולר. זהו שיא.", ["היקף הסחר הגיע ל-3.5 מיליארד דולר.", "זהו שיא."]),
    ("he", "האם ייחתם ההסכם? הדובר לא השיב.", ["האם ייחתם ההסכם?", "הדובר לא השיב."]),
]


test_sentences = table(check_sentences, ROWS)
