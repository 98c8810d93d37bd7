"""What the parts of the figures stage pass each other: the working record of a figure
(`FigureInfo`, which the checks read too), what carries over from one sentence to the next, a
sentence's periods as read, and the patterns every part cuts clauses and years with.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from ...document import Figure
from ...text.numbers import Quantity
from ...text.periods import PeriodMention


# With the Arabic comma and semicolon, and the full-width and ideographic ones ("60亿美元，较上年的80亿美元").
_CLAUSE_END = re.compile(r"[,;:()\u2014\u060c\u061b\uff0c\uff1b\uff1a\u3001]")
# The clause ends of scripts with spaces only.
_CLAUSE_END_SPACED = re.compile(r"[,;:()\u2014\u060c\u061b]")
_YEAR_WORD = re.compile(r"(?<!\d)[12]\d{3}(?!\d)")


@dataclass
class FigureInfo:
    """What the checks need to know about a figure beyond the record."""

    figure: Figure
    quantity: Quantity
    sentence: int
    period_key: str | None           # the period as written when it cannot be resolved
    period_mention: PeriodMention | None
    base: bool = False               # a comparison value ("compared to 2021 (310.4 M)")
    sign: int = 1                    # growth: +1 rise, -1 fall
    of_metric: str | None = None     # a growth note: the metric that grew (exports, imports)
    # A level the sentence says rose or fell ("imports fell to $157 billion"): the sign and the word.
    said: tuple[int, str] | None = None
    # Aid or investment: the total this amount is a part of (grants, loans, budget support of a stated
    # package, a tranche, one receiver's or one company's share), and whether a total's parts are all
    # stated (then they add up to it).
    part_of: FigureInfo | None = None
    parts_whole: bool = False
    # The text says the parts make up the total ("..., a total of 5 billion"): any difference is an error.
    parts_summed: bool = False
    # The worth of an agreement, deal or contract ("signed agreements worth 8 billion dollars"): an investment
    # whose sides a visit states (the visitor's side invests in the host).
    deal: bool = False


@dataclass
class _Context:
    """What carries over from one sentence to the next."""

    current: tuple[str | None, str | None, PeriodMention | None] = (None, None, None)
    compare: str | None = None
    pair: tuple[str, str] | None = None
    key_ends: dict[int, int] | None = None   # where each country name ends inside its word
    # The one level metric (and unit) the previous sentence stated, with that sentence's index:
    # "In 2023 turnover was $4.3 billion. In 2022 it stood at $3.9 billion."
    last_level: tuple[int, str, str | None] | None = None
    # The month of the act the sentence dates ("approved on Friday, 31 March"), from the dates stage.
    act_month: str | None = None
    # Who reported the last exports and imports (its reporter): "U.S. imports from China ... Imports from
    # Mexico ..." keeps the importer.
    flow_reporter: dict[str, str] | None = None
    last_pair: tuple[str, str] | None = None      # the parties of `last_level`
    org_spans: list[tuple[int, int]] | None = None  # where organisations are named (start, end), in order


def _inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    i = bisect.bisect_right(spans, (pos, float("inf"))) - 1
    return i >= 0 and spans[i][0] <= pos < spans[i][1]


_Period = tuple[PeriodMention, str | None, str | None, bool]   # a period, its value, as written, is a comparison
