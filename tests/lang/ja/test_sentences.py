"""Japanese sentence segmentation: (lang, input, expected) rows. No spaces between sentences."""

from ..sentence_rows import check_sentences
from ..table import table

ROWS = [
    ("ja", "上川外相は王毅外相と会談した。両外相は意思疎通を続けることで一致した。",
     ["上川外相は王毅外相と会談した。", "両外相は意思疎通を続けることで一致した。"]),
    ("ja", "林官房長官は「極めて遺憾だ。」と述べた。政府は抗議した。",
     ["林官房長官は「極めて遺憾だ。」と述べた。", "政府は抗議した。"]),
    ("ja", "貿易額は3.5％増えた！次回の会合はいつか？",
     ["貿易額は3.5％増えた！", "次回の会合はいつか？"]),
    # A sentence opening with a capital Latin letter ("G7に") is no dateline ("МОСКВА.").
    ("ja", "G7に合わせて会談した。日本は支援を表明した。",
     ["G7に合わせて会談した。", "日本は支援を表明した。"]),
]


test_sentences = table(check_sentences, ROWS)
