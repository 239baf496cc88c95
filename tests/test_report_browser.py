"""The gallery in a real browser: rows render, filters, search and paging work, offline.

Drives Debian's headless Chromium through Selenium (see tests/browser.py). These run by
default, in CI too; SRLCAP_NO_BROWSER=1 skips them. Screenshots go to test-artifacts/.
"""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from srlcap import report
from test_report import write_fixture

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(os.environ.get("SRLCAP_NO_BROWSER") == "1", reason="SRLCAP_NO_BROWSER=1"),
]

ARTIFACTS = Path(__file__).resolve().parent.parent / "test-artifacts"


@pytest.fixture(scope="module")
def gallery(tmp_path_factory) -> Path:
    base = tmp_path_factory.mktemp("gallery")
    src = write_fixture(base / "sample.parquet", n_clips=90)  # 120 annotations: 3 pages of 50
    out = base / "report"
    report.write_report(src, out)
    return out


@pytest.fixture(scope="module")
def driver():
    import browser

    why = browser.missing()
    if why:
        pytest.fail(why)  # CI installs the browser; a missing one is a broken setup
    with browser.chromium() as d:
        yield d


def open_page(driver, gallery: Path, fragment: str = ""):
    driver.get("about:blank")  # a new document even when only the #fragment differs
    driver.get_log("browser")  # forget console messages of earlier pages
    driver.get(gallery.joinpath("index.html").as_uri() + fragment)
    wait_ready(driver)


def wait_ready(driver, previous: str | None = None):
    """Wait until a render finished (body[data-ready] changes) and return its token."""
    from selenium.webdriver.support.ui import WebDriverWait

    def ready(d):
        token = d.execute_script("return document.body.dataset.ready || null")
        return token if token and token != previous else False

    return WebDriverWait(driver, 20).until(ready)


def cards(driver) -> list[str]:
    return driver.execute_script(
        "return Array.from(document.querySelectorAll('.card')).map(c => c.dataset.clip)")


def status(driver) -> str:
    return driver.find_element("id", "status").text


def choose(driver, select_id: str, value: str):
    from selenium.webdriver.support.ui import Select

    token = driver.execute_script("return document.body.dataset.ready")
    Select(driver.find_element("id", select_id)).select_by_value(value)
    wait_ready(driver, token)


def search(driver, text: str):
    box = driver.find_element("id", "q")
    token = driver.execute_script("return document.body.dataset.ready")
    box.clear()
    box.send_keys(text)
    wait_ready(driver, token)


def artifact(name: str) -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS / name


def screenshot(driver, name: str) -> Path:
    """A screenshot of the whole page (up to 4000 px high) under test-artifacts/."""
    path = artifact(name)
    height = driver.execute_script("return Math.min(document.body.scrollHeight, 4000)")
    driver.set_window_size(1280, max(900, height))
    driver.save_screenshot(str(path))
    driver.set_window_size(1280, 1600)
    return path


def test_first_page_renders_rows_and_negatives(driver, gallery):
    open_page(driver, gallery)
    shown = cards(driver)
    assert len(shown) == 50
    assert status(driver).startswith("showing 1–50 · 120 of 120 clips · page 1 of 3")
    first = driver.find_elements("css selector", ".card")[0]
    events = [r.get_attribute("data-event") for r in first.find_elements("css selector", ".row")]
    assert events == ["Ev1", "Ev2", "Ev3", "Ev4", "Ev5", "clip"]
    assert len(first.find_elements("css selector", ".cap.style-figclip")) >= 6
    driver.find_element("id", "expand").click()
    marks = driver.find_elements("css selector", ".card mark")
    assert marks and all(m.text.strip() for m in marks[:20])
    # the summary charts are there
    assert len(driver.find_elements("css selector", "#summary svg")) >= 3
    assert screenshot(driver, "report-gallery.png").stat().st_size > 10_000


def test_paging(driver, gallery):
    from selenium.webdriver.common.keys import Keys

    open_page(driver, gallery)
    page1 = cards(driver)
    token = driver.execute_script("return document.body.dataset.ready")
    driver.find_element("id", "next").click()
    wait_ready(driver, token)
    page2 = cards(driver)
    assert len(page2) == 50 and not set(page1) & set(page2)
    assert driver.current_url.endswith("#page=2")
    token = driver.execute_script("return document.body.dataset.ready")
    driver.find_element("css selector", "body").send_keys(Keys.ARROW_RIGHT)
    wait_ready(driver, token)
    assert driver.current_url.endswith("#page=3")
    open_page(driver, gallery, "#page=3")
    assert len(cards(driver)) == 20
    assert driver.find_element("id", "next").get_attribute("disabled")


def test_filters_by_verb_kind_and_split(driver, gallery):
    open_page(driver, gallery)
    choose(driver, "f-verb", "shoot")
    shown = driver.find_elements("css selector", ".card")
    assert 0 < len(shown) < 50
    for card in shown:
        hits = card.find_elements("css selector", ".row.hit .verb")
        assert hits and all(h.text.startswith("shoot") for h in hits)
    assert "verb=shoot" in driver.current_url

    choose(driver, "f-kind", "attribute_swap")
    kinds = driver.execute_script(
        "return Array.from(document.querySelectorAll('.neg-list .neg-head .kind')).map(e => e.textContent)")
    assert kinds and set(kinds) == {"attribute_swap"}
    driver.execute_script("document.getElementById('gallery').scrollIntoView()")
    driver.save_screenshot(str(artifact("report-filtered.png")))

    choose(driver, "f-verb", "")
    choose(driver, "f-kind", "")
    choose(driver, "f-split", "valid")
    splits = driver.execute_script(
        "return Array.from(document.querySelectorAll('.card .split')).map(e => e.textContent)")
    assert splits and set(splits) == {"valid"}
    assert "60 of 120 clips" in status(driver)
    anns = driver.execute_script(
        "return Array.from(document.querySelectorAll('.card .ann')).map(e => e.textContent)")
    assert anns[:2] == ["annotation 1 of 2", "annotation 2 of 2"]


def test_search_by_filler_and_clip_id(driver, gallery):
    open_page(driver, gallery)
    search(driver, "green uniform")
    shown = driver.find_elements("css selector", ".card")
    assert shown
    for card in shown:
        assert "green uniform" in card.text
    n = len(shown)
    search(driver, "v_00007hXyZ")
    assert cards(driver) == ["v_00007hXyZ_seg_70_80"]
    search(driver, "no such thing at all")
    assert cards(driver) == []
    assert "No clip matches" in driver.find_element("id", "cards").text
    assert "0 of 120 clips" in status(driver)
    assert n < 120


def test_state_in_url_and_no_errors_or_network(driver, gallery):
    import browser

    browser.requested_urls(driver)  # forget earlier tests' requests
    open_page(driver, gallery, "#split=train&kind=role_swap&q=old%20man")
    assert driver.find_element("id", "f-kind").get_attribute("value") == "role_swap"
    assert driver.find_element("id", "q").get_attribute("value") == "old man"
    for card in driver.find_elements("css selector", ".card"):
        assert "train" == card.find_element("css selector", ".split").text
    urls = browser.requested_urls(driver)
    assert any(u.endswith("/data/index.js") for u in urls)
    assert any("/data/chunk-" in u for u in urls)
    assert all(u.startswith("file://") for u in urls), urls
    severe = [e for e in driver.get_log("browser") if e["level"] == "SEVERE"]
    assert severe == []


def test_missing_data_folder_is_reported(driver, gallery, tmp_path):
    lonely = tmp_path / "index.html"
    lonely.write_bytes((gallery / "index.html").read_bytes())
    driver.get(lonely.as_uri())
    assert "data/index.js did not load" in status(driver)


def test_empty_gallery(driver, tmp_path):
    import pyarrow as pa
    import pyarrow.parquet as pq

    from srlcap import schema

    path = tmp_path / "empty.parquet"
    pq.write_table(pa.Table.from_pylist([], schema=schema.schema_with_metadata()), path)
    report.write_report(path, tmp_path / "r")
    open_page(driver, tmp_path / "r")
    assert cards(driver) == []
    assert "0 of 0 clips" in status(driver)
    assert [e for e in driver.get_log("browser") if e["level"] == "SEVERE"] == []
