"""Uzbek sentence segmentation: (lang, input, expected) rows."""

from ..sentence_rows import check_sentences
from ..table import table

ROWS = [
    ("uz", "TOSHKENT, 5-iyun. Vazir elchini qabul qildi. Tomonlar savdoni muhokama qildi.",
     ["TOSHKENT, 5-iyun. Vazir elchini qabul qildi.", "Tomonlar savdoni muhokama qildi."]),
    ("uz", "Tovar ayirboshlash 523,7 mln dollarni tashkil etdi. Eksport 13,5% o'sdi.",
     ["Tovar ayirboshlash 523,7 mln dollarni tashkil etdi.", "Eksport 13,5% o'sdi."]),
    ("uz", "Uchrashuvda Sh. Mirziyoyev ishtirok etdi. Muzokaralar davom etadi.",
     ["Uchrashuvda Sh. Mirziyoyev ishtirok etdi.", "Muzokaralar davom etadi."]),
    ("uz", "Тошкентда музокаралар бўлиб ўтди. Томонлар ҳужжатларни имзолади.",
     ["Тошкентда музокаралар бўлиб ўтди.", "Томонлар ҳужжатларни имзолади."]),
]


test_sentences = table(check_sentences, ROWS)
