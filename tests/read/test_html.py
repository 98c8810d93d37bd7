"""HTML pages: main text without navigation, scripts or footers; metadata from the page."""

import datetime as dt

from legation import extract

PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Ministers agree on a river commission | Northern Ledger</title>
<meta property="og:title" content="Ministers agree on a river commission">
<meta property="og:site_name" content="Northern Ledger">
<meta property="og:url" content="https://ledger.example/news/river-commission">
<meta property="article:published_time" content="2024-03-14T09:30:00+00:00">
<script>var tracking = {id: 42}; function track() { return "script text"; }</script>
<style>body { font-family: serif; }</style>
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/business">Business</a></li></ul></nav>
<article>
<h1>Ministers agree on a river commission</h1>
<p>The foreign ministers of Finland and Estonia agreed on Thursday to set up a joint commission that will manage fishing and shipping on the rivers the two countries share.</p>
<p>The commission will meet twice a year, alternating between Helsinki and Tallinn, and will report to both governments on water quality and the state of fish stocks.</p>
<p>Officials said the first session would take place in the autumn, after the parliaments of both countries approve the agreement.</p>
</article>
<aside><h3>Most read</h3><ul><li><a href="/a">Storm closes ports</a></li><li><a href="/b">Markets rally</a></li></ul></aside>
<footer><p>© 2024 Northern Ledger. All rights reserved.</p><p><a href="/privacy">Privacy policy</a></p></footer>
</body></html>"""


def test_main_text_and_metadata():
    doc = extract(PAGE, until="sentences")
    assert doc.lang == "en"
    assert doc.source.title == "Ministers agree on a river commission"
    assert doc.source.published == dt.date(2024, 3, 14)
    assert doc.source.url == "https://ledger.example/news/river-commission"
    assert doc.source.site == "Northern Ledger"
    assert "joint commission" in doc.text and "approve the agreement." in doc.text
    for junk in ("script text", "font-family", "Business", "Storm closes ports", "All rights reserved"):
        assert junk not in doc.text


def test_paragraph_breaks_are_kept():
    doc = extract(PAGE, until="sentences")
    paragraphs = [p for p in doc.text.split("\n\n") if p.strip()]
    assert paragraphs[-3].startswith("The foreign ministers")
    assert paragraphs[-1].startswith("Officials said")


def test_given_url_and_date_win_over_the_page():
    doc = extract(PAGE, url="https://mirror.example/a", published="2024-03-15", until="clean")
    assert doc.source.url == "https://mirror.example/a"
    assert doc.source.published == dt.date(2024, 3, 15)
