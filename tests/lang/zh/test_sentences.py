"""Chinese sentence segmentation: (lang, input, expected) rows. No spaces between sentences."""

from ..sentence_rows import check_sentences
from ..table import table

ROWS = [
    ("zh", "王毅同拉夫罗夫举行会谈。双方就乌克兰问题交换了意见！",
     ["王毅同拉夫罗夫举行会谈。", "双方就乌克兰问题交换了意见！"]),
    ("zh", "贸易额增长了26.3%。这是历史新高吗？是的。",
     ["贸易额增长了26.3%。", "这是历史新高吗？", "是的。"]),
    ("zh", "毛宁说：“中方坚决反对。”美方没有回应。",
     ["毛宁说：“中方坚决反对。”", "美方没有回应。"]),
    ("zh", "他表示：「合作是双赢的。」会谈持续了两个小时。",
     ["他表示：「合作是双赢的。」", "会谈持续了两个小时。"]),
]


test_sentences = table(check_sentences, ROWS)
