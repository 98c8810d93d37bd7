"""Entities in tr: (lang, text, expected codes and places) rows."""

from ..entity_rows import check_entities
from ..table import table

ROWS = [
    ("tr", "Kazakistan'ın temsilcileri Brüksel'de AB yetkilileriyle görüştü.", {"KAZ", "Brussels/BEL", "EU"}),
    ("tr", "Türk heyeti Bakü'de ŞİÖ ve AGİT toplantılarına katıldı.", {"TUR", "Baku/AZE", "SCO", "OSCE"}),
    ("tr", "Of course değil; Ankara ile Tiflis arasında görüşme yapıldı.", {"Ankara/TUR", "Tbilisi/GEO"}),
    ("tr", "Beyaz Saray, açıklamanın ardından Kremlin'e çağrıda bulundu.", {"USA", "RUS"}),
]


test_entities = table(check_entities, ROWS)
