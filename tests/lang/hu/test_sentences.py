"""Hungarian sentence segmentation: (lang, input, expected) rows."""

from ..sentence_rows import check_sentences
from ..table import table

ROWS = [
    ("hu", "BUDAPEST, március 12. A miniszter fogadta a nagykövetet. A felek a kereskedelemről tárgyaltak.",
     ["BUDAPEST, március 12. A miniszter fogadta a nagykövetet.", "A felek a kereskedelemről tárgyaltak."]),
    # A year or an ordinal with a dot ("2024. július 5."), "kb." and "Dr." end no sentence.
    ("hu", "A forgalom 2024. július 5. óta kb. 3 milliárd euró volt. Dr. Kovács tegnap érkezett.",
     ["A forgalom 2024. július 5. óta kb. 3 milliárd euró volt.", "Dr. Kovács tegnap érkezett."]),
]


test_sentences = table(check_sentences, ROWS)
