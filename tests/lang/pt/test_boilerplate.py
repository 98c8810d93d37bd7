"""Portuguese boilerplate removal: (lang, input, expected) rows."""

from ..boilerplate_rows import check_article, check_line_after_body
from ..table import table

BODY = ("LISBOA, 12 de março. Os ministros dos Negócios Estrangeiros de Portugal e de Cabo Verde analisaram "
        "em Lisboa o desenvolvimento do comércio e das ligações aéreas. As duas partes acordaram realizar "
        "a próxima ronda de consultas na Praia no outono.")

ARTICLES = [
    ("pt",
     "Início › Mundo\n"
     "Portugal e Cabo Verde analisam as ligações aéreas\n"
     "12 de março de 2024, 10:15 | 2.340 visualizações\n"
     "Partilhar:\n\n"
     + BODY + "\n\n"
     "Os ministros abordaram também a cooperação cultural.\n"
     "Leia também: O embaixador de Angola apresentou as cartas credenciais\n"
     "Siga-nos no Telegram\n"
     "Mais lidas\n"
     "© 2024 Todos os direitos reservados. Proibida a reprodução total ou parcial.",
     {"title": "Portugal e Cabo Verde analisam as ligações aéreas", "first": "LISBOA, 12 de março.",
      "last": "cooperação cultural.",
      "dropped": ["Início › Mundo", "12 de março de 2024, 10:15 | 2.340 visualizações", "Partilhar:",
                  "Leia também: O embaixador de Angola apresentou as cartas credenciais",
                  "Siga-nos no Telegram", "Mais lidas"]}),
]

LINES = [
    ("pt", "As opiniões dos autores não refletem necessariamente a linha editorial.", True),
    ("pt", "Etiquetas: Portugal, Cabo Verde, diplomacia", True),
    ("pt", "Utilizamos cookies para melhorar a sua experiência.", True),
    ("pt", "Foto: Ministério dos Negócios Estrangeiros", True),
    ("pt", "Comentários", True),
    ("pt", "Os ministros acordaram também trocar visitas de alto nível com regularidade.", False),
]


test_article_body_and_headline = table(check_article, ARTICLES)
test_line_after_body = table(check_line_after_body, LINES, body=BODY)
