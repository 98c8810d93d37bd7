"""Vietnamese events: (lang, published, text, entities, expected) rows."""

from ..event_rows import check_events
from ..table import table

VNM = ("country", "VNM", ["Việt Nam"])
RUS = ("country", "RUS", ["Nga"])
CHN = ("country", "CHN", ["Trung Quốc"])
USA = ("country", "USA", ["Mỹ", "Hoa Kỳ"])

ROWS = [
    ("vi", "2024-06-21", "Chiều 20/6, Chủ tịch nước Việt Nam hội đàm với Tổng thống Nga.",
     [VNM, RUS], [("CONSULT", "VNM", "RUS", "2024-06-20")]),
    ("vi", "2023-12-14", "Ngày 12/12, Việt Nam và Trung Quốc đã ký 36 văn kiện hợp tác.",
     [VNM, CHN], [("SUPPORT", "VNM", "CHN", "2023-12-12")]),
    ("vi", "2024-06-21", "Hôm qua, Trung Quốc lên án Mỹ.", [CHN, USA], [("ACCUSE", "CHN", "USA", "2024-06-20")]),
    # A negation is no event.
    ("vi", "2024-06-21", "Chủ tịch nước Việt Nam không gặp Tổng thống Nga.", [VNM, RUS], []),
]


test_events = table(check_events, ROWS)
