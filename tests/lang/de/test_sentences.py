"""German sentence segmentation: (lang, input, expected) rows."""

from ..sentence_rows import check_sentences
from ..table import table

ROWS = [
    ("de", "Der Minister reist am 18. Oktober nach Wien. Dort trifft er Kollegen.",
     ["Der Minister reist am 18. Oktober nach Wien.", "Dort trifft er Kollegen."]),
    ("de", "Es ging z. B. um Energie bzw. um Verkehr. Der Handel wuchs um 13,5 Prozent.",
     ["Es ging z. B. um Energie bzw. um Verkehr.", "Der Handel wuchs um 13,5 Prozent."]),
    ("de", "Dr. Weber sprach mit Prof. Lang über die 2. Runde. Sie endete ohne Einigung.",
     ["Dr. Weber sprach mit Prof. Lang über die 2. Runde.", "Sie endete ohne Einigung."]),
    ("de", "„Wir sind bereit.“ Das sagte der Sprecher. Der Umsatz lag bei 523.7 Mio. Euro.",
     ["„Wir sind bereit.“", "Das sagte der Sprecher.", "Der Umsatz lag bei 523.7 Mio. Euro."]),
]


test_sentences = table(check_sentences, ROWS)
