"""A growth on the year before that a sentence states with no year of its own, after the passage gave the levels
of two years: "Trade was 56.7 billion in 2023. It had been 68.2 billion in 2022. Trade fell 40 % on the previous
year." The year carried from the sentence before is the earlier of the two; a change on the year before is
the later year's, measured from the earlier one, so the growth is of the later year (and the checks compare it
with both levels). Only when the pair's level of the later year is stated and none of the year before the
earlier one, and no growth of the later year is stated already.
"""

from __future__ import annotations

import re

from .model import FigureInfo

_YEAR = re.compile(r"\d{4}")


def _level_key(info: FigureInfo) -> tuple[str, frozenset[str | None], str | None]:
    f = info.figure
    return f.metric, frozenset((f.reporter, f.partner)), f.period


def growth_of_later_year(sentences: list[tuple[int, int]], infos: list[FigureInfo]) -> None:
    """Move a carried growth on the year before from the earlier of two stated years to the later one."""
    levels = {_level_key(i) for i in infos if i.figure.metric in ("trade_turnover", "exports", "imports")
              and not i.base and i.figure.period}
    growths = [i for i in infos if i.figure.metric == "growth_pct"]
    stated = {((g.of_metric or "trade_turnover"), frozenset((g.figure.reporter, g.figure.partner)), g.figure.period)
              for g in growths}
    for g in growths:
        f = g.figure
        period = f.period
        if period is None or not _YEAR.fullmatch(period) or g.base:
            continue
        year = int(period)
        if f.compared_to not in (None, str(year - 1)):
            continue
        mention = g.period_mention
        if mention is not None and mention.start >= sentences[g.sentence][0]:
            continue        # its own sentence names the year
        metric, pair = g.of_metric or "trade_turnover", frozenset((f.reporter, f.partner))
        later = str(year + 1)
        if (metric, pair, period) not in levels or (metric, pair, later) not in levels \
                or (metric, pair, str(year - 1)) in levels or (metric, pair, later) in stated:
            continue
        f.period, f.compared_to, g.period_key, g.period_mention = later, period, later, None
        stated.add((metric, pair, later))
