"""Officials in pt: (lang, text, expected people) rows."""

from ..entity_rows import check_officials
from ..table import table

ROWS = [
    ("pt", "O ministro dos Negócios Estrangeiros de Portugal, Paulo Rangel, reuniu-se em Madrid com o seu homólogo.",
     [("Paulo Rangel", "foreign minister", "PRT")]),
    # A name with particles is one name ("da", "de"), however long.
    ("pt", "O Presidente do Brasil, Luiz Inácio Lula da Silva, foi recebido pelo Presidente da República, "
           "Marcelo Rebelo de Sousa. Lula da Silva agradeceu.",
     [("Luiz Inácio Lula da Silva", "president", "BRA"), ("Marcelo Rebelo de Sousa", "president", "PRT")]),
    ("pt", "O embaixador da França em Lisboa, Jean Dupont, apresentou as cartas credenciais. "
           "Dupont sublinhou a importância da visita.",
     [("Jean Dupont", "ambassador", "FRA")]),
    ("pt", "O chanceler brasileiro, Mauro Vieira, viajou a Pequim.", [("Mauro Vieira", "foreign minister", "BRA")]),
    # A palace's name is no person.
    ('pt', 'Segundo o porta-voz do Palácio do Planalto, o encontro foi adiado.', []),
]


test_officials = table(check_officials, ROWS)
