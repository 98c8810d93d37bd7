"""The record contract: to_dict/from_dict round-trip and the shipped JSON Schema."""

from __future__ import annotations

import json

import jsonschema
import pytest

from legation import Document, extract
from legation.document import (
    Actor, Entity, Event, Evidence, Figure, Flag, Location, Mention, Removed, Source,
)
from legation.schema import document_schema

TEXT = ("Ruritania and Freedonia held talks in Vienna on 3 May 2024. "
        "Trade between them reached 1.5 billion dollars in 2023.")


def full_document() -> Document:
    doc = Document(raw=TEXT, text=TEXT, source=Source(path="a.txt", published="2024-05-04"),
                   lang="en", lang_confidence=0.97)
    doc.removed = [Removed("Share this:", "boilerplate")]
    doc.sentences = [(0, 59), (60, len(TEXT))]
    doc.entities = [
        Entity("e1", "country", "Austria", code="AUT", mentions=[Mention(0, 9, TEXT[0:9])]),
        Entity("e2", "place", "Vienna", country="AUT", geonameid=2761369,
               mentions=[Mention(38, 44, TEXT[38:44])]),
        Entity("e3", "person", "Jane Roe", role="foreign minister", country=None),
        Entity("e4", "org", "United Nations", code="UN"),
    ]
    doc.events = [Event("v1", "CONSULT", Actor("AUT", "e1"), Actor("BEL"), mode="meeting",
                        date="2024-05-03", date_precision="day", location=Location("Vienna", "AUT"),
                        round=2, topics=["trade"], cameo="040", intensity=1.0,
                        evidence=Evidence(0, 59, 0), mentions=[Evidence(0, 59, 0)], confidence=0.8)]
    doc.figures = [Figure("f1", "trade_turnover", 1.5e9, "USD", "1.5 billion dollars",
                          Evidence(87, 106, 1), reporter="AUT", partner="BEL", period="2023")]
    doc.flags = [Flag("repair", "info", "one reading fits", ["f1"], [Evidence(60, 118)],
                      proposal=[{"metric": "trade_turnover", "period": "2023", "value": 1.5e9, "unit": "USD"}])]
    return doc


def test_full_record_round_trips_through_json_and_validates() -> None:
    record = full_document().to_dict()
    jsonschema.validate(record, document_schema())
    again = Document.from_dict(json.loads(json.dumps(record)))
    assert again.to_dict() == record


def test_id_is_a_hash_of_the_cleaned_body() -> None:
    a, b = full_document(), full_document()
    assert a.id == b.id and a.id.startswith("sha256:")
    b.text += " More."
    assert a.id != b.id


def test_from_dict_refuses_another_schema() -> None:
    record = full_document().to_dict()
    record["schema"] = "legation/0"
    with pytest.raises(ValueError, match="legation/1"):
        Document.from_dict(record)


def test_schema_rejects_a_broken_record() -> None:
    record = full_document().to_dict()
    record["events"][0]["type"] = "CHAT"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(record, document_schema())


def test_extract_output_validates_and_offsets_slice(example_path) -> None:
    doc = extract(example_path.read_bytes(), published="2024-10-24", path=str(example_path))
    record = doc.to_dict()
    jsonschema.validate(record, document_schema())
    text = record["text"]
    for ent in record["entities"]:
        for m in ent["mentions"]:
            assert text[m["start"]:m["end"]] == m["text"]
    for fig in record["figures"]:
        ev = fig["evidence"]
        assert text[ev["start"]:ev["end"]] == fig["as_written"]
    for s, e in record["sentences"]:
        assert 0 <= s < e <= len(text)
    assert Document.from_dict(record).to_dict() == record


def test_changes_targets_and_repeats_validate_and_round_trip() -> None:
    line = "Trade between Armenia and Georgia fell by $48.9 million in 2023."
    text = (f"{line}\n\n{line}\n\nThe two governments aim to raise trade to $3 billion by 2027.")
    record = extract(text, lang="en", published="2024-03-01").to_dict()
    jsonschema.validate(record, document_schema())
    assert [(f["metric"], f.get("of"), len(f.get("repeats", []))) for f in record["figures"]] == \
        [("change", "trade_turnover", 1), ("target", "trade_turnover", 0)]
    assert Document.from_dict(json.loads(json.dumps(record))).to_dict() == record
    record["figures"][0]["of"] = "tonnes"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(record, document_schema())
