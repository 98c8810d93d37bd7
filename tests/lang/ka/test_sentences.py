"""Georgian sentence segmentation (written without capitals: any word may open a sentence): rows."""

from ..sentence_rows import check_sentences
from ..table import table

ROWS = [
    ("ka", "თბილისი, 7 დეკემბერი. მინისტრი ელჩს შეხვდა. მხარეებმა ვაჭრობა განიხილეს.",
     ["თბილისი, 7 დეკემბერი. მინისტრი ელჩს შეხვდა.", "მხარეებმა ვაჭრობა განიხილეს."]),
    ("ka", "ბრუნვა 13,5%-ით გაიზარდა და 523,7 მლნ დოლარი შეადგინა. წელს ზრდა გაგრძელდა.",
     ["ბრუნვა 13,5%-ით გაიზარდა და 523,7 მლნ დოლარი შეადგინა.", "წელს ზრდა გაგრძელდა."]),
]


test_sentences = table(check_sentences, ROWS)
