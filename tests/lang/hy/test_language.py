"""Language identification of Armenian texts: (lang, input) rows."""

from ..article_rows import check_language
from ..table import table

ROWS = [
    ("hy", "ՀՀ արտաքին գործերի նախարարը Երևանում հանդիպել է Ֆրանսիայի դեսպանի հետ։"),
    ("hy", "Կառավարությունը հավանություն է տվել Վրաստանի հետ համաձայնագրի նախագծին։"),
    ("hy", "Կողմերը քննարկել են առևտրի, էներգետիկայի և տրանսպորտի զարգացումը։"),
]


test_language = table(check_language, ROWS)
