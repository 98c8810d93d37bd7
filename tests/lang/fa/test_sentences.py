"""Persian sentence segmentation: (lang, input, expected) rows."""

from ..sentence_rows import check_sentences
from ..table import table

ROWS = [
    ("fa", "وزیر به مسکو رفت. او با همتای روس خود دیدار کرد.", ["وزیر به مسکو رفت.", "او با همتای روس خود دیدار کرد."]),
    ("fa", "آیا توافق امضا می‌شود؟ سخنگو پاسخی نداد.", ["آیا توافق امضا می‌شود؟", "سخنگو پاسخی نداد."]),
    ("fa", "حجم تجارت به ۲٫۵ میلیارد دلار رسید. این رقم بی‌سابقه است.",
     ["حجم تجارت به ۲٫۵ میلیارد دلار رسید.", "این رقم بی‌سابقه است."]),
]


test_sentences = table(check_sentences, ROWS)
