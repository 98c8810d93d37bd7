"""Chinese boilerplate removal: (lang, input, expected) rows."""

from ..boilerplate_rows import check_article, check_line_after_body
from ..table import table

BODY = ("新华社北京4月9日电 外交部长王毅9日在北京同来访的俄罗斯外长拉夫罗夫举行会谈。双方就双边关系以及"
        "共同关心的国际和地区问题深入交换了意见，一致同意加强在联合国、上海合作组织和金砖国家等多边框架内的协调。")

ARTICLES = [
    ("zh",
     "首页 > 国际\n"
     "王毅同俄罗斯外长拉夫罗夫举行会谈\n"
     "来源：新华网 2024-04-09 18:20\n\n"
     + BODY + "\n\n"
     "会谈后，两国外长共同会见了记者。\n"
     "分享到：微信 微博\n"
     "责任编辑：李明\n"
     "版权所有 未经授权不得转载",
     {"title": "王毅同俄罗斯外长拉夫罗夫举行会谈", "first": "新华社北京",
      "last": "共同会见了记者。",
      "dropped": ["首页 > 国际", "来源：新华网 2024-04-09 18:20", "分享到：微信 微博", "责任编辑：李明",
                  "版权所有 未经授权不得转载"]}),
]

LINES = [
    ("zh", "相关新闻", True),
    ("zh", "责任编辑：王芳", True),
    ("zh", "分享", True),
    ("zh", "两国外长还就朝鲜半岛局势交换了看法，并同意保持密切沟通。", False),
]


test_article_body_and_headline = table(check_article, ARTICLES)
test_line_after_body = table(check_line_after_body, LINES, body=BODY)
