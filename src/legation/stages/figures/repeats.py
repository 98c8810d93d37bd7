"""One figure for what an article states twice: aid in the lead and the body, a line repeated word
for word (title and lead), a value rounded in one sentence and exact in another. The other places
become the kept figure's `repeats`.
"""

from __future__ import annotations

import re

from .model import FigureInfo


def _merge_grants(infos: list[FigureInfo], published: str | None) -> list[FigureInfo]:
    """One figure for aid stated twice in an article (the decision in the lead, the grant in the body):
    the same amount, currency and sides, unless both state different periods; the one with a period
    is kept, the other's place becomes a repeat. A period neither copy states, only the month of
    publication one copy fell back on, is no other period: the copy dated by its act is kept
    (`published`: the month of publication, YYYY-MM)."""
    kept: dict[tuple[object, ...], int] = {}
    out: list[FigureInfo] = []
    for info in infos:
        f = info.figure
        key = (f.value, f.unit, frozenset((f.reporter, f.partner)))
        n = kept.get(key) if f.metric == "aid" and not info.base else None
        if n is not None and out[n].sentence == info.sentence:
            n = None        # "2 млрд євро, з них 2 млрд євро грантів": a total and its part, not a repeat
        if n is None:
            if f.metric == "aid" and not info.base:
                kept[key] = len(out)
            out.append(info)
            continue
        first = out[n]
        if first.figure.period and f.period and first.figure.period != f.period:
            fallback = (first.period_mention is None and info.period_mention is None
                        and published in (first.figure.period, f.period))
            if not fallback:
                out.append(info)            # the same sum again in another period: another grant
                continue
            keep, drop = (info, first) if first.figure.period == published else (first, info)
        else:
            keep, drop = (info, first) if f.period and not first.figure.period else (first, info)
        keep.figure.repeats.extend([drop.figure.evidence, *drop.figure.repeats])
        out[n] = keep
    return out


def _merge_repeats(infos: list[FigureInfo], sentences: list[tuple[int, int]], folded: str) -> list[FigureInfo]:
    """One figure for a line stated again (a title repeated as the lead, a teaser): the same
    sentence, word for word, giving the same figure; its other places become `repeats`."""
    first: dict[tuple[object, ...], FigureInfo] = {}
    lines: dict[int, str] = {}          # each sentence's words, read once however many figures it has
    out = []
    for info in infos:
        s0, s1 = sentences[info.sentence]
        if info.sentence not in lines:
            lines[info.sentence] = " ".join(folded[s0:s1].split())
        f = info.figure
        key = (lines[info.sentence], info.quantity.start - s0, f.metric, f.of, f.value,
               f.unit, f.reporter, f.partner, f.period, f.compared_to, info.of_metric)
        kept = first.get(key)
        if kept is None:
            first[key] = info
            out.append(info)
        else:
            kept.figure.repeats.append(f.evidence)
    return out


def _merge_rounded(infos: list[FigureInfo], headlines: frozenset[int] = frozenset()) -> list[FigureInfo]:
    """One figure for a value stated rounded in one sentence (a headline's "240 billion") and exactly
    in another (the body's "240.1 billion"), of the same metric, pair, period and unit: the exact one
    is kept, with the rounded one's place as a repeat. The same value stated again in another sentence
    is one figure too, and a copy with no period at all (a headline) takes the dated one's."""
    dropped: set[int] = set()
    for n, a in enumerate(infos):
        if n in dropped or a.of_metric or a.base or a.figure.metric in ("change", "target") \
                or not (a.figure.period or _undated(a)):
            continue
        for m in range(n + 1, len(infos)):
            b = infos[m]
            if m in dropped or b.sentence == a.sentence or b.of_metric or b.base \
                    or a.part_of is b or b.part_of is a:
                continue        # a part is no rounding of its total ("1兆2000億円 ... 円借款は1兆円")
            fa, fb = a.figure, b.figure
            if (fa.metric, fa.unit, fa.of) != (fb.metric, fb.unit, fb.of) \
                    or {fa.reporter, fa.partner} != {fb.reporter, fb.partner}:
                continue
            if fa.period != fb.period and not ((_undated(a) and fb.period) or (_undated(b) and fa.period)):
                continue
            coarse, fine = (a, b) if a.quantity.half_step > b.quantity.half_step else (b, a)
            if coarse.quantity.half_step == fine.quantity.half_step:
                # The same value in a headline and in the body: one figure, dated where it is dated. Two
                # sentences of the body may state it twice on purpose; they stay two.
                if fa.value != fb.value or not (a.sentence in headlines or b.sentence in headlines):
                    continue
                coarse, fine = (a, b) if _undated(a) or (a.sentence in headlines and not _undated(b)) else (b, a)
            lo, hi = coarse.quantity.bounds()
            if not lo <= fine.figure.value <= hi:
                continue
            fine.figure.repeats.append(coarse.figure.evidence)
            fine.figure.repeats.extend(coarse.figure.repeats)
            dropped.add(infos.index(coarse))
            if coarse is a:
                break
    return [i for k, i in enumerate(infos) if k not in dropped]


_SENTENCE_STOP = re.compile(r"[.!?\u2026\u3002\u0964\u061f]['\"\u201d\u00bb)]*\s*\Z")


def _headlines(sentences: list[tuple[int, int]], folded: str) -> frozenset[int]:
    """The sentences that are headlines: the first one, when it is a line of its own with no full stop."""
    if not sentences:
        return frozenset()
    s0, s1 = sentences[0]
    line = folded[s0:s1].rstrip()
    own_line = len(sentences) == 1 or "\n" in folded[s1 - 1:sentences[1][0] + 1]
    return frozenset({0}) if line and own_line and not _SENTENCE_STOP.search(line) else frozenset()


def _undated(info: FigureInfo) -> bool:
    """A figure with no period at all (a headline's "tops $218 billion"): the dated copy says which."""
    return info.figure.period is None and info.period_key is None and info.figure.compared_to is None
