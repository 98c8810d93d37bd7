"""Officials in es: (lang, text, expected people) rows."""

from ..entity_rows import check_officials
from ..table import table

ROWS = [
    ("es", "El ministro de Asuntos Exteriores de España, José Manuel Albares, se reunió en Rabat con su homólogo.",
     [("José Manuel Albares Bueno", "foreign minister", "ESP")]),
    # In Latin American news the "canciller" is the foreign minister.
    ("es", "El canciller argentino, Diego Rivas, viajó a Santiago para reunirse con la ministra de "
           "Relaciones Exteriores de Chile, Lucía Ortega.",
     [("Diego Rivas", "foreign minister", "ARG"), ("Lucía Ortega", "foreign minister", "CHL")]),
    ("es", "El embajador de Francia en Madrid, Jean Dupont, presentó sus cartas credenciales. "
           "Dupont subrayó la importancia de la visita.",
     [("Jean Dupont", "ambassador", "FRA")]),
    ('es', 'La canciller se reunió con su homólogo ghanés Kwame Mensah en Acra.',
     [('Kwame Mensah', 'counterpart', 'GHA')]),
    ('es', 'El presidente senegalés Amadou Ndiaye, de gira por Europa, habló con la prensa.',
     [('Amadou Ndiaye', 'president', 'SEN')]),
    # A former regional leader, a dissident.
    ('es', 'El expresidente catalán Carles Puigdemont sigue en Bruselas desde hace años.',
     [('Carles Puigdemont', 'former president', 'ESP')]),
    ('es', 'El disidente cubano José Daniel Ferrer fue detenido de nuevo en Santiago.',
     [('José Daniel Ferrer', 'dissident', 'CUB')]),
    # A courtesy title between the role and the name ("la Sra.") is neither.
    ("es", "La embajadora de España, la Sra. Ada Quill, presentó sus cartas credenciales en Lima.",
     [("Ada Quill", "ambassador", "ESP")]),
    # People outside the state: a judge.
    ("es", 'La jueza Ada Quill ordenó la detención del exministro en Madrid.',
     [('Ada Quill', 'judge', None)]),
]


test_officials = table(check_officials, ROWS)
