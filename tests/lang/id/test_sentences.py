"""Indonesian sentence segmentation: (lang, input, expected) rows."""

from ..sentence_rows import check_sentences
from ..table import table

ROWS = [
    ("id", "Menteri menerima kunjungan duta besar. Kedua pihak membahas perdagangan.",
     ["Menteri menerima kunjungan duta besar.", "Kedua pihak membahas perdagangan."]),
    ("id", "Nilai perdagangan mencapai 12,5 miliar dolar AS. Ekspor naik 3,5%.",
     ["Nilai perdagangan mencapai 12,5 miliar dolar AS.", "Ekspor naik 3,5%."]),
    ("id", "Pertemuan dihadiri Prof. Dr. Budi Santoso. Pembicaraan akan berlanjut.",
     ["Pertemuan dihadiri Prof. Dr. Budi Santoso.", "Pembicaraan akan berlanjut."]),
]


test_sentences = table(check_sentences, ROWS)
