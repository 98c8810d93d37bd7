"""Background by construction: a date inside a "since ..." phrase is another event's day (no second visit on it); an act's noun that a time is counted from ("three years after the invasion") is no act; a "the same day" word or "at the talks" dates an act on the last day named before it. Issue 16; the sentences are made up. The whole pipeline must find exactly these events."""

import pytest

from ..event_rows import check_extracted

ROWS = [
    ('ja', "2025-03-11",
     "海上保安庁によると、中国海警局の船4隻が9日、尖閣諸島周辺の日本の領海に侵入した。\n\n日本の外務省アジア大洋州局長は同日、在日中国大使館の公使に電話で抗議し、直ちに退去するよう要求した。",
     [('ACCUSE', 'JPN', 'CHN', '2025-03-09', None), ('REQUEST', 'JPN', 'CHN', '2025-03-09', None)]),
    ('ja', "2025-03-12",
     "【ハノイ共同】石破茂首相は11日、ハノイでベトナムのファム・ミン・チン首相と会談した。\n\n首脳会談で石破氏は、港湾整備のためベトナムに3億ドルの支援を行うと約束した。",
     [('CONSULT', 'JPN', 'VNM', '2025-03-11', 'Hanoi'), ('AID', 'JPN', 'VNM', '2025-03-11', 'Hanoi'),
      ('AGREE', 'JPN', 'VNM', '2025-03-11', 'Hanoi')]),
    ('ja', "2025-02-25",
     "石破茂首相は24日、ロシアのウクライナ侵攻から3年となるのに合わせ、ウクライナへの支援を続ける考えを示した。",
     []),
    ('ja', "2025-03-12",
     "習近平国家主席は11日、東京で石破茂首相と会談した。3月1日の就任以来初の日本訪問となった。",
     [('CONSULT', 'CHN', 'JPN', '2025-03-11', 'Tokyo')]),
]


@pytest.mark.parametrize("lang,published,text,expected", ROWS)
def test_background_time_is_no_act(lang, published, text, expected):
    check_extracted(lang, published, text, expected)
