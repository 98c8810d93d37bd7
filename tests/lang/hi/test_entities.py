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
