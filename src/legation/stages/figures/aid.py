"""Who gives and who receives aid pledged during a visit.

"During his visit to Kyiv, the prime minister announced 2.5 billion pounds of military aid",
"Lors de la visite de Zelensky à Paris, Macron a annoncé une aide de 3 milliards d'euros",
"上川外相はキーウを訪問し、... ウクライナに対し3700万ドルを拠出すると表明した": the visitor and the
place visited (the words of the visit, `figures.toml [aid] visits`) are no giver. The giver is the
first actor of the sentence before the amount outside those words (the subject of announce,
pledge, allocate: a country, an official's country, an organisation); the receiver the country the
sentence names besides it, else the host of the visit, else the visitor.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import cache
from typing import TYPE_CHECKING

from ... import gazetteer, resources
from ...document import Document, Figure
from ...text.fold import fold
from ...text.numbers import AFTER_WORD, MONEY, Quantity, alternation
from .lexicon import word_pattern

if TYPE_CHECKING:
    from .model import FigureInfo

_AFTER_VISIT = 48       # at most this many characters from a visit word to the place visited ("visit of X to Y")
_BEFORE_VISIT = 8       # a place right before its visit word ("キーウを訪問", "Kyiv-bezoek")

# A word right after a capital that opens its sentence: it is the sentence's subject, not a dateline.
_OPENS_CLAUSE = re.compile(r"\w*[ \u00a0]+[^\W\d_]")

# An actor of a sentence: start, end, its country or organisation code, its kind (country, org, person, place).
_Actor = tuple[int, int, str, str]


@cache
def _words(lang: str) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None, re.Pattern[str] | None]:
    """The language's visit words, and the receiver's marks before and after it (whole words, at the end
    and the start of the text they are matched against)."""
    data = (resources.load(lang, "figures") or {}).get("aid") or {}
    visits, before, after = data.get("visits") or [], data.get("receiver_before") or [], data.get("receiver_after") or []
    return (re.compile(AFTER_WORD + r"(?:" + alternation(visits) + ")") if visits else None,
            re.compile(AFTER_WORD + r"(?:" + alternation(before) + r")\s*\Z") if before else None,
            re.compile(r"\s*(?:" + alternation(after) + r")|\S*?(?:" + alternation(after) + r")\Z") if after else None)


@cache
def _receiver_articles(lang: str) -> tuple[re.Pattern[str] | None, str, frozenset[str]]:
    """The articles of the receiving case right before a country (`figures.toml [aid] receiver_articles`),
    the one of them that is also a nominative (`nominative_article`), and the countries whose nominative
    takes it (`article_subjects`: "der Iran"), which it does not mark."""
    data = (resources.load(lang, "figures") or {}).get("aid") or {}
    words = data.get("receiver_articles") or []
    return (re.compile(AFTER_WORD + r"(?:" + alternation(words) + r")\s+\Z") if words else None,
            fold(data.get("nominative_article") or ""), frozenset(fold(w) for w in data.get("article_subjects") or ()))


@cache
def _locatives(lang: str) -> re.Pattern[str] | None:
    """The language's locative prepositions (`events.toml` cues): a capital after one is where, not who."""
    words = ((resources.load(lang, "events") or {}).get("cues") or {}).get("locative_prepositions") or []
    return re.compile(AFTER_WORD + r"(?:" + alternation(words) + r")\s+\Z") if words else None


@cache
def _domestic(lang: str) -> re.Pattern[str] | None:
    """A receiver at home: a receiver's mark or article, a word or two ("its", "ses"), then a word of a
    group a state pays at home (`sectors.toml` `subsidised`, and `figures.toml [aid] home_receivers`:
    "subsidies to farmers", "den Landwirten", "pour ses agriculteurs"). Money for it is no aid between
    countries."""
    subsidised = [code for code, spec in resources.read("sectors.toml")["sectors"].items() if spec.get("subsidised")]
    words = (resources.load(lang, "sectors").get("sectors") or {})
    data = (resources.load(lang, "figures") or {}).get("aid") or {}
    groups = [fold(w) for code in subsidised for w in words.get(code) or ()] + \
        [fold(w) for w in data.get("home_receivers") or ()]
    marks = list(data.get("receiver_before") or []) + list(data.get("receiver_articles") or [])
    if not groups or not marks:
        return None
    group = "|".join(re.escape(g.rstrip("*")) + (r"\w*" if g.endswith("*") else r"(?!\w)")
                     for g in sorted(groups, key=len, reverse=True))
    return re.compile(AFTER_WORD + r"(?:" + alternation(marks) + r")\s+(?:[^\W\d_]+['’]?\s*){0,2}?(?:" + group + ")")


def money_for_home(lang: str, folded: str, start: int, end: int, named: Sequence[tuple[int, int]] = ()) -> bool:
    """Whether `folded[start:end]` gives money to a group at home ("subsidies to farmers", `_domestic`): a
    group whose words name no country of `named` (the country and demonym mentions: "to Syrian farmers"
    is that country's)."""
    domestic = _domestic(lang)
    if domestic is None:
        return False
    return any(not any(m.start() <= a < m.end() for a, _ in named) for m in domestic.finditer(folded, start, end))


def marked_receiver(lang: str, text: str, folded: str, start: int, end: int) -> bool:
    """Whether a receiver's mark or the receiving case's article stands right before or after the country
    at `folded[start:end]` ("to Ukraine", "der Ukraine")."""
    _, before, after = _words(lang)
    actor = (start, end, "", "country")
    return _received(folded, actor, before, after) or _article_marks(text, folded, actor, _receiver_articles(lang))


def _article_marks(text: str, folded: str, a: _Actor,
                   marks: tuple[re.Pattern[str] | None, str, frozenset[str]]) -> bool:
    """Whether a receiving case's article stands right before the country, not after a capitalised noun
    (whose genitive it is: "Präsident der Ukraine"); one opening a sentence or clause marks it too."""
    articles, nominative, subjects = marks
    if articles is None or a[3] != "country":
        return False
    m = articles.search(folded, max(0, a[0] - 8), a[0])
    if m is None or (folded[m.start():m.end()].split()[-1:] == [nominative] and folded[a[0]:a[1]] in subjects):
        return False
    before = text[max(0, m.start() - 40):m.start()].rstrip()
    word = re.search(r"([^\W\d_]+)\W*\Z", before)
    return word is None or not before.endswith(word[1]) or not word[1][0].isupper()


@cache
def _marks(lang: str) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    """The words that make the actor after them the one met ("mit", "with"; a title or two may stand
    between), and those that make it the giver ("von Deutschland", "from Japan")."""
    data = (resources.load(lang, "figures") or {}).get("aid") or {}
    met, giver = data.get("with_before") or [], data.get("giver_before") or []
    return (re.compile(AFTER_WORD + r"(?:" + alternation(met) + r")(?:\s+\w+){0,2}\s*\Z") if met else None,
            re.compile(AFTER_WORD + r"(?:" + alternation(giver) + r")\s*\Z") if giver else None)


@cache
def _pledges(lang: str) -> re.Pattern[str] | None:
    """The language's words of pledging, granting or allocating money (`figures.toml [aid] pledges`).
    An entry "head … particle" is a verb whose particle closes its clause ("sagt … zu", "zegt … toe"):
    the amount stands between them."""
    words = ((resources.load(lang, "figures") or {}).get("aid") or {}).get("pledges") or []
    if not words:
        return None
    whole = [w for w in words if "…" not in w]
    split = [tuple(part.strip() for part in w.split("…", 1)) for w in words if "…" in w]
    parts = [AFTER_WORD + "(?:" + alternation(whole) + ")"] if whole else []
    parts += [AFTER_WORD + "(?:" + alternation([head]) + r")[^.!?;:]{1,160}?" + AFTER_WORD
              + "(?:" + alternation([tail]) + r")(?=\s*(?:[,.!?;:]|\Z))" for head, tail in split]
    return re.compile("|".join(parts))


@cache
def _own_money() -> frozenset[str]:
    """The organs whose officials announce money the organ manages itself (`en/orgs.toml` [money] own)."""
    return frozenset((resources.load("en", "orgs").get("money") or {}).get("own") or ())


def pledged(lang: str, folded: str, s0: int, s1: int) -> bool:
    """Whether the sentence `s0:s1` pledges, grants or allocates an amount of it that no role word
    names ("Germany pledged 300 million euros for Syria", "Deutschland sagt weitere 200 Millionen
    Euro zu", "تعهدت ألمانيا بتقديم"): a word of pledging in the sentence (for a verb in two parts, both)."""
    pattern = _pledges(lang)
    if pattern is None:
        return False
    return pattern.search(folded, s0, s1) is not None


def _received(folded: str, a: _Actor, before: re.Pattern[str] | None, after: re.Pattern[str] | None) -> bool:
    """Whether a receiver's mark stands right before or after the actor ("to Ukraine", "ウクライナに対し")."""
    # A mark written onto the name ends the mention itself ("Ürdün'e").
    return bool(before is not None and before.search(folded[max(0, a[0] - 12):a[0]])) or \
        bool(after is not None and (after.match(folded, a[1]) or after.fullmatch(folded, max(a[0], a[1] - 4), a[1])))


def _actors(doc: Document, gives_as: Callable[[str], str], folded: str) -> list[_Actor]:
    """The actors of the text; a capital that stands for its government ("Rome allocated", "Berlin stellt
    ... bereit": not after a locative preposition) is of kind "capital", a giver as its country is."""
    out: list[_Actor] = []
    locative = _locatives(doc.lang or "en")
    for e in doc.entities:
        if e.kind in ("country", "org") and e.code:
            # An organ that manages its money gives as itself (the Commission), others as their body.
            code = gives_as(e.code) if e.kind == "org" and e.code not in _own_money() else e.code
        elif e.kind in ("person", "place") and e.country:
            code = e.country
        else:
            continue
        if e.kind == "place" and (seat := gazetteer.capital(e.country or "")) is not None \
                and seat.geonameid == e.geonameid:
            out.extend((m.start, m.end, code, "place" if locative is not None
                        and locative.search(folded, max(0, m.start - 16), m.start) else "capital")
                       for m in e.mentions)
            continue
        out.extend((m.start, m.end, code, e.kind) for m in e.mentions)
    out.sort()
    return out


def _visit_actors(folded: str, visits: re.Pattern[str], actors: list[_Actor], s0: int, s1: int
                  ) -> tuple[set[int], str | None, str | None]:
    """The actors that belong to the sentence's visit words (by start), the host and the visitor."""
    inside: set[int] = set()
    host = visitor = None
    for m in visits.finditer(folded, s0, s1):
        after = [a for a in actors if m.end() <= a[0] <= m.end() + _AFTER_VISIT and a[0] < s1]
        # "visit of X to Y", "візиту до Києва": the mentions after the word up to the first place or
        # country, with nothing but a few short words between them.
        pos, placed = m.end(), False
        for a in after:
            gap = folded[pos:a[0]]
            if re.search(r"[,;:.!?()\u3001\u3002\uff0c]", gap) or len(re.findall(r"\w+", gap)) > 3 or (placed and gap.strip()):
                break
            inside.add(a[0])
            pos = a[1]
            if a[3] == "person":
                visitor = visitor or a[2]
            else:
                # The place ends the words of the visit, unless a name goes on right after it.
                host, placed = a[2], True
        # "キーウを訪問", "Kiev-bezoek": the place right before the word.
        before = [a for a in actors if s0 <= a[0] and a[1] <= m.start() and m.start() - a[1] <= _BEFORE_VISIT
                  and a[3] in ("place", "country")]
        if before:
            inside.add(before[-1][0])
            host = host or before[-1][2]
    return inside, host, visitor


def aid_sides(doc: Document, figures: list[tuple[Figure, int, int]], sentences: list[tuple[int, int]],
              folded: str, gives_as: Callable[[str], str]) -> None:
    """Set the giver (reporter) and receiver (partner) of aid figures whose sentence, or the one before,
    speaks of a visit, or that lack a side. `figures`: (figure, its sentence, the amount's start)."""
    visits, mark_before, mark_after = _words(doc.lang or "en")
    if (visits is None and mark_before is None and mark_after is None) or not figures:
        return
    actors = _actors(doc, gives_as, folded)
    own = _own_money()
    with_words, giver_words = _marks(doc.lang or "en")
    articles = _receiver_articles(doc.lang or "en")
    domestic = _domestic(doc.lang or "en")
    for fig, si, start in figures:
        s0, s1 = sentences[si]
        p0 = sentences[si - 1][0] if si else s0
        mine = [a for a in actors if s0 <= a[0] < s1]
        given = [a for a in mine if a[3] in ("country", "org") and giver_words is not None
                 and giver_words.search(folded[max(s0, a[0] - 16):a[0]])]
        # The giver is named before the amount when the sentence names anyone there ("Deutschland sagt ...
        # zu"); a pair read from elsewhere that leaves it out is read again here.
        named_before = {a[2] for a in mine if a[1] <= start and a[3] in ("country", "org", "person")}
        # A side the sentence names before the amount that the pair leaves out ("Scholz sagte der Ukraine
        # ... zu", with Poland from the sentence before): the pair came from elsewhere.
        sides_before = {a[2] for a in mine if a[1] <= start and a[3] in ("country", "person")}
        # "firmato con la Tunisia un accordo per un prestito": the one met is never the giver.
        met_codes = {a[2] for a in mine if with_words is not None
                     and with_words.search(folded[max(s0, a[0] - 40):a[0]])}
        # "виділення Молдові", "для Молдови", "Moldova'ya": the country a receiver's mark names receives.
        receivers = {a[2] for a in mine if a[3] in ("country", "org") and (
            _received(folded, a, mark_before, mark_after) or _article_marks(doc.text, folded, a, articles))}
        if not receivers and money_for_home(doc.lang or "en", folded, s0, s1,
                                            [(a[0], a[1]) for a in mine if a[3] in ("country", "org")]):
            # Money for a group at home ("subsidies to farmers"): no aid between countries, whatever
            # other country the sentence names; its giver is who pays.
            payers = [a for a in mine if a[1] <= start and a[3] in ("country", "org", "person", "capital")]
            fig.reporter, fig.partner = (payers[0][2] if payers else fig.reporter), None
            continue
        visited = visits is not None and visits.search(folded, p0, s1) is not None
        organ = any(a[3] == "person" and a[2] in own and gives_as(a[2]) == fig.reporter for a in mine)
        if not visited and fig.reporter and fig.partner and not given and fig.reporter not in receivers and not organ \
                and (not named_before or (fig.reporter in named_before and sides_before <= {fig.reporter, fig.partner})) \
                and fig.reporter not in met_codes:
            continue
        inside, host, visitor = _visit_actors(folded, visits, mine, s0, s1) if visits is not None else (set(), None, None)
        outside = [a for a in mine if a[0] not in inside]
        marked = [a for a in outside if a[3] in ("country", "org") and (
            _received(folded, a, mark_before, mark_after) or _article_marks(doc.text, folded, a, articles))]
        met = {a for a in outside if with_words is not None and with_words.search(folded[max(s0, a[0] - 40):a[0]])}
        givers = [a for a in outside if a[1] <= start and a[3] != "place" and a not in marked and a not in met
                  and a[2] not in receivers]
        # A capital gives for its government where it opens the sentence with a word right after it ("Rome
        # allocated ...", "Wien stellt ... bereit"), not elsewhere ("at the London conference the US pledged
        # ...") nor as a dateline ("LONDON – The US pledged ...", "BERLIN, 3. März (dpa)").
        givers = [a for a in givers if a[3] != "capital" or (not folded[s0:a[0]].strip(" \"'«„“‘")
                                                              and _OPENS_CLAUSE.match(folded, a[1]) is not None)]
        if not givers and receivers:
            # "Sandu met Blinken, who announced aid for Moldova": with the receiver named, the one met may give.
            givers = [a for a in outside if a[1] <= start and a[3] != "place" and a[2] not in receivers]
        if not givers and not given:
            if fig.reporter in {a[2] for a in marked} | {host}:
                # The receiver is named, the giver not in this sentence: whatever the other side is, it gives.
                fig.reporter, fig.partner = fig.partner, fig.reporter
            continue
        giver = given[0][2] if given else givers[0][2]
        # An official of an organ that manages its body's money speaks for the organ ("the Commission's
        # president said the EU is ready to mobilise ..."): EC, not EU.
        speaker = next((a[2] for a in mine if a[3] == "person" and a[2] in own and gives_as(a[2]) == giver), None)
        giver = speaker or giver
        # A body is never the receiver of its own organ's money.
        named = [a[2] for a in marked + outside if a[3] in ("country", "org") and a[2] != giver
                 and gives_as(a[2]) != gives_as(giver)]
        receiver = next(iter(named), None) or next((c for c in (host, visitor) if c and c != giver), None)
        if receiver is None:
            old = [c for c in (fig.reporter, fig.partner) if c and c != giver]
            receiver = old[0] if old else None
        fig.reporter, fig.partner = giver, receiver


def visit_investment_sides(doc: Document, infos: Sequence[FigureInfo], sentences: list[tuple[int, int]],
                           folded: str, gives_as: Callable[[str], str]) -> None:
    """The sides of an investment announced during a visit that names one side or none ("Durante la visita
    del premier in Algeria, una società ha firmato ... un investimento da 3 miliardi": a company's investment is its
    state's): the visitor's country invests in the country visited, when the sentence names no country
    outside its visit words but those two (the visitor's named elsewhere may be where it is invested)."""
    visits, _, _ = _words(doc.lang or "en")
    if visits is None:
        return
    actors: list[_Actor] | None = None
    for info in infos:
        f = info.figure
        if f.metric != "investment" or info.base or (f.reporter and f.partner):
            continue
        s0, s1 = sentences[info.sentence]
        if visits.search(folded, s0, s1) is None:
            continue
        if actors is None:
            actors = _actors(doc, gives_as, folded)
        mine = [a for a in actors if s0 <= a[0] < s1]
        inside, host, visitor = _visit_actors(folded, visits, mine, s0, s1)
        if not host or not visitor or host == visitor:
            continue
        outside = {a[2] for a in mine if a[0] not in inside and a[3] in ("country", "org", "capital")}
        if visitor in outside or outside - {host} or not {f.reporter, f.partner} - {None} <= {host, visitor}:
            continue
        f.reporter, f.partner = visitor, host


_PART_KINDS = ("grants", "loans", "support", "deposits", "deferred")     # and "investments", from the investment role words
_TRADE = ("imports", "exports")


@cache
def _part_words(lang: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """The words that name a kind of part of an aid total (`figures.toml [aid] grants, loans, support`)."""
    figures = resources.load(lang, "figures") or {}
    data = figures.get("aid") or {}
    kinds = tuple((kind, re.compile(AFTER_WORD + "(?:" + alternation(data[kind]) + ")"))
                  for kind in _PART_KINDS if data.get(kind))
    # A package's investments are a part of it too ("5 miliardi in prestiti, 1,8 miliardi di investimenti").
    invest = (figures.get("roles") or {}).get("investment") or []
    if kinds and invest:
        kinds += (("investments", re.compile(AFTER_WORD + "(?:" + alternation(invest) + ")")),)
    return kinds


def part_names(lang: str) -> tuple[re.Pattern[str], ...]:
    """The patterns of the words that name a kind of part of an aid total (grants, loans, support)."""
    return tuple(pattern for _, pattern in _part_words(lang))


@cache
def _of_which(lang: str) -> re.Pattern[str] | None:
    """The words that open the parts of a total ("of which", "w tym", "з них", "davon"; a colon does too)."""
    words = ((resources.load(lang, "figures") or {}).get("aid") or {}).get("of_which") or []
    return re.compile(":|" + AFTER_WORD + "(?:" + alternation(words) + ")") if words else None


def of_which_words(lang: str) -> re.Pattern[str] | None:
    """The words that open the parts of a total ("of which", "dos quais"; a colon too), or None."""
    return _of_which(lang)


_OPENER_GAP = 40       # at most this many characters between a total and its "of which" (the receiver may stand between)


def opens_parts(lang: str, folded: str, q: Quantity, sq: list[Quantity], s1: int) -> bool:
    """Whether an amount is a total whose parts follow: "of which", "dont", "z czego" (or a colon) right
    after it, then an amount named by a kind of aid ("8 billion in grants", "w dotacjach"). A package
    split into grants and loans is aid, though no word before it says so ("a package of 12 billion
    euros, of which ...")."""
    of_which = _of_which(lang)
    if of_which is None or not _part_words(lang):
        return False
    money = [o for o in sq if o.kind == MONEY and o.start >= q.end]
    if not money:
        return False
    first = money[0]
    opener = of_which.search(folded, q.end, min(first.start, q.end + _OPENER_GAP + 20))
    if opener is None or opener.start() - q.end > _OPENER_GAP:
        return False
    hi = money[1].start if len(money) > 1 else s1
    return _part_kind(lang, folded, opener.end(), first.start, True) is not None \
        or _part_kind(lang, folded, first.end, hi, False) is not None


_NAMED_GAP = 32        # "8,1 miliarde sub formă de granturi": the kind's word within a few words after the amount


def named_part(lang: str, folded: str, q: Quantity, sq: list[Quantity], s1: int) -> bool:
    """Whether the words right after an amount, in its clause, name a kind of aid ("5,3 miljard aan
    leningen", "8,1 miliarde sub formă de granturi"): grants, loans and budget support are aid though the
    language's role words do not list them."""
    if q.kind != MONEY or not _part_words(lang):
        return False
    hi = min([s1, q.end + _NAMED_GAP] + [o.start for o in sq if o.start >= q.end and o is not q])
    kind = _part_kind(lang, folded, q.end, hi, False)
    return kind is not None and kind != "investments"


def _part_kind(lang: str, folded: str, lo: int, hi: int, last: bool) -> str | None:
    """The kind of part (grants, loans, support) named in `lo:hi`: the last word there when `last`, else
    the first."""
    found = [(m.start(), kind) for kind, pattern in _part_words(lang) for m in pattern.finditer(folded, lo, hi)]
    if not found:
        return None
    return (max(found) if last else min(found))[1]


def aid_parts(lang: str, folded: str, sentences: list[tuple[int, int]], infos: list[FigureInfo]) -> None:
    """Mark the grants, loans and budget support that make up a stated aid total ("6 mld euro, w tym
    4 mld euro dotacji i 2 mld euro pożyczek", "3 млрд євро, з них 2 млрд грантів і 1 млрд кредитів",
    "1.9 billion euros, of which grants of 420 million and loans of 1.5 billion"): the amounts right
    after the total in its sentence (or the next one), all aid of its sides, period and unit, each
    named by a kind of its own, its word after each amount or before each, and opened by a word saying
    they are of the total (`figures.toml [aid] of_which`: "of which", "davon", "з них"; or a colon). `parts_whole` is set when
    they are all the amounts that follow in the sentence of the parts."""
    of_which = _of_which(lang)
    if not _part_words(lang) or of_which is None:
        return
    money = sorted((i for i in infos if i.quantity.kind == MONEY), key=lambda i: i.quantity.start)
    after: dict[int, str | None] = {}
    before: dict[int, str | None] = {}
    for n, info in enumerate(money):
        s0, s1 = sentences[info.sentence]
        prev, nxt = (money[n - 1] if n else None), (money[n + 1] if n + 1 < len(money) else None)
        lo = prev.quantity.end if prev is not None and prev.sentence == info.sentence else s0
        hi = nxt.quantity.start if nxt is not None and nxt.sentence == info.sentence else s1
        before[id(info)] = _part_kind(lang, folded, lo, info.quantity.start, True)
        after[id(info)] = _part_kind(lang, folded, info.quantity.end, hi, False)
    not_openers = _not_of_which(lang)
    for n, total in enumerate(money):
        f = total.figure
        if f.metric not in ("aid", "investment") or total.base or total.part_of is not None:
            continue
        if f.metric == "investment":
            _opened_part(folded, sentences, total, money[n + 1:], of_which, not_openers)
            continue
        following = []
        for o in money[n + 1:]:
            if o.sentence > total.sentence + 1:
                break
            following.append(o)
        # The kind's word after each part ("8 billion in grants") or before each ("無償資金協力は10億ドル、
        # 円借款は20億ドル", whose word after the first part is the second's): the reading that names more.
        readings = []
        # Or each part's own word, after it or else before it ("dont un dépôt de 3 milliards ... et 1,2 milliard
        # de financement pétrolier"), when no word of a kind stands before the total.
        either = {k: after[k] or before[k] for k in after}
        either[id(total)] = before[id(total)]
        for kinds in (after, before, either):
            if kinds[id(total)] is not None:
                continue
            run = []
            for o in following:
                if kinds[id(o)] is None:
                    break
                run.append(o)
            # Investments of the package may have been read with the sides the other way round.
            # A part named by a kind of aid is aid, though a trade word near it made it imports ("deferred payment
            # for oil imports") of no period.
            parts = [o for o in run if not o.base and o.figure.unit == f.unit
                     and (o.figure.period == f.period or (o.figure.period is None and o.figure.metric in _TRADE))
                     and (o.figure.metric in ("aid", *_TRADE)
                          or (o.figure.metric == "investment" and kinds[id(o)] == "investments"))
                     and {o.figure.reporter, o.figure.partner} <= {f.reporter, f.partner, None}]
            if not parts or len(parts) != len(run) or len({kinds[id(o)] for o in parts}) != len(parts) \
                    or all(kinds[id(o)] == "investments" for o in parts) \
                    or not of_which.search(folded, total.quantity.end, parts[0].quantity.start):
                continue        # parts are said to be of the total ("of which", "davon", a colon), not beside it
            readings.append(parts)
        if not readings:
            by_receiver = _receiver_parts(lang, folded, sentences, total, following)
            if by_receiver:
                readings.append(by_receiver)
        if not readings:
            _opened_part(folded, sentences, total, money[n + 1:], of_which, not_openers)
        else:
            parts = max(readings, key=len)
            for o in parts:
                o.part_of = total
                if o.figure.metric in _TRADE:
                    o.figure.metric, o.figure.period, o.period_key = "aid", f.period, total.period_key
                # The giver of the package invests; a part names the sides its total names.
                o.figure.reporter, o.figure.partner = f.reporter, f.partner
            rest = [o for o in following if o.sentence == parts[0].sentence and o not in parts]
            total.parts_whole = len(parts) >= 2 and not rest and all(o.sentence == parts[0].sentence for o in parts)


def _for_receiver(lang: str, folded: str, info: FigureInfo, hi: int) -> bool:
    """Whether a receiver's mark ("for", "to", "für") follows the amount within a few words, in its clause."""
    _, before, _ = _words(lang)
    if before is None:
        return False
    lo = info.quantity.end
    stop = _CLAUSE_STOP.search(folded, lo, hi)
    window = folded[lo:min(stop.start() if stop else hi, lo + _NAMED_GAP)]
    return any(before.search(window[:m.start()]) for m in re.finditer(r"\s+(?=[^\W\d_])", window))


def _receiver_parts(lang: str, folded: str, sentences: list[tuple[int, int]], total: FigureInfo,
                    following: list[FigureInfo]) -> list[FigureInfo]:
    """The parts of a total split by receivers in its sentence ("an aid package of 320 million euros, with 300
    million euros for Ukraine and 20 million euros for its farmers"): two or more amounts right after it,
    each followed by a receiver's mark, when the total itself names none."""
    s1 = sentences[total.sentence][1]
    f = total.figure
    mine = [o for o in following if o.sentence == total.sentence]
    if len(mine) < 2:
        return []
    if _for_receiver(lang, folded, total, mine[0].quantity.start):
        return []
    run = []
    for k, o in enumerate(mine):
        hi = mine[k + 1].quantity.start if k + 1 < len(mine) else s1
        if not _for_receiver(lang, folded, o, hi):
            break
        run.append(o)
    if len(run) < 2 or any(o.base or o.figure.metric != f.metric or o.figure.unit != f.unit
                           or o.figure.period != f.period for o in run):
        return []
    return run


@cache
def _not_of_which(lang: str) -> re.Pattern[str] | None:
    """Phrases that begin with an "of which" word but say "besides this", "for this" (`figures.toml [aid]
    not_of_which`: "bunun yanı sıra", "bunun için"): what follows is no part."""
    words = ((resources.load(lang, "figures") or {}).get("aid") or {}).get("not_of_which") or []
    return re.compile(alternation(words)) if words else None


_OPENED_GAP = 24       # "이 중 현대로템의 투자는 70억 달러", "bunun 7 milyar": the "of which" word a few words before the part


def _opened_part(folded: str, sentences: list[tuple[int, int]], total: FigureInfo, later: list[FigureInfo],
                 of_which: re.Pattern[str], not_openers: re.Pattern[str] | None) -> None:
    """The one amount an "of which" word opens right after a total ("총 50억 달러를 투자 ... 이 중 현대로템의
    투자는 70억 달러", "toplam 5 milyar dolarlık yatırım; bunun 7 milyar dolarlık kısmı"), in the total's
    sentence or the next, of its metric, unit and sides: a part of it, though no kind of aid names it (one
    company's share, one tranche). Parts so named need not all be stated."""
    part = later[0] if later else None
    f = total.figure
    if part is None or part.sentence > total.sentence + 1 or part.base or part.part_of is not None \
            or part.figure.metric != f.metric or part.figure.unit != f.unit \
            or None not in (part.figure.period, f.period) and part.figure.period != f.period \
            or not {part.figure.reporter, part.figure.partner} <= {f.reporter, f.partner, None}:
        return
    lo = max(total.quantity.end, part.quantity.start - _OPENED_GAP, sentences[part.sentence][0])
    opener = None
    for m in of_which.finditer(folded, lo, part.quantity.start):
        if m.group() != ":":
            opener = m
    if opener is None or _CLAUSE_STOP.search(folded, opener.end(), part.quantity.start) \
            or (not_openers is not None and not_openers.match(folded, opener.start())):
        return
    part.part_of = total
    part.figure.reporter, part.figure.partner = f.reporter, f.partner


def opened_by_total(lang: str, folded: str, q: Quantity, sq: list[Quantity], total: Quantity | None) -> bool:
    """Whether an "of which" word opens the amount `q` right after `total`, the amount of money before it in
    its sentence ("a package of 200 million euros, of which 35 million for the Amazon Fund", "din care 35 de
    milioane pentru ..."): a part of that total, of its metric, though no word names its kind."""
    of_which = _of_which(lang)
    if of_which is None or total is None or total.kind != MONEY:
        return False
    prev = [o for o in sq if o.kind == MONEY and o.end <= q.start]
    if not prev or prev[-1] is not total:
        return False
    lo = max(total.end, q.start - _OPENED_GAP)
    openers = [m for m in of_which.finditer(folded, lo, q.start) if m.group() != ":"]
    not_openers = _not_of_which(lang)
    return bool(openers) and not _CLAUSE_STOP.search(folded, openers[-1].end(), q.start) \
        and not (not_openers is not None and not_openers.match(folded, openers[-1].start()))


_CLAUSE_STOP = re.compile(r"[,;:()\u060c\u061b\uff0c\u3001]")


@cache
def _tranche_words(lang: str) -> re.Pattern[str] | None:
    """The words that name a tranche or instalment of a total (`figures.toml [aid] tranches`)."""
    return word_pattern(lang, "aid", "tranches")


@cache
def _tranche_after_words(lang: str) -> re.Pattern[str] | None:
    """The words that name the amount right before them a tranche ("4 milyar dolarlık ilk dilimi":
    `figures.toml [aid] tranches_after`), in languages whose noun follows its amount."""
    return word_pattern(lang, "aid", "tranches_after")


def _tranche_named(lang: str, folded: str, q: Quantity, lo: int, hi: int) -> bool:
    """Whether the amount `q` is named a tranche: a tranche word between `lo` (the amount before it) and it,
    or a word of `tranches_after` a few words after it, in its clause, before `hi` (the next amount)."""
    tranche = _tranche_words(lang)
    if tranche is not None and tranche.search(folded, max(lo, q.start - 80), q.start) is not None:
        return True
    after = _tranche_after_words(lang)
    if after is None:
        return False
    end = min(hi, q.end + _NAMED_GAP)
    stop = _CLAUSE_STOP.search(folded, q.end, end)
    return after.search(folded, q.end, stop.start() if stop else end) is not None


def opens_tranche(lang: str, folded: str, q: Quantity, sq: list[Quantity], s1: int) -> bool:
    """Whether the next amount of money after `q` in its sentence is named a tranche ("a 12-billion programme,
    whose first tranche of 5 billion", "12 milyar dolarlık desteğin 5 milyar dolarlık ilk dilimi"): `q` is
    the total it is paid from, aid though no word names it."""
    money = [o for o in sq if o.kind == MONEY and o.start >= q.end]
    if not money or (_tranche_words(lang) is None and _tranche_after_words(lang) is None):
        return False
    hi = money[1].start if len(money) > 1 else s1
    return _tranche_named(lang, folded, money[0], q.end, hi)


def aid_tranches(lang: str, folded: str, infos: list[FigureInfo]) -> None:
    """Mark the tranches of a stated aid total ("a loan of 8 billion dollars, whose first tranche of 820
    million ...", "кредит в 8 млрд долларов, первый транш в 820 млн", "الشريحة الأولى منه"): an amount of
    the same unit in the total's sentence or the next, with a tranche word between it and the amount
    before it, is a part of the last total before it; a tranche names itself a part, so no "of which" is
    needed. Tranches need not all be stated: they are never its whole."""
    if _tranche_words(lang) is None and _tranche_after_words(lang) is None:
        return
    money = sorted((i for i in infos if i.quantity.kind == MONEY), key=lambda i: i.quantity.start)
    total: FigureInfo | None = None
    for n, info in enumerate(money):
        prev = money[n - 1].quantity.end if n else max(0, info.quantity.start - 80)
        nxt = money[n + 1].quantity.start if n + 1 < len(money) else len(folded)
        named = _tranche_named(lang, folded, info.quantity, prev, nxt)
        if not named or total is None:
            if not named and info.figure.metric == "aid" and not info.base and info.part_of is None:
                total = info
            continue
        f = total.figure
        if info.part_of is None and not info.base and info.sentence <= total.sentence + 1 \
                and info.figure.metric in ("aid", "other") and info.figure.unit == f.unit \
                and (None in (info.figure.period, f.period) or info.figure.period == f.period) \
                and {info.figure.reporter, info.figure.partner} <= {f.reporter, f.partner, None}:
            info.part_of = total
            if info.figure.reporter is None or info.figure.partner is None:
                # A tranche that names no sides of its own is paid by the giver to the receiver of its total.
                info.figure.reporter, info.figure.partner = f.reporter, f.partner
