"""Language identification of Vietnamese texts: (lang, input) rows."""

from ..article_rows import check_language
from ..table import table

ROWS = [
    ("vi", "Bộ trưởng Ngoại giao đã hội đàm với người đồng cấp Lào tại Viêng Chăn."),
    ("vi", "Xuất khẩu tăng nhờ nhu cầu từ các thị trường châu Á."),
]


test_language = table(check_language, ROWS)
