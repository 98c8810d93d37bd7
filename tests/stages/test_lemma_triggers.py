"""Triggers inflected from lemmas (scripts/build_triggers.py) find acts worded in any form, in several languages."""

from __future__ import annotations

import pytest

from legation.extract import extract

CASES = [
    ("en", "Norway recalled its ambassador from Chile on Monday after the dispute.", "SANCTION", "NOR", "CHL"),
    ("en", "Peru has granted political asylum to a former minister of Bolivia, Peru said.", "AID", "PER", None),
    ("en", "Poland halted trade with Belarus on Tuesday.", "SANCTION", "POL", "BLR"),
    ("en", "Turkey lifted its blockade of Armenian ports on Friday, easing pressure on Armenia.", "RETREAT", "TUR", "ARM"),
    ("ru", "Финляндия отозвала посла из Эстонии в понедельник.", "SANCTION", "FIN", "EST"),
    ("ru", "Норвегия закрыла генеральное консульство в Мурманске России.", "SANCTION", "NOR", "RUS"),
    ("uk", "Польща відкликала посла з Угорщини у вівторок.", "SANCTION", "POL", "HUN"),
    ("de", "Österreich rief am Montag seinen Botschafter aus Serbien zurück.", "SANCTION", "AUT", "SRB"),
    ("fr", "La Belgique a rappelé son ambassadeur au Mali lundi.", "SANCTION", "BEL", "MLI"),
    ("es", "Chile retiró a su embajador en Venezuela el lunes.", "SANCTION", "CHL", "VEN"),
    ("it", "L'Italia ha richiamato l'ambasciatore in Egitto lunedì.", "SANCTION", "ITA", "EGY"),
    ("tr", "Türkiye, İsveç büyükelçisini geri çağırdı.", "SANCTION", "TUR", "SWE"),
]


@pytest.mark.parametrize("lang,text,kind,source,target", CASES)
def test_an_inflected_form_of_a_lemma_gives_its_event(lang, text, kind, source, target):
    doc = extract(text, published="2025-03-12", lang=lang)
    found = {(e.type, e.source.code, e.target.code) for e in doc.events}
    assert any(t == kind and s == source and (target is None or o == target) for t, s, o in found), found


def test_words_that_only_share_a_root_give_no_event():
    text = "Norway recalls the history of its ties with Chile in a new museum."
    assert not extract(text, published="2025-03-12", lang="en").events
