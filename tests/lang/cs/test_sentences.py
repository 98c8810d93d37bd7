"""Czech sentence segmentation: (lang, input, expected) rows."""

from ..sentence_rows import check_sentences
from ..table import table

ROWS = [
    ("cs", "PRAHA, 12. března. Ministr se setkal s velvyslancem. Obě strany projednaly obchod.",
     ["PRAHA, 12. března. Ministr se setkal s velvyslancem.", "Obě strany projednaly obchod."]),
    # "tzn.", "mld." and "Dr." end no sentence.
    ("cs", "Obchod vzrostl, tzn. na 96,4 mld. eur v roce 2023. Dr. Novák z MZV přijel včera.",
     ["Obchod vzrostl, tzn. na 96,4 mld. eur v roce 2023.", "Dr. Novák z MZV přijel včera."]),
]


test_sentences = table(check_sentences, ROWS)
