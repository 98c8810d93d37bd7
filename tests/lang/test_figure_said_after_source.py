"""Two years' levels said to have risen or fallen, after a source whose name holds another metric's role word
("財務省の貿易統計によると", "관세청 무역통계에 따르면", "according to customs trade data"), in own sentences made up
for these tests, and a fall said right before the level ("前年比で減少し、43兆8千億円"). The source's word names no level: the rise or fall is the levels' own, so numbers that go the
other way are a `period_order` error naming both levels; numbers that bear it out give none."""

from __future__ import annotations

from legation import extract

from .table import table
from .test_figure_corruption_kinds import PUB, check_consistent

AGAINST = [
    ("ja", "財務省が発表した貿易統計によると、2023年の日本の対中輸出額は19兆円となり、前年の17兆7千億円から減少した。",
     ("19兆円", "17兆7千億円")),
    ("ko", "관세청 무역통계에 따르면 2023년 한국의 대중국 수출액은 1248억 달러로, 전년의 1558억 달러에서 증가했다.",
     ("1248억 달러", "1558억 달러")),
    # "減少" said of a level before it is its fall, not a comparison word ("300億ドル減" is one).
    ("ja", "2023年の日中貿易総額は前年比で減少し、43兆8千億円となった。2022年は41兆円だった。", ("43兆8千億円", "41兆円")),
    ("en", "According to customs trade data, exports to China fell to 19 billion dollars in 2023 from 17.7 billion "
     "dollars in 2022.", ("19 billion dollars", "17.7 billion dollars")),
]

BORNE_OUT = [
    ("ja", "財務省が発表した貿易統計によると、2023年の日本の対中輸出額は19兆円となり、前年の17兆7千億円から増加した。"),
    ("ko", "관세청 무역통계에 따르면 2023년 한국의 대중국 수출액은 1248억 달러로, 전년의 1558억 달러에서 감소했다."),
    ("en", "According to customs trade data, exports to China rose to 19 billion dollars in 2023 from 17.7 billion "
     "dollars in 2022."),
    ("ja", "2023年の日中貿易総額は前年比で減少し、39兆8千億円となった。2022年は41兆円だった。"),
    # Imports fell, exports rose: the fall is not the exports' own.
    ("ja", "貿易統計によると、2023年の対中輸入は減少したが、対中輸出額は19兆円となり、前年の17兆7千億円から増加した。"),
]


def check_said_against(lang: str, text: str, written: tuple[str, str]) -> None:
    doc = extract(text, lang=lang, published=PUB)
    found = [f.message for f in doc.flags if f.kind == "period_order" and f.severity == "error"]
    assert any(all(w in m for w in written) for m in found), [(f.kind, f.message) for f in doc.flags]


test_said_against_values = table(check_said_against, AGAINST)
test_said_borne_out = table(check_consistent, BORNE_OUT)
