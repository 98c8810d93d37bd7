"""English boilerplate removal: (lang, input, expected) rows."""

from ..boilerplate_rows import check_article, check_line_after_body
from ..table import table

BODY = ("VIENNA, 3 June – The foreign ministers of Austria and Slovenia met in Vienna on Monday "
        "to discuss energy links and the transit of goods through the Alps. They agreed to hold "
        "the next round of talks in Ljubljana in the autumn.")

ARTICLES = [
    ("en",
     "Home | World | Europe\n"
     "Austria and Slovenia agree to deepen energy ties\n"
     "By Clara Weiss\n"
     "Published 3 June 2024, 14:05 | 1,204 views\n\n"
     + BODY + "\n\n"
     "Both sides also discussed the situation in the Western Balkans.\n\n"
     "Share this article:\nFacebook · X · WhatsApp\n"
     "Most read\nStorm closes three ports\n"
     "© 2024 Alpine Wire. All rights reserved.",
     {"title": "Austria and Slovenia agree to deepen energy ties", "first": "VIENNA, 3 June",
      "last": "Western Balkans.",
      "dropped": ["Home | World | Europe", "By Clara Weiss", "Published 3 June 2024, 14:05 | 1,204 views",
                  "Share this article:", "Facebook · X · WhatsApp", "Most read",
                  "© 2024 Alpine Wire. All rights reserved."]}),
]

LINES = [
    ("en", "Subscribe to our newsletter for daily updates.", True),
    ("en", "The views expressed in this article do not necessarily reflect those of the publisher.", True),
    ("en", "Tags: Austria, Slovenia, energy", True),
    ("en", "Read more: Ministers meet in Prague", True),
    ("en", "We use cookies to improve your experience on our site.", True),
    ("en", "Trending", True),
    ("en", "Comments", True),
    ("en", "The ministers will meet again before the end of the year to review progress.", False),
]


test_article_body_and_headline = table(check_article, ARTICLES)
test_line_after_body = table(check_line_after_body, LINES, body=BODY)
