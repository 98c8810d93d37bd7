"""Korean boilerplate removal: (lang, input, expected) rows."""

from ..boilerplate_rows import check_article, check_line_after_body
from ..table import table

BODY = ("조태열 외교부 장관은 13일 베이징에서 왕이 중국 외교부장과 회담했다. 양측은 한중 관계의 안정적 발전을 위해 "
        "고위급 교류를 이어가기로 하고, 한반도 정세에 대해서도 의견을 교환했다.")

ARTICLES = [
    ("ko",
     "홈 > 정치 > 외교\n"
     "한중 외교장관 베이징서 회담\n"
     "입력 2024.05.13 18:20\n\n"
     + BODY + "\n\n"
     "회담은 약 4시간 동안 진행됐다.\n"
     "기사 공유하기\n"
     "많이 본 뉴스\n"
     "무단전재 및 재배포 금지",
     {"title": "한중 외교장관 베이징서 회담", "first": "조태열 외교부 장관은",
      "last": "진행됐다.",
      "dropped": ["홈 > 정치 > 외교", "입력 2024.05.13 18:20", "기사 공유하기", "많이 본 뉴스",
                  "무단전재 및 재배포 금지"]}),
]

LINES = [
    ("ko", "관련기사", True),
    ("ko", "공유", True),
    ("ko", "양측은 북한 문제에 대해서도 긴밀히 소통하기로 했다.", False),
]


test_article_body_and_headline = table(check_article, ARTICLES)
test_line_after_body = table(check_line_after_body, LINES, body=BODY)
