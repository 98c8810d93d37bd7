"""Vietnamese sentence segmentation: (lang, input, expected) rows."""

from ..sentence_rows import check_sentences
from ..table import table

ROWS = [
    ("vi", "HÀ NỘI, ngày 12/3. Bộ trưởng đã tiếp Đại sứ Nhật Bản. Hai bên thảo luận về thương mại.",
     ["HÀ NỘI, ngày 12/3. Bộ trưởng đã tiếp Đại sứ Nhật Bản.", "Hai bên thảo luận về thương mại."]),
    # "TP." and "TS." end no sentence; a decimal comma is no break either.
    ("vi", "Đoàn đã đến TP. Hồ Chí Minh, nơi kim ngạch đạt 3,2 tỷ USD. TS. Nguyễn Văn Hùng cho biết như vậy.",
     ["Đoàn đã đến TP. Hồ Chí Minh, nơi kim ngạch đạt 3,2 tỷ USD.", "TS. Nguyễn Văn Hùng cho biết như vậy."]),
]


test_sentences = table(check_sentences, ROWS)
