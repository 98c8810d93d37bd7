"""Mongolian sentence segmentation: (lang, input, expected) rows."""

from ..sentence_rows import check_sentences
from ..table import table

ROWS = [
    ("mn", "УЛААНБААТАР. Сайд элчин сайдыг хүлээн авч уулзав. Талууд худалдааг хэлэлцэв.",
     ["УЛААНБААТАР. Сайд элчин сайдыг хүлээн авч уулзав.", "Талууд худалдааг хэлэлцэв."]),
    ("mn", "Худалдааны эргэлт 24.1 тэрбум ам.доллар болов. Экспорт 13.5 хувиар өсөв.",
     ["Худалдааны эргэлт 24.1 тэрбум ам.доллар болов.", "Экспорт 13.5 хувиар өсөв."]),
    # A name with its father's initial stays in its sentence.
    ("mn", "Уулзалтад У.Хүрэлсүх оролцов. Хэлэлцээ үргэлжилнэ.",
     ["Уулзалтад У.Хүрэлсүх оролцов.", "Хэлэлцээ үргэлжилнэ."]),
]


test_sentences = table(check_sentences, ROWS)
