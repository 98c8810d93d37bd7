"""The generated benchmark corpus: reproducible, multilingual, news-sized, streamed."""

from __future__ import annotations

import json
import types

import pytest

from legation.bench import corpus
from legation.bench.corpus import LANGS, generate, templates, write_corpus


def test_same_seed_same_corpus_and_other_seed_differs() -> None:
    first = list(generate(30, seed=7))
    assert first == list(generate(30, seed=7))
    other = list(generate(30, seed=8))
    assert [d["text"] for d in first] != [d["text"] for d in other]


def test_a_document_does_not_depend_on_how_many_come_before() -> None:
    # Any slice of a corpus can be made on its own (workers, resumed runs).
    whole = list(generate(20, seed=3))
    assert corpus.document(17, seed=3) == whole[17]


def test_every_language_is_covered_in_turn() -> None:
    docs = list(generate(len(LANGS) * 3, seed=1))
    assert {d["lang"] for d in docs} == set(LANGS)
    assert [d["lang"] for d in docs[: len(LANGS)]] == list(LANGS)


def test_only_the_requested_languages() -> None:
    docs = list(generate(10, seed=1, langs=["kk", "fr"]))
    assert {d["lang"] for d in docs} == {"kk", "fr"}


def test_unknown_language_is_refused_before_streaming() -> None:
    with pytest.raises(ValueError, match="xx"):
        generate(5, langs=["en", "xx"]).__next__()


@pytest.mark.parametrize("lang", LANGS)
def test_articles_are_news_sized_with_headline_and_paragraphs(lang: str) -> None:
    for doc in generate(25, seed=11, langs=[lang]):
        size = len(doc["text"].encode("utf-8"))
        assert corpus.MIN_BYTES <= size <= corpus.MAX_BYTES, (lang, size)
        paragraphs = [p for p in doc["text"].split("\n\n") if p.strip()]
        assert len(paragraphs) >= 5
        assert "{" not in doc["text"] and "}" not in doc["text"], "an unfilled slot"
        assert doc["url"].startswith("https://") and doc["published"][:2] == "20"


@pytest.mark.parametrize("lang", LANGS)
def test_every_template_fills_with_every_pair_of_countries(lang: str) -> None:
    # A missing form in corpus.toml must fail here, not in the middle of a 100,000-document run.
    import random

    t = templates(lang)
    rng = random.Random(0)
    for a in t.countries:
        for b in t.countries:
            if a is b:
                continue
            filled = corpus.slots(t, rng, corpus.FIRST_DAY, pair=(a, b))
            for part, texts in t.text.items():
                for template in texts:
                    out = template.format_map(filled)
                    assert "{" not in out, (lang, part, template)
            assert a.city in filled["dateline"] or a.CITY in filled["dateline"]


def test_countries_named_in_the_text_come_from_the_templates() -> None:
    t = templates("en")
    names = {c.name for c in t.countries}
    doc = next(generate(1, seed=5, langs=["en"]))
    assert sum(name in doc["text"] for name in names) >= 2


def test_some_articles_carry_trade_figures_that_add_up_and_a_few_that_do_not() -> None:
    import re

    sums_ok = sums_wrong = 0
    for doc in generate(140, seed=2, langs=["en"]):
        for para in doc["text"].split("\n\n"):
            values = [float(v) for v in re.findall(r"\$(\d+\.\d) (?:million|billion)", para)]
            if len(values) != 3:
                continue
            # Every English trade template names the total first or last; the other two are its parts.
            if any(abs(total - sum(parts)) < 0.05 for total, parts in ((values[0], values[1:]),
                                                                       (values[2], values[:2]))):
                sums_ok += 1
            else:
                sums_wrong += 1
    assert sums_ok > 20
    assert 0 < sums_wrong < sums_ok


def test_generate_streams() -> None:
    stream = generate(10**9, seed=0)      # a billion: only lazily possible
    assert isinstance(stream, types.GeneratorType)
    assert next(stream)["lang"] == LANGS[0]


def test_write_corpus_as_text_files_and_as_jsonl(tmp_path) -> None:
    folder = write_corpus(tmp_path / "txt", 9, seed=4)
    files = sorted(folder.glob("*.txt"))
    assert len(files) == 9
    docs = list(generate(9, seed=4))
    assert files[3].read_text(encoding="utf-8") == docs[3]["text"]
    assert files[3].name.endswith(f".{docs[3]['lang']}.txt")
    path = write_corpus(tmp_path / "j", 9, seed=4, fmt="jsonl")
    lines = path.read_text(encoding="utf-8").splitlines()
    assert [json.loads(line) for line in lines] == docs
