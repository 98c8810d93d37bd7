"""Korean sentence segmentation: (lang, input, expected) rows."""

from ..sentence_rows import check_sentences
from ..table import table

ROWS = [
    ("ko", "조태열 장관은 왕이 부장과 회담했다. 양측은 협력 방안을 논의했다.",
     ["조태열 장관은 왕이 부장과 회담했다.", "양측은 협력 방안을 논의했다."]),
    ("ko", "교역액은 2673억 달러로 13.5% 감소했다. 정부는 \"유감\"이라고 밝혔다.",
     ["교역액은 2673억 달러로 13.5% 감소했다.", "정부는 \"유감\"이라고 밝혔다."]),
]


test_sentences = table(check_sentences, ROWS)
