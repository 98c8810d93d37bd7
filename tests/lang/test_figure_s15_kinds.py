"""Figure kinds of session 15 (own sentences, made up for these tests): money a state places in another
state's central bank, and the checks on a facility and its tranches."""

from __future__ import annotations

from .figure_rows import check_figures
from .table import table

# A deposit in another country's central bank supports its reserves: aid from the depositor, whatever the
# verb ("yatırdı" also means "invested"); an investment beside a central bank named for another reason stays one.
DEPOSITS = [
    ("ar", "2025-03-20", "أودعت قطر ملياري دولار في البنك المركزي التونسي لدعم احتياطياته.",
     [("aid", {"QAT", "TUN"}, "2025-03", 2e9, "USD")]),
    ("tr", "2025-03-20", "Katar, Mısır Merkez Bankası'na 2 milyar dolar yatırdı.",
     [("aid", {"QAT", "EGY"}, "2025-03", 2e9, "USD")]),
    ("fr", "2025-03-20", "Le Koweït a déposé 1 milliard de dollars auprès de la banque centrale de Jordanie.",
     [("aid", {"KWT", "JOR"}, "2025-03", 1e9, "USD")]),
    ("uz", "2025-03-20", "Xitoy Qirg'iziston Markaziy bankiga 500 million dollar depozit qo'ydi.",
     [("aid", {"CHN", "KGZ"}, "2025-03", 5e8, "USD")]),
    ("fa", "2025-03-20", "امارات ۲ میلیارد دلار در بانک مرکزی پاکستان سپرده گذاری کرد.",
     [("aid", {"ARE", "PAK"}, "2025-03", 2e9, "USD")]),
    ("en", "2025-03-20", "Qatar invested 2 billion dollars in Egypt's new port, the central bank governor said.",
     [("investment", {"QAT", "EGY"}, "2025-03", 2e9, "USD")]),
]

test_central_bank_deposits = table(check_figures, DEPOSITS)
