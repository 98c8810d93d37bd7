"""French boilerplate removal: (lang, input, expected) rows."""

from ..boilerplate_rows import check_article, check_line_after_body
from ..table import table

BODY = ("RABAT, 9 mai – Les ministres des Affaires étrangères du Maroc et du Portugal se sont "
        "entretenus jeudi à Rabat de la coopération dans les énergies renouvelables. Ils sont "
        "convenus de tenir la prochaine réunion à Lisbonne à l'automne.")

ARTICLES = [
    ("fr",
     "Accueil › Monde\n"
     "Le Maroc et le Portugal renforcent leur coopération énergétique\n"
     "Par Louise Martin\n"
     "Publié le 09/05/2024 à 18h10\n\n"
     + BODY + "\n\n"
     "La situation au Sahel a également été évoquée.\n"
     "Partager cet article : Facebook · X · LinkedIn\n"
     "Les plus lus\n"
     "© 2024 Tous droits réservés.",
     {"title": "Le Maroc et le Portugal renforcent leur coopération énergétique", "first": "RABAT, 9 mai",
      "last": "également été évoquée.",
      "dropped": ["Accueil › Monde", "Par Louise Martin", "Publié le 09/05/2024 à 18h10",
                  "Partager cet article : Facebook · X · LinkedIn", "Les plus lus"]}),
]

LINES = [
    ("fr", "Les opinions exprimées n'engagent que leurs auteurs.", True),
    ("fr", "À lire aussi : Sommet à Madrid", True),
    ("fr", "Commentaires", True),
    ("fr", "Par ailleurs, les deux ministres ont salué la hausse des échanges commerciaux.", False),
]


test_article_body_and_headline = table(check_article, ARTICLES)
test_line_after_body = table(check_line_after_body, LINES, body=BODY)
