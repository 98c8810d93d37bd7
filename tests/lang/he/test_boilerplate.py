"""Hebrew boilerplate removal: (lang, input, expected) rows."""

from ..boilerplate_rows import check_article, check_line_after_body
from ..table import table

BODY = ("ירושלים - שר החוץ גדעון סער נפגש ביום שני בירושלים עם שר החוץ של הונגריה ודן עמו בהרחבת "
        "שיתוף הפעולה הכלכלי. השניים סיכמו להקים ועדה משותפת שתתכנס בבודפשט.")

ARTICLES = [
    ("he",
     "ראשי › חדשות › מדיני\n"
     "ישראל והונגריה יקימו ועדה כלכלית משותפת\n"
     "פורסם: 10.03.2025, 18:20\n\n"
     + BODY + "\n\n"
     "בפגישה נדונו גם נושאים אזוריים.\n"
     "שתפו: פייסבוק · וואטסאפ\n"
     "הכתבות הנקראות\n"
     "© כל הזכויות שמורות",
     {"title": "ישראל והונגריה יקימו ועדה כלכלית משותפת", "first": "ירושלים -",
      "last": "נושאים אזוריים.",
      "dropped": ["ראשי › חדשות › מדיני", "פורסם: 10.03.2025, 18:20", "שתפו: פייסבוק · וואטסאפ",
                  "הכתבות הנקראות"]}),
]

LINES = [
    ("he", "קראו גם: הפסגה בקהיר", True),
    ("he", "תגובות", True),
    ("he", "השר אמר כי השיחות היו פוריות מאוד.", False),
]


test_article_body_and_headline = table(check_article, ARTICLES)
test_line_after_body = table(check_line_after_body, LINES, body=BODY)
