"""Hindi figures: (lang, input, expected) rows."""

from ..figure_rows import check_directions, check_figures
from ..table import table

ROWS = [
    ("hi", "2024-03-01",
     "2023 में भारत और रूस के बीच द्विपक्षीय व्यापार 65.7 अरब डॉलर रहा।",
     [("trade_turnover", {"IND", "RUS"}, "2023", 65.7e9, "USD")]),
    ("hi", "2024-03-01",
     "2023 में भारत और नेपाल के बीच व्यापार 65,000 करोड़ रुपये रहा।",
     [("trade_turnover", {"IND", "NPL"}, "2023", 6.5e11, "INR")]),
    # India's fiscal year: April to March.
    ("hi", "2024-07-10",
     "वित्त वर्ष 2023-24 में भारत और रूस के बीच द्विपक्षीय व्यापार 65.7 अरब डॉलर रहा।",
     [("trade_turnover", {"IND", "RUS"}, "2023-04/2024-03", 65.7e9, "USD")]),
    # The summit's venue (Kazan, Russia) is no party of India's and China's trade.
    ("hi", "2024-10-24",
     "रूस के कज़ान में ब्रिक्स शिखर सम्मेलन से इतर भारत के प्रधानमंत्री नरेंद्र मोदी और चीनी राष्ट्रपति शी जिनपिंग ने "
     "बुधवार को द्विपक्षीय वार्ता की। वित्त वर्ष 2023-24 में दोनों देशों के बीच व्यापार 118.4 अरब डॉलर रहा।",
     [("trade_turnover", {"IND", "CHN"}, "2023-04/2024-03", 118.4e9, "USD")]),
    ("hi", "2024-10-24",
     "रूस के कज़ान में ब्रिक्स शिखर सम्मेलन में मोदी ने कहा कि भारत-चीन व्यापार 2023-24 में 118.4 अरब डॉलर रहा।",
     [("trade_turnover", {"IND", "CHN"}, "2023-04/2024-03", 118.4e9, "USD")]),
    # ऋण (a loan, a credit line) is aid.
    ("hi", "2022-03-18", "भारत ने श्रीलंका को 1 अरब डॉलर का ऋण दिया।",
     [("aid", {"IND", "LKA"}, "2022-03", 1e9, "USD")]),
]


test_figures = table(check_figures, ROWS)


# Who exports to whom: the postpositions को (to) and से (from) stand after the country.
DIRECTIONS = [
    ("hi", "2024-10-24", "वित्त वर्ष 2023-24 में भारत ने चीन को 16.67 अरब डॉलर का निर्यात किया, जबकि चीन से आयात 101.7 अरब डॉलर रहा।",
     [("exports", "IND", "CHN"), ("imports", "IND", "CHN")]),
]


test_trade_directions = table(check_directions, DIRECTIONS)
