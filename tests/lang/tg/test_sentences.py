"""Tajik sentence segmentation: (lang, input, expected) rows."""

from ..sentence_rows import check_sentences
from ..table import table

ROWS = [
    ("tg", "ДУШАНБЕ, 5 июн. Вазир сафирро қабул кард. Тарафҳо савдоро баррасӣ карданд.",
     ["ДУШАНБЕ, 5 июн. Вазир сафирро қабул кард.", "Тарафҳо савдоро баррасӣ карданд."]),
    ("tg", "Гардиши мол 3,9 млрд долларро ташкил дод. Содирот 13,5% афзоиш ёфт.",
     ["Гардиши мол 3,9 млрд долларро ташкил дод.", "Содирот 13,5% афзоиш ёфт."]),
]


test_sentences = table(check_sentences, ROWS)
