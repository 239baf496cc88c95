"""The gallery in a real browser: rows render, filters, search and paging work, offline;
charts and counters follow the filters, the verb filter types ahead, clips link to their
YouTube segment, frames show, and flagged negatives download as JSON Lines that
`srlcap build --exclude` drops exactly (issue 17, item 4).

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
    from selenium.webdriver.common.keys import Keys
    from selenium.webdriver.support.ui import Select

    token = driver.execute_script("return document.body.dataset.ready")
    box = driver.find_element("id", select_id)
    if box.tag_name == "input":  # the verb filter: type, then Enter picks
        if box.get_attribute("value") == value:
            return
        box.clear()
        if value:
            box.send_keys(value)
            box.send_keys(Keys.ENTER)
        else:
            box.send_keys("x", Keys.BACKSPACE)  # emptied: all verbs
    else:
        Select(box).select_by_value(value)
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


# ---------------------------------------------------------------------------- issue 17


def _chart(driver, n: int) -> dict[str, str]:
    """Bar chart ``n`` of the summary as label -> value text."""
    return driver.execute_script(
        "const f = document.querySelectorAll('#charts figure')[arguments[0]];"
        "const labels = Array.from(f.querySelectorAll('text.label')).map(t => t.firstChild.textContent);"
        "const values = Array.from(f.querySelectorAll('text.value')).map(t => t.textContent);"
        "return Object.fromEntries(labels.map((l, i) => [l, values[i]]));", n)


def test_charts_and_counters_follow_the_filters(driver, gallery):
    open_page(driver, gallery)
    kinds_all, verbs_all = _chart(driver, 0), _chart(driver, 1)
    assert driver.find_element("id", "stat-annotations").text == "120"
    choose(driver, "f-split", "valid")
    assert driver.find_element("id", "stat-annotations").text == "60 of 120"
    assert driver.find_element("id", "stat-clips").text == "30 of 90"
    kinds_valid = _chart(driver, 0)
    assert kinds_valid != kinds_all
    assert all(int(kinds_valid[k].replace(",", "")) <= int(kinds_all[k].replace(",", "")) for k in kinds_all)
    choose(driver, "f-split", "")
    choose(driver, "f-kind", "attribute_swap")
    only = _chart(driver, 0)
    n_cards = len(driver.execute_script("return window.SRLCAP_INDEX.cards.id"))
    assert int(only["attribute_swap"].replace(",", "")) > 0 and only != kinds_all
    assert " of 120" in driver.find_element("id", "stat-annotations").text and n_cards == 120
    negatives = int(driver.find_element("id", "stat-negatives").text.split(" of ")[0].replace(",", ""))
    assert negatives == sum(int(v.replace(",", "")) for v in only.values())
    choose(driver, "f-kind", "")
    assert _chart(driver, 1) == verbs_all


def test_verb_filter_types_ahead(driver, gallery):
    from selenium.webdriver.common.keys import Keys

    open_page(driver, gallery)
    box = driver.find_element("id", "f-verb")
    box.send_keys("ho")
    offered = driver.execute_script(
        "return Array.from(document.querySelectorAll('#verb-suggest li')).map(l => l.dataset.verb)")
    assert offered[:1] == ["hold"] and "shoot" in offered  # starts-with first, then contains
    token = driver.execute_script("return document.body.dataset.ready")
    box.send_keys(Keys.ARROW_DOWN, Keys.ARROW_DOWN, Keys.ENTER)
    wait_ready(driver, token)
    assert box.get_attribute("value") == offered[1] and f"verb={offered[1]}" in driver.current_url
    assert driver.find_element("id", "verb-suggest").get_attribute("hidden")
    for card in driver.find_elements("css selector", ".card"):
        assert card.find_elements("css selector", ".row.hit")
    choose(driver, "f-verb", "")
    assert "120 of 120 clips" in status(driver)


def test_each_vidsitu_clip_links_to_its_youtube_segment(driver, gallery):
    open_page(driver, gallery)
    search(driver, "v_00007hXyZ")
    link = driver.find_element("css selector", ".card .yt")
    assert link.get_attribute("href") == "https://www.youtube.com/embed/00007hXyZ?start=70&end=80"
    assert link.get_attribute("target") == "_blank" and "70–80 s" in link.text


def test_search_covers_caption_text(driver, gallery):
    open_page(driver, gallery)
    search(driver, "pushes")  # a word only the natural captions have, no id, verb or filler
    shown = driver.find_elements("css selector", ".card")
    assert shown and all("pushes" in c.text for c in shown)
    search(driver, "where the hugger is")  # a figclip phrase
    shown = driver.find_elements("css selector", ".card")
    assert shown and all("the hugger is" in c.text for c in shown)


def test_frame_thumbnails_with_frames(driver, tmp_path):
    Image = pytest.importorskip("PIL.Image")
    import pyarrow.parquet as pq

    from srlcap.video import FramesTemplate

    src = write_fixture(tmp_path / "f.parquet", n_clips=3)
    frames = tmp_path / "frames"
    template = FramesTemplate("{video_id}/{ann_idx}/{event}_{video_ms}.png")  # clip rows: none
    rows = [r for r in pq.read_table(src).to_pylist() if r["event"] != "clip"]
    for r in rows[:-1]:  # the last event has no frame
        path = frames / template.path(r["clip_id"], r["ann_idx"], r["event"], (r["start_s"] + r["end_s"]) / 2)
        path.parent.mkdir(parents=True, exist_ok=True)
        Image.new("RGB", (64, 48), (200, 40, 40)).save(path)
    summary = report.write_report(src, tmp_path / "r", frames=frames, frames_template=template.text)
    assert summary.frames == {"found": len(rows) - 1, "missing": 1 + summary.cards}
    open_page(driver, tmp_path / "r")
    widths = driver.execute_script(
        "return Promise.all(Array.from(document.querySelectorAll('img.thumb')).map(i => {"
        "i.loading = 'eager';"  # lazy ones off screen would wait for a scroll
        "return i.decode().then(() => i.naturalWidth, () => 0); }))")
    assert len(widths) == len(rows) - 1 and set(widths) == {64}


@pytest.fixture(scope="module")
def built_gallery(tmp_path_factory, nlp):
    from srlcap.build import BuildOptions, build

    base = tmp_path_factory.mktemp("built")
    out = base / "valid.parquet"
    build(BuildOptions(split="valid", out=out, quiet=True, nlp=nlp, per_kind=1))
    report.write_report(out, base / "report")
    return out, base / "report"


def test_flag_two_negatives_download_and_exclude_drops_exactly_those(driver, built_gallery, tmp_path, nlp):
    import json

    import pyarrow.parquet as pq
    from selenium.webdriver.support.ui import WebDriverWait

    from srlcap.build import BuildOptions, build

    source, gallery_dir = built_gallery
    downloads = tmp_path / "downloads"
    downloads.mkdir()
    driver.execute_cdp_cmd("Browser.setDownloadBehavior", {"behavior": "allow", "downloadPath": str(downloads)})
    open_page(driver, gallery_dir)
    driver.find_element("id", "expand").click()
    assert driver.find_element("id", "download-flags").get_attribute("disabled")
    buttons = driver.find_elements("css selector", ".neg .flag")
    buttons[0].click()
    buttons[7].click()
    buttons[5].click()
    buttons[5].click()  # flagged and unflagged again: not in the download
    assert driver.find_element("id", "flag-count").text == "2 flagged"
    driver.find_element("id", "download-flags").click()
    target = downloads / "flagged.jsonl"
    WebDriverWait(driver, 20).until(lambda d: target.is_file() and target.stat().st_size > 0)
    lines = [json.loads(line) for line in target.read_text(encoding="utf-8").splitlines()]
    assert len(lines) == 2

    out = tmp_path / "excluded.parquet"
    summary = build(BuildOptions(split="valid", out=out, quiet=True, nlp=nlp, per_kind=1, exclude=target))
    assert (summary.excluded, summary.unmatched) == (2, 0)
    before, after = pq.read_table(source).to_pylist(), pq.read_table(out).to_pylist()
    flagged = {(f["clip_id"], f["ann_idx"], f["event"], f["kind"], f["detail"], f["natural"], f["figclip"])
               for f in lines}
    expected = []
    for row in before:
        key = (row["clip_id"], row["ann_idx"], row["event"])
        expected.append({**row, "negatives": [n for n in row["negatives"] if
                                              key + (n["kind"], n["detail"], n["natural"], n["figclip"]) not in flagged]})
    assert after == expected and sum(len(r["negatives"]) for r in before) - 2 == sum(len(r["negatives"]) for r in after)


def test_hostile_text_shows_as_text_in_every_new_view(driver, tmp_path):
    import pyarrow as pa
    import pyarrow.parquet as pq

    from srlcap import schema
    from test_report import fixture_rows

    evil = '</script><img src=x onerror="window.__pwned=1">'
    rows = fixture_rows(3)
    for row in rows:
        if row["verb"] == rows[0]["verb"]:
            row["verb"] = evil
        for role in row["roles"]:
            role["filler"] = role["filler"] + " " + evil
        row["natural"] = row["natural"] + " " + evil
    path = tmp_path / "evil.parquet"
    pq.write_table(pa.Table.from_pylist(rows, schema=schema.schema_with_metadata()), path)
    report.write_report(path, tmp_path / "r")
    open_page(driver, tmp_path / "r")
    assert _chart(driver, 1).get(evil[:19] + "…") is not None  # the verb chart's label, as text
    box = driver.find_element("id", "f-verb")
    box.send_keys("<img")
    assert evil in driver.execute_script(
        "return Array.from(document.querySelectorAll('#verb-suggest li')).map(l => l.dataset.verb)")
    box.clear()
    search(driver, "onerror")  # caption text search
    assert cards(driver)
    driver.find_element("id", "expand").click()
    driver.find_elements("css selector", ".neg .flag")[0].click()
    assert evil in driver.find_element("css selector", ".card").text
    assert driver.execute_script("return window.__pwned === undefined && !document.querySelector('.card img')")
