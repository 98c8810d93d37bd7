"""Entities in id: (lang, text, expected codes and places) rows."""

from ..entity_rows import check_entities
from ..table import table

ROWS = [
    ("id", "Delegasi Indonesia bertemu dengan perwakilan Uni Eropa di Brussel.", {"IDN", "EU", "Brussels/BEL"}),
    ("id", "Pejabat AS dan Tiongkok hadir dalam pertemuan ASEAN di Jakarta.", {"USA", "CHN", "ASEAN", "Jakarta/IDN"}),
    ("id", "Kremlin dan Gedung Putih belum memberikan tanggapan.", {"RUS", "USA"}),
]


test_entities = table(check_entities, ROWS)
