"""Spanish boilerplate removal: (lang, input, expected) rows."""

from ..boilerplate_rows import check_article, check_line_after_body
from ..table import table

BODY = ("LIMA, 12 de marzo. Los ministros de Relaciones Exteriores de Perú y Ecuador analizaron en Lima "
        "el desarrollo del comercio y de las conexiones de transporte. Ambas partes acordaron celebrar "
        "la próxima ronda de consultas en Quito en otoño.")

ARTICLES = [
    ("es",
     "Portada › Internacional\n"
     "Perú y Ecuador analizan sus conexiones de transporte\n"
     "12 de marzo de 2024, 10:15 | 2.340 visitas\n"
     "Compartir:\n\n"
     + BODY + "\n\n"
     "Los ministros también trataron asuntos de cooperación cultural.\n"
     "Lee también: El embajador de Ecuador presentó sus cartas credenciales\n"
     "Síguenos en Telegram\n"
     "Lo más leído\n"
     "© 2024 Todos los derechos reservados. Prohibida su reproducción total o parcial.",
     {"title": "Perú y Ecuador analizan sus conexiones de transporte", "first": "LIMA, 12 de marzo.",
      "last": "cooperación cultural.",
      "dropped": ["Portada › Internacional", "12 de marzo de 2024, 10:15 | 2.340 visitas", "Compartir:",
                  "Lee también: El embajador de Ecuador presentó sus cartas credenciales",
                  "Síguenos en Telegram", "Lo más leído"]}),
]

LINES = [
    ("es", "Las opiniones de los autores no reflejan necesariamente la línea editorial.", True),
    ("es", "Etiquetas: Perú, Ecuador, diplomacia", True),
    ("es", "Utilizamos cookies para mejorar su experiencia.", True),
    ("es", "Foto: Cancillería de Perú", True),
    ("es", "Comentarios", True),
    ("es", "Los ministros también acordaron intercambiar visitas de alto nivel con regularidad.", False),
]


test_article_body_and_headline = table(check_article, ARTICLES)
test_line_after_body = table(check_line_after_body, LINES, body=BODY)
