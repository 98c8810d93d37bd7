"""Entities in zh: (lang, text, expected codes) rows. Names sit inside runs of characters."""

from ..entity_rows import check_entities
from ..table import table

ROWS = [
    ("zh", "中国外交部发言人表示，中方欢迎俄罗斯外长访华。", {"CHN", "RUS"}),
    ("zh", "美方对中国企业实施单边制裁，中方已向美方提出严正交涉。", {"USA", "CHN"}),
    ("zh", "哈萨克斯坦代表团出席了上合组织和联合国安理会的会议。", {"KAZ", "SCO", "UNSC"}),
    # One character alone is no country: 美元 is a currency, not the United States.
    ("zh", "两国贸易额达到2401亿美元。", set()),
    # Simplified spellings of cities come from CLDR (GeoNames has 基輔 only).
    ("zh", "中国特使李辉抵达基辅。", {"CHN", "Kyiv/UKR"}),
]


test_entities = table(check_entities, ROWS)
