"""Figure kinds the eighth held-out generation showed (own texts, facts of real happenings)."""

from .figure_rows import check_figures
from .table import table

# Aid written as arms or equipment "worth" an amount.
ARMS = [
    ("en", "2024-03-13",
     "WASHINGTON (AP) - The United States announced on Tuesday a new package of weapons worth $300 million "
     "for Ukraine.",
     [("aid", {"USA", "UKR"}, "2024-03", 3e8, "USD")]),
    ("fr", "2024-02-17",
     "PARIS (AFP) - La France va livrer à l'Ukraine des équipements militaires d'une valeur de 3 milliards "
     "d'euros en 2024, a annoncé vendredi le président Emmanuel Macron.",
     [("aid", {"FRA", "UKR"}, "2024-02", 3e9, "EUR")]),
    # Goods "worth" an amount that a trade word names stay a trade figure.
    ("de", "2024-03-10",
     "Deutschland exportierte 2023 Waren im Wert von 2,7 Milliarden Euro nach Kasachstan.",
     [("exports", {"DEU", "KAZ"}, "2023", 2.7e9, "EUR")]),
]

test_arms_worth = table(check_figures, ARMS)
