"""Serbian sentence segmentation, both scripts: (lang, input, expected) rows."""

from ..sentence_rows import check_sentences
from ..table import table

ROWS = [
    ("sr", "БЕОГРАД, 8. маја. Председник је примио госта. Стране су разговарале о трговини.",
     ["БЕОГРАД, 8. маја. Председник је примио госта.", "Стране су разговарале о трговини."]),
    ("sr", "Razmena je u 2023. godini porasla za 13,5 odsto. Ove godine rast se nastavio.",
     ["Razmena je u 2023. godini porasla za 13,5 odsto.", "Ove godine rast se nastavio."]),
    ("sr", "Састанак је одржан у Нишу, тзв. капији Балкана. Водио га је проф. М. Ђурић.",
     ["Састанак је одржан у Нишу, тзв. капији Балкана.", "Водио га је проф. М. Ђурић."]),
]


test_sentences = table(check_sentences, ROWS)
