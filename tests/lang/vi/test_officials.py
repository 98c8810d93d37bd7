"""Officials in vi: (lang, text, expected people) rows. The role, then the country, then the
name; a Vietnamese name the office-holders table does not know keeps its letters ("Bùi Thanh Sơn"), a
Sino-Vietnamese rendering of a leader it knows gets the table's usual spelling ("Tập Cận Bình": Xi Jinping)."""

from ..entity_rows import check_officials
from ..table import table

ROWS = [
    ("vi", "Chủ tịch nước Tô Lâm hội đàm với Tổng thống Nga Vladimir Putin tại Hà Nội.",
     [("Tô Lâm", "president", "VNM"), ("Vladimir Putin", "president", "RUS")]),
    ("vi", "Chủ tịch Trung Quốc Tập Cận Bình hội đàm với Tổng Bí thư Nguyễn Phú Trọng.",
     [("Xi Jinping", "president", "CHN"), ("Nguyen Phu Trong", "secretary-general", "VNM")]),
    ("vi", "Bộ trưởng Ngoại giao Bùi Thanh Sơn điện đàm với Ngoại trưởng Mỹ Antony Blinken.",
     [("Bùi Thanh Sơn", "foreign minister", "VNM"), ("Antony Blinken", "secretary of state", "USA")]),
    # A foreign city written by syllables ("Gia-các-ta") ends the name before it.
    ("vi", "Chủ tịch nước Lương Cường Gia-các-ta đã gặp Tổng thống In-đô-nê-xi-a để bàn về thương mại.",
     [("Lương Cường", "president", None)]),
]


test_officials = table(check_officials, ROWS)
