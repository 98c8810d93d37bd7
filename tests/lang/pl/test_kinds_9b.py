"""Polish event kinds: a threat made as a negative condition, police dispersing a demonstration (both the
crackdown and the protest), a protest of past months as background, concern as criticism, troops sent
to the border (mobilisation toward the neighbour), a passive summons of the nuncio (the Holy See). Rows: (lang, published, text, expected (type, source, target, date, venue))."""

from ..table import table
from ..event_rows import check_extracted

ROWS = [
    ("pl", "2024-03-05",
     'Jeśli Węgry nie dotrzymają zobowiązań, Polska nie ratyfikuje umowy, powiedział w poniedziałek polski minister.',
     [('THREATEN', 'POL', 'HUN', '2024-03-04', None)]),
    ("pl", "2024-03-05",
     'Policja rozpędziła w poniedziałek w Warszawie demonstrację przeciwko rządowi.',
     [('COERCE', 'POL', 'POL', '2024-03-04', 'Warsaw'), ('PROTEST', 'POL', 'POL', '2024-03-04', 'Warsaw')]),
    ("pl", "2024-03-05",
     'W ubiegłych miesiącach na granicy z Ukrainą protestowali polscy rolnicy.',
     []),
    ("pl", "2024-03-05",
     'Polska wyraziła w poniedziałek zaniepokojenie nową ustawą na Węgrzech.',
     [('ACCUSE', 'POL', 'HUN', '2024-03-04', None)]),
    ("pl", "2024-03-05",
     'Polska zdecydowała w poniedziałek wysłać dodatkowych żołnierzy na granicę z Białorusią.',
     [('MOBILIZE', 'POL', 'BLR', '2024-03-04', None)]),
    ("pl", "2024-03-05",
     'WARSZAWA, 5 marca. W poniedziałek nuncjusz apostolski został wezwany do MSZ.',
     [('ACCUSE', 'POL', 'VAT', '2024-03-04', 'Warsaw')]),
]

test_kinds_9b = table(check_extracted, ROWS)
