"""Hindi number reading: lakh, crore, arab and Indian digit grouping: (lang, input, expected) rows."""

from ..number_rows import check_number
from ..table import table

ROWS = [
    ("hi", "द्विपक्षीय व्यापार 65.7 अरब डॉलर रहा।", ("65.7 अरब डॉलर", 65.7e9, "USD", "money")),
    ("hi", "सरकार ने 500 करोड़ रुपये मंजूर किए।", ("500 करोड़ रुपये", 5e9, "INR", "money")),
    ("hi", "रक्षा बजट 6.2 लाख करोड़ रुपये है।", ("6.2 लाख करोड़ रुपये", 6.2e12, "INR", "money")),
    ("hi", "अनुदान ₹1,00,000 का था।", ("₹1,00,000", 1e5, "INR", "money")),
    ("hi", "निर्यात 12.5 प्रतिशत बढ़ा।", ("12.5 प्रतिशत", 12.5, "percent", "percent")),
    # Devanagari digits read as digits.
    ("hi", "व्यापार ६५.७ अरब डॉलर रहा।", ("६५.७ अरब डॉलर", 65.7e9, "USD", "money")),
]


test_numbers = table(check_number, ROWS)
