"""German boilerplate removal: (lang, input, expected) rows."""

from ..boilerplate_rows import check_article, check_line_after_body
from ..table import table

BODY = ("PRAG – Die Außenminister Tschechiens und Deutschlands haben am 18. Oktober in Prag über "
        "den Ausbau der Bahnverbindungen gesprochen. Beide Seiten vereinbarten, die Gespräche im "
        "Frühjahr in Dresden fortzusetzen.")

ARTICLES = [
    ("de",
     "Startseite › Politik › Ausland\n"
     "Prag und Berlin wollen Bahnverbindungen ausbauen\n"
     "Von Jana Novak\n"
     "Stand: 18.10.2024, 16:40 Uhr\n\n"
     + BODY + "\n\n"
     "Auch die Lage in der Ukraine kam zur Sprache.\n"
     "Artikel teilen: Facebook · X · E-Mail\n"
     "Meistgelesen\n"
     "© 2024 Mitteldeutscher Bote. Alle Rechte vorbehalten.",
     {"title": "Prag und Berlin wollen Bahnverbindungen ausbauen", "first": "PRAG –",
      "last": "kam zur Sprache.",
      "dropped": ["Startseite › Politik › Ausland", "Von Jana Novak", "Stand: 18.10.2024, 16:40 Uhr",
                  "Artikel teilen: Facebook · X · E-Mail", "Meistgelesen"]}),
]

LINES = [
    ("de", "Der Beitrag gibt nicht unbedingt die Meinung der Redaktion wieder.", True),
    ("de", "Mehr zum Thema: Gipfel in Wien", True),
    ("de", "Kommentare", True),
    ("de", "Von der Leyen begrüßte die Einigung am Abend ausdrücklich.", False),
]


test_article_body_and_headline = table(check_article, ARTICLES)
test_line_after_body = table(check_line_after_body, LINES, body=BODY)
