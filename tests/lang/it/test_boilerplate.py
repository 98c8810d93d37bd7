"""Italian boilerplate removal: (lang, input, expected) rows."""

from ..boilerplate_rows import check_article, check_line_after_body
from ..table import table

BODY = ("ATENE, 12 marzo – I ministri degli Esteri della Grecia e di Cipro hanno esaminato ad Atene "
        "lo sviluppo del commercio e dei collegamenti marittimi. Le due parti hanno concordato di tenere "
        "il prossimo round di consultazioni a Nicosia in autunno.")

ARTICLES = [
    ("it",
     "Home › Esteri\n"
     "Grecia e Cipro discutono dei collegamenti marittimi\n"
     "12 marzo 2024, 10:15 | 2.340 visualizzazioni\n"
     "Condividi:\n\n"
     + BODY + "\n\n"
     "I ministri hanno affrontato anche i temi della cooperazione culturale.\n"
     "Leggi anche: L'ambasciatore di Cipro ha presentato le credenziali\n"
     "Seguici su Telegram\n"
     "I più letti\n"
     "© 2024 Riproduzione riservata.",
     {"title": "Grecia e Cipro discutono dei collegamenti marittimi", "first": "ATENE, 12 marzo –",
      "last": "cooperazione culturale.",
      "dropped": ["Home › Esteri", "12 marzo 2024, 10:15 | 2.340 visualizzazioni", "Condividi:",
                  "Leggi anche: L'ambasciatore di Cipro ha presentato le credenziali",
                  "Seguici su Telegram", "I più letti"]}),
]

LINES = [
    ("it", "Le opinioni espresse non riflettono necessariamente quelle della redazione.", True),
    ("it", "Tag: Grecia, Cipro, diplomazia", True),
    ("it", "Questo sito utilizza cookie per migliorare la navigazione.", True),
    ("it", "Foto: ministero degli Esteri", True),
    ("it", "Commenti", True),
    ("it", "I ministri hanno inoltre concordato di scambiarsi regolarmente visite ad alto livello.", False),
]


test_article_body_and_headline = table(check_article, ARTICLES)
test_line_after_body = table(check_line_after_body, LINES, body=BODY)
