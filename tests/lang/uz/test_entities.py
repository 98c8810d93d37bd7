"""Entities in uz, Latin and Cyrillic: (lang, text, expected codes and places) rows."""

from ..entity_rows import check_entities
from ..table import table

ROWS = [
    ("uz", "O'zbekiston delegatsiyasi Bryusselda Yevropa Ittifoqi vakillari bilan uchrashdi.", {"UZB", "Brussels/BEL", "EU"}),
    ("uz", "Oʻzbekiston va Qozogʻiston Toshkentda BMT vakillari bilan uchrashdi.", {"UZB", "KAZ", "Tashkent/UZB", "UN"}),
    ("uz", "Ўзбекистон делегацияси Пекинда ШҲТ вакиллари билан учрашди.", {"UZB", "Beijing/CHN", "SCO"}),
    ("uz", "Rossiya va Xitoy Samarqandda Turkiy davlatlar tashkiloti haqida gapirmadi.", {"RUS", "CHN", "Samarkand/UZB", "OTS"}),
]


test_entities = table(check_entities, ROWS)
