"""Chinese events: (lang, published, text, entities, expected) rows."""

import pytest

from ..event_rows import check_events, check_extracted, extracted_events
from ..table import table

CHN = ("country", "CHN", ["中方", "中国"])
USA = ("country", "USA", ["美方", "美国"])
RUS = ("country", "RUS", ["俄罗斯", "俄方"])
FRA = ("country", "FRA", ["法国"])

ROWS = [
    ("zh", "2024-12-06", "中方强烈谴责美方对中国企业实施单边制裁。",
     [CHN, USA], [("ACCUSE", "CHN", "USA", "2024-12-06")]),
    ("zh", "2023-04-07", "中国国家主席习近平6日在北京同法国总统马克龙举行会谈。",
     [CHN, FRA], [("CONSULT", "CHN", "FRA", "2023-04-06")]),
    ("zh", "2024-04-10", "中方与俄方9日在北京签署了合作协议。",
     [CHN, RUS], [("SUPPORT", "CHN", "RUS", "2024-04-09")]),
    # Negated: no event.
    ("zh", "2024-04-10", "中方并未对美国实施制裁。", [CHN, USA], []),
]


test_events = table(check_events, ROWS)


# The whole pipeline: (lang, published, text, [(type, source, target, date, place)]).
# "对此" (to this) points back to what was said before: the recall after it is China's own act.
# Recalling one's ambassador is a SANCTION; demanding the other side recall theirs is a REQUEST.
# Cancelling or suspending talks as a countermeasure is a SANCTION, never the talks (CONSULT).
EXTRACTED = [
    ("zh", "2021-08-10", "新华社北京8月10日电 立陶宛允许台湾当局设立代表处。中方对此宣布召回驻立陶宛大使。",
     [("SANCTION", "CHN", "LTU", "2021-08-10", "Beijing")]),
    ("zh", "2021-08-10", "新华社北京8月10日电 中方要求立陶宛召回其驻华大使。",
     [("REQUEST", "CHN", "LTU", "2021-08-10", "Beijing")]),
    ("zh", "2022-08-05", "新华社北京8月5日电 外交部宣布，中方决定取消中美国防部工作会谈，暂停中美海上军事安全磋商机制会议。",
     [("SANCTION", "CHN", "USA", "2022-08-05", "Beijing")]),
]


@pytest.mark.parametrize("lang,published,text,expected", EXTRACTED)
def test_extracted(lang, published, text, expected):
    check_extracted(lang, published, text, expected)


def test_attending_a_gathering_is_no_meeting_with_its_organisation():
    # "出席亚太经合组织第三十一次领导人非正式会议": APEC names the meeting Xi attended (an ordinal
    # between the name and its noun); he met no one of APEC.
    found = extracted_events("zh", "2024-11-16",
                             "新华社利马11月16日电 国家主席习近平在利马出席亚太经合组织第三十一次领导人非正式会议。")
    assert not [e for e in found if "APEC" in (e[1], e[2])]
