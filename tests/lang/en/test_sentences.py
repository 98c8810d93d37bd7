"""English sentence segmentation: (lang, input, expected) rows."""

from ..sentence_rows import check_sentences
from ..table import table

ROWS = [
    ("en", "Mr. Blake met Dr. Osei in Accra. They discussed trade.",
     ["Mr. Blake met Dr. Osei in Accra.", "They discussed trade."]),
    ("en", "LONDON, May 2 – The U.S. Secretary of State arrived on Monday. Talks began at noon.",
     ["LONDON, May 2 – The U.S. Secretary of State arrived on Monday.", "Talks began at noon."]),
    ("en", "Exports rose 4.5 percent to $523.7 million. Imports fell.",
     ["Exports rose 4.5 percent to $523.7 million.", "Imports fell."]),
    ("en", "The envoy, J. K. Rowe, said: “We are ready.” The talks resume on Jan. 12.",
     ["The envoy, J. K. Rowe, said: “We are ready.”", "The talks resume on Jan. 12."]),
    ("en", "Did they agree? Yes! The deal was signed...\nA new paragraph starts here.",
     ["Did they agree?", "Yes!", "The deal was signed...", "A new paragraph starts here."]),
]


test_sentences = table(check_sentences, ROWS)
