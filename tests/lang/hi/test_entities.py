"""Entities in hi: (lang, text, expected codes and places) rows."""

from ..entity_rows import check_entities
from ..table import table

ROWS = [
    ("hi", "भारत और रूस के प्रतिनिधियों ने संयुक्त राष्ट्र में मुलाकात की।", {"IND", "RUS", "UN"}),
    ("hi", "चीनी और अमेरिकी अधिकारियों ने शंघाई सहयोग संगठन पर बात की।", {"CHN", "USA", "SCO"}),
    # "प्राचीन" (ancient) holds "चीन" (China) but is another word.
    ("hi", "प्राचीन काल से नेपाल और भारत के संबंध गहरे हैं।", {"NPL", "IND"}),
]


test_entities = table(check_entities, ROWS)


# Cities: Devanagari has no capitals, so capitals, large cities and the curated ones are
# matched as words; "नई दिल्ली" is New Delhi, which GeoNames also lists for Delhi.
CITIES = [
    ("hi", "प्रधानमंत्री मास्को पहुंचे और नई दिल्ली लौटे।", {"Moscow/RUS", "New Delhi/IND"}),
]


test_cities = table(check_entities, CITIES)
