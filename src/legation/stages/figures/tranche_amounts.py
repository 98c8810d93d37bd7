"""An amount named a tranche or disbursement of the aid total stated before it is aid too.

"a programme of 44 billion dollars, with a first immediate disbursement of 12 billion" ("premier décaissement",
"primo esborso"): no aid word names the second amount, but the tranche word (`figures.toml [aid] tranches`)
between it and the total makes it a part of that aid; `aid.aid_tranches` then links it to its total.
"""

from __future__ import annotations

from ...text.numbers import MONEY, Quantity
from .aid import _tranche_named
from .model import FigureInfo


def tranche_of_aid(lang: str, folded: str, q: Quantity, sq: list[Quantity], s1: int, total: FigureInfo | None) -> bool:
    """Whether `q` is named a tranche right after `total`, an aid level stated before it in its sentence or
    the one before, with no other amount between."""
    if q.kind != MONEY or total is None or total.base or total.figure.metric != "aid" \
            or total.quantity.end > q.start or total.figure.unit != q.unit:
        return False
    if any(o.kind == MONEY and total.quantity.end <= o.start and o.end <= q.start for o in sq):
        return False
    nxt = [o.start for o in sq if o.start >= q.end]
    return _tranche_named(lang, folded, q, total.quantity.end, min(nxt) if nxt else s1)
