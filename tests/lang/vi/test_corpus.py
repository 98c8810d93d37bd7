"""The Vietnamese benchmark corpus templates fill with every pair of countries."""

from ..article_rows import check_corpus
from ..table import table

test_corpus_templates = table(check_corpus, [("vi",)])
