"""Japanese boilerplate removal: (lang, input, expected) rows."""

from ..boilerplate_rows import check_article, check_line_after_body
from ..table import table

BODY = ("上川陽子外相は26日、韓国・釜山で中国の王毅外相と会談した。両外相は日中関係の安定に向けて、"
        "首脳間を含むあらゆるレベルで意思疎通を続けることで一致した。")

ARTICLES = [
    ("ja",
     "ホーム > 国際\n"
     "日中外相が釜山で会談\n"
     "更新：2023年11月26日 18時20分\n\n"
     + BODY + "\n\n"
     "会談は約1時間行われた。\n"
     "この記事をシェアする\n"
     "関連記事\n"
     "無断転載・複製を禁じます",
     {"title": "日中外相が釜山で会談", "first": "上川陽子外相は",
      "last": "約1時間行われた。",
      "dropped": ["ホーム > 国際", "更新：2023年11月26日 18時20分", "この記事をシェアする", "関連記事",
                  "無断転載・複製を禁じます"]}),
]

LINES = [
    ("ja", "関連ニュース", True),
    ("ja", "シェア", True),
    ("ja", "両外相は北朝鮮の核・ミサイル問題についても意見を交わした。", False),
]


test_article_body_and_headline = table(check_article, ARTICLES)
test_line_after_body = table(check_line_after_body, LINES, body=BODY)
