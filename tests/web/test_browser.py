"""The pages in a real headless Chromium: they render, the chart draws, links lead on, and
hostile article text shows as text and runs nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import XSS_IMG, XSS_SCRIPT

pytest.importorskip("selenium", reason="browser tests need selenium (the dev extra)")
from selenium.common.exceptions import NoAlertPresentException  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support import expected_conditions  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402


def _no_alert(browser) -> bool:
    try:
        browser.switch_to.alert
    except NoAlertPresentException:
        return True
    return False


def _follow(browser, css: str, url_part: str) -> None:
    """Click the first link matching `css` and wait for the page it leads to."""
    browser.find_element(By.CSS_SELECTOR, css).click()
    WebDriverWait(browser, 15).until(expected_conditions.url_contains(url_part))
    WebDriverWait(browser, 15).until(
        lambda b: b.execute_script("return document.readyState") == "complete")


def _csp_violations(browser) -> list[str]:
    return [e["message"] for e in browser.get_log("browser") if "Content Security Policy" in e["message"]]


def _shot(browser, folder: Path, name: str) -> Path:
    # The whole page: make the window as tall as the document before the screenshot.
    height = browser.execute_script("return document.documentElement.scrollHeight")
    browser.set_window_size(1280, min(max(900, height + 40), 6000))
    path = folder / f"{name}.png"
    assert browser.save_screenshot(str(path))
    browser.set_window_size(1280, 1600)
    return path


def test_click_through_overview_pair_event_document(browser, live_server, screenshot_dir):
    browser.get(live_server.url + "/")
    assert browser.find_element(By.TAG_NAME, "h1").text == "Overview"
    _shot(browser, screenshot_dir, "overview")

    _follow(browser, "#pairs a.pair", "/pair/")
    assert browser.current_url.endswith("/pair/CHE-MNG")
    assert browser.find_element(By.TAG_NAME, "h1").text == "CHE – MNG"
    # The chart drew: an svg whose bars are laid out with a real size.
    bars = browser.find_elements(By.CSS_SELECTOR, ".chart-timeline svg .bar rect")
    assert len(bars) >= 3
    assert all(b.rect["height"] > 0 and b.rect["width"] > 0 for b in bars)
    dots = browser.find_elements(By.CSS_SELECTOR, ".chart-cooperation svg .dot, .chart-cooperation svg circle")
    assert dots
    assert _csp_violations(browser) == []       # the charts' styles carry the nonce
    figures = browser.find_element(By.ID, "figures").text
    assert "sum_mismatch" in figures and "turnover is stated as 12 M USD" in figures
    assert "Proposed repairs" in figures
    _shot(browser, screenshot_dir, "pair")

    _follow(browser, "#events a.event-link.type-CONSULT", "/event/")
    reports = browser.find_elements(By.CSS_SELECTOR, "article.report")
    assert len(reports) == 3
    evidence = browser.find_elements(By.CSS_SELECTOR, "article.report[lang=ru] mark.hl-evidence")
    assert evidence and "консультаций" in " ".join(e.text for e in evidence)
    _shot(browser, screenshot_dir, "event")

    _follow(browser, "article.report[lang=en] a.doc-link", "/document/")
    article = browser.find_element(By.CSS_SELECTOR, ".article")
    people = {m.text for m in article.find_elements(By.CSS_SELECTOR, ".hl-person")}
    assert people == {"Batbayar Ganzorig", "Helene Amsler"}
    assert "Share this article" in browser.find_element(By.ID, "removed").text
    _shot(browser, screenshot_dir, "document")

    # And back: the document's event links to the merged event.
    _follow(browser, ".article a.hl-event", "/event/")
    assert len(browser.find_elements(By.CSS_SELECTOR, "article.report")) == 3


def test_search_form_leads_to_results(browser, live_server):
    browser.get(live_server.url + "/")
    box = browser.find_element(By.CSS_SELECTOR, "form.search input[name=q]")
    box.send_keys("Ganzorig")
    browser.find_element(By.CSS_SELECTOR, "form.search button").click()
    WebDriverWait(browser, 10).until(expected_conditions.url_contains("/search?q=Ganzorig"))
    assert "Batbayar Ganzorig" in browser.find_element(By.ID, "found-people").text


def test_hostile_article_shows_as_text_and_runs_nothing(browser, live_server, http, screenshot_dir):
    browser.get(live_server.url + "/search?q=cyber")
    _follow(browser, "#found-documents a.doc-link", "/document/")
    article = browser.find_element(By.CSS_SELECTOR, ".article")
    assert XSS_SCRIPT in article.text and XSS_IMG in article.text      # the literal text is visible
    assert XSS_SCRIPT in browser.find_element(By.TAG_NAME, "h1").text
    assert browser.find_elements(By.CSS_SELECTOR, "main script, main img, .article b") == []
    assert browser.execute_script("return window.__pwned === undefined")
    assert _no_alert(browser)
    _shot(browser, screenshot_dir, "hostile-document")

    for url in ("/", "/pair/MNG-CHE"):
        browser.get(live_server.url + url)
        assert browser.execute_script("return window.__pwned === undefined")
        assert _no_alert(browser)
    _follow(browser, "#events a.event-link.type-PROTEST", "/event/")
    evidence = browser.find_element(By.CSS_SELECTOR, "blockquote.evidence")
    assert XSS_IMG in evidence.text
    assert browser.execute_script("return window.__pwned === undefined")
    assert _no_alert(browser)


def test_alerts_page_leads_to_the_evidence(browser, live_server, screenshot_dir):
    browser.get(live_server.url + "/")
    _follow(browser, "header a.nav-alerts", "/alerts")
    alert = browser.find_element(By.CSS_SELECTOR, "article.alert")
    assert "PROTEST" in alert.find_element(By.CSS_SELECTOR, "a.alert-link").text
    assert XSS_IMG in alert.find_element(By.CSS_SELECTOR, "blockquote.evidence").text    # shown as text
    assert browser.execute_script("return window.__pwned === undefined") and _no_alert(browser)
    _shot(browser, screenshot_dir, "alerts")
    _follow(browser, "article.alert a.alert-evidence", "/event/")
    marked = browser.find_elements(By.CSS_SELECTOR, "article.report mark.hl-evidence")
    assert marked and XSS_IMG in " ".join(m.text for m in marked)
