"""Entities in fa: (lang, text, expected codes and places) rows."""

from ..entity_rows import check_entities
from ..table import table

ROWS = [
    ("fa", "هیئت ایرانی در مسکو با مقامات روسیه و اتحادیه اروپا گفتگو کرد.", {"IRN", "Moscow/RUS", "RUS", "EU"}),
    ("fa", "وزیر امور خارجه عمان به تهران سفر کرد.", {"OMN", "Tehran/IRN"}),
    ("fa", "کاخ سفید به بیانیه کرملین واکنش نشان داد.", {"USA", "RUS"}),
    # A zero-width non-joiner is inside a word: the city is found, and "گفت‌وگو" is no town.
    ("fa", "نخست‌وزیر پاکستان در اسلام‌آباد با وزیر امور خارجه ایران گفت‌وگو کرد.", {"PAK", "Islamabad/PAK", "IRN"}),
]


test_entities = table(check_entities, ROWS)
