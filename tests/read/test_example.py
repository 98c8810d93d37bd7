"""The real example article: Azerbaijani, with Turkish and site boilerplate around the body."""

import json

from legation.extract import extract_path


def test_example_article(example_path):
    record = json.loads(json.dumps(extract_path(example_path).to_dict()))
    assert record["lang"]["code"] == "az"
    text = record["text"]
    removed = [r["text"] for r in record["removed"]]
    lines = [ln for ln in text.split("\n") if ln.strip()]
    # The body starts at the headline (kept as the title) and then the first body sentence.
    assert lines[0] == record["source"]["title"]
    assert lines[1].startswith("Qazaxıstan xarici işlər nazirinin müavini")
    assert len(removed) >= 5
    for line in removed:
        assert line not in lines
    # Labels ("Share:"), the disclaimer and the trending list are gone: the body ends on a sentence.
    assert not any(ln.rstrip().endswith(":") for ln in lines)
    assert lines[-1].endswith(".")
    raw = example_path.read_text(encoding="utf-8")
    after_body = raw[raw.index(lines[-1]) + len(lines[-1]):]
    assert sum(1 for ln in after_body.splitlines() if ln.strip()) >= 3
    assert all(ln.strip() in removed for ln in after_body.splitlines() if ln.strip())
    for s, e in record["sentences"]:
        assert text[s:e].strip() == text[s:e] and text[s:e]
