"""Entities in ky: (lang, text, expected codes and places) rows."""

from ..entity_rows import check_entities
from ..table import table

ROWS = [
    ("ky", "Кыргызстандын делегациясы Брюсселде Европа Бирлигинин өкүлдөрү менен жолукту.", {"KGZ", "Brussels/BEL", "EU"}),
    ("ky", "Бишкекте БУУ жана ЕККУнун өкүлдөрү жолугушту.", {"Bishkek/KGZ", "UN", "OSCE"}),
    ("ky", "Орусия менен Кытайдын өкүлдөрү Ташкентте ШКУнун жыйынына катышты.", {"RUS", "CHN", "Tashkent/UZB", "SCO"}),
]


test_entities = table(check_entities, ROWS)
