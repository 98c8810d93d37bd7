"""Vietnamese boilerplate removal: (lang, input, expected) rows."""

from ..boilerplate_rows import check_line_after_body
from ..table import table

BODY = ("HÀ NỘI, ngày 12/3. Bộ trưởng Ngoại giao Việt Nam và Lào đã hội đàm tại Hà Nội về thương mại và "
        "kết nối đường sắt. Hai bên nhất trí tổ chức vòng tham vấn tiếp theo tại Viêng Chăn.")

LINES = [
    ("vi", "Trang web này sử dụng cookie để cải thiện dịch vụ.", True),
    ("vi", "Xem thêm: Chính phủ công bố kế hoạch đầu tư mới", True),
    ("vi", "Theo dõi chúng tôi trên Zalo", True),
    ("vi", "Bản quyền thuộc về báo điện tử. Ghi rõ nguồn khi phát hành lại.", True),
    ("vi", "Tin liên quan", True),
    ("vi", "Hai bộ trưởng cũng nhất trí tăng cường trao đổi đoàn cấp cao.", False),
]


test_line_after_body = table(check_line_after_body, LINES, body=BODY)
