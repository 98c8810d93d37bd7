"""Azerbaijani sentence segmentation: (lang, input, expected) rows."""

from ..sentence_rows import check_sentences
from ..table import table

ROWS = [
    ("az", "Gəncə, 3 mart. Nazir səfiri qəbul edib. Tərəflər əməkdaşlığı müzakirə ediblər.",
     ["Gəncə, 3 mart. Nazir səfiri qəbul edib.", "Tərəflər əməkdaşlığı müzakirə ediblər."]),
    ("az", "Ticarət dövriyyəsi 523.7 milyon dollar olub. İxrac 13,5% artıb.",
     ["Ticarət dövriyyəsi 523.7 milyon dollar olub.", "İxrac 13,5% artıb."]),
    ("az", "Görüşdə prof. Məmmədov və C. Əliyev iştirak ediblər. Sonra mətbuata açıqlama verilib.",
     ["Görüşdə prof. Məmmədov və C. Əliyev iştirak ediblər.", "Sonra mətbuata açıqlama verilib."]),
    ("az", "Nazir bildirib: “Biz hazırıq.” Danışıqlar davam edəcək.",
     ["Nazir bildirib: “Biz hazırıq.”", "Danışıqlar davam edəcək."]),
]


test_sentences = table(check_sentences, ROWS)
