"""Officials in it: (lang, text, expected people) rows."""

from ..entity_rows import check_officials
from ..table import table

ROWS = [
    ("it", "Il ministro degli Esteri italiano Antonio Tajani ha incontrato a Tunisi il suo omologo.",
     [("Antonio Tajani", "foreign minister", "ITA")]),
    ("it", "Il ministro degli Esteri della Tunisia, Nabil Ammar, si è recato a Roma.",
     [("Nabil Ammar", "foreign minister", "TUN")]),
    ("it", "L'ambasciatore di Francia a Roma, Martin Briens, ha presentato le credenziali. "
           "Briens ha sottolineato l'importanza della visita.",
     [("Martin Briens", "ambassador", "FRA")]),
    ('it', 'Il ministro ha ricevuto il suo omologo boliviano Marcos Albuquerque alla Farnesina.',
     [('Marcos Albuquerque', 'counterpart', 'BOL')]),
    ('it', 'Il primo ministro senegalese Amadou Ndiaye, in visita a Milano, ha incontrato gli imprenditori.',
     [('Amadou Ndiaye', 'prime minister', 'SEN')]),
]


test_officials = table(check_officials, ROWS)
