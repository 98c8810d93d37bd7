"""The Italian benchmark corpus templates fill with every pair of countries."""

from ..article_rows import check_corpus


def test_corpus_templates():
    check_corpus("it")
