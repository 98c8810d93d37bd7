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

# What all the world invested in a country ("foreign investment in Mexico") is its total, no figure of the
# pair the article is about; what one partner invested beside it in the sentence stays that pair's.
COUNTRY_TOTALS = [
    ("en", "2025-03-20", "Foreign investment in Kyrgyzstan reached 1.5 billion dollars in 2023, while Russia "
     "invested 400 million dollars in Kyrgyzstan.",
     [("investment", {"KGZ", "RUS"}, "2023", 4e8, "USD")]),
    ("ru", "2025-03-20", "Президенты Узбекистана и Китая провели переговоры. Объем иностранных инвестиций в "
     "Узбекистан в 2024 году составил 14 миллиардов долларов.", []),
    ("tr", "2025-03-20", "Türkiye ve Macaristan heyetleri görüştü. Macaristan'a gelen yabancı yatırım 2024 "
     "yılında 9 milyar dolar oldu.", []),
    ("es", "2025-03-20", "Chile y Perú firmaron acuerdos. La inversión extranjera en Perú alcanzó 8.000 millones "
     "de dólares en 2024.", []),
    ("de", "2025-03-20", "Österreich und Ungarn unterzeichneten Abkommen. Die ausländischen Investitionen in "
     "Ungarn erreichten 2024 rund 12 Milliarden Euro.", []),
    ("ar", "2025-03-20", "وقعت المغرب وفرنسا اتفاقيات. بلغت الاستثمارات الأجنبية المباشرة في المغرب 3 مليارات "
     "دولار في عام 2024.", []),
    # One partner's foreign investment in another is the pair's.
    ("en", "2025-03-20", "Japan's foreign direct investment in Indonesia reached 5 billion dollars in 2024.",
     [("investment", {"JPN", "IDN"}, "2024", 5e9, "USD")]),
]

test_country_totals_are_no_pair_figures = table(check_figures, COUNTRY_TOTALS)
