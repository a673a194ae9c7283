"""The UI in a real headless Chromium: search a speaker, open an article, use the shortcuts.

Needs Debian's ``chromium`` and the ``playwright`` package (never ``playwright install``).
Screenshots go to test-artifacts/.
"""

from __future__ import annotations

import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from malmoi.store.synth import make_id

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"

sync_api = pytest.importorskip(
    "playwright.sync_api", reason="the playwright package is not installed: pip install playwright"
)
if CHROMIUM is None:
    pytest.skip("no chromium on PATH: apt-get install -y chromium", allow_module_level=True)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def server(db: Path) -> Iterator[str]:
    yield from run_server(db)


@pytest.fixture(scope="module")
def page(server: str) -> Iterator[Any]:
    with sync_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        pg = browser.new_page(viewport={"width": 1280, "height": 900}, locale="ko-KR")
        pg.set_default_timeout(10_000)
        yield pg
        browser.close()


def shot(page: Any, name: str, full: bool = True) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=full)


def font_px(page: Any) -> float:
    return float(
        page.eval_on_selector(
            "article#text .body p", "p => parseFloat(getComputedStyle(p).fontSize)"
        )
    )


def test_search_open_article_and_shortcuts(server: str, page: Any) -> None:
    page.goto(server + "/")
    shot(page, "01-start")
    page.goto(server + "/search")
    page.fill("form.filters input[name=speaker]", "이영")
    page.click("form.filters button")
    page.wait_for_url("**/search?*speaker=*")
    assert page.inner_text("#total") == "5"
    shot(page, "02-search-speaker")
    list_url = page.url

    page.click(f"li.quote a.article[href^='/articles/{make_id('s1')}']")
    page.wait_for_url(f"**/articles/{make_id('s1')}*")
    gap = page.eval_on_selector("span.reporter", "r => getComputedStyle(r).marginRight")
    assert gap == "0px"  # "홍기자, …": no space before a comma between reporters
    page.wait_for_url(f"**/articles/{make_id('s1')}*")
    mark = page.locator("mark#q1")
    assert mark.inner_text() == "반도체 지원을 서둘러야 한다"
    assert mark.evaluate("m => getComputedStyle(m).backgroundColor") == "rgb(253, 230, 138)"  # spk0
    target = page.locator("mark#" + page.url.split("#")[1])  # the quote the result pointed at
    assert "focus" in (target.get_attribute("class") or "")
    shot(page, "03-article")

    page.keyboard.press("ArrowRight")
    page.wait_for_url(f"**/articles/{make_id('s2')}")
    assert "<script>" in page.inner_text("h1.title")  # shown as text, not run
    page.keyboard.press("j")
    page.wait_for_url(f"**/articles/{make_id('s3')}")
    page.keyboard.press("ArrowLeft")
    page.wait_for_url(f"**/articles/{make_id('s2')}")
    page.keyboard.press("k")
    page.wait_for_url(f"**/articles/{make_id('s1')}")

    before = font_px(page)
    page.keyboard.press("+")
    page.keyboard.press("+")
    assert font_px(page) > before
    shot(page, "04-larger")
    page.keyboard.press("-")
    page.keyboard.press("-")
    page.keyboard.press("-")
    assert font_px(page) < before
    page.click("#larger")
    assert font_px(page) == pytest.approx(before, abs=0.5)

    page.evaluate("window.print = () => { window.__printed = true }")
    page.keyboard.press("p")
    assert page.evaluate("window.__printed === true")

    page.keyboard.press("Escape")
    page.wait_for_url(list_url)
    assert page.inner_text("#total") == "5"


def test_typing_in_a_field_is_not_a_shortcut(server: str, page: Any) -> None:
    page.goto(f"{server}/articles/{make_id('s1')}")
    page.fill("header.top input[name=q]", "")
    page.type("header.top input[name=q]", "jk")
    assert page.url.endswith(make_id("s1"))


def test_speaker_page_in_browser(server: str, page: Any) -> None:
    page.goto(server + "/speakers")
    page.click("a.speaker:text-is('이영')")
    page.wait_for_url("**/speakers/*")
    assert page.inner_text("h1.person") == "이영"
    assert page.locator("section.timeline li.quote").count() == 5
    shot(page, "05-speaker")


# the charts, the palette, the speaker page, /speakers paged (a bigger store of its own)


@pytest.fixture(scope="module")
def big(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    from malmoi.store import Store
    from malmoi.store.synth import crowd, realistic, sample

    path = tmp_path_factory.mktemp("big") / "m.db"
    with Store(path) as store:
        store.upsert([*sample(), crowd(12), *realistic(400, seed=4)])
    yield from run_server(path)


def run_server(path: Path) -> Iterator[str]:
    import uvicorn

    from malmoi.web import create_app

    port = free_port()
    srv = uvicorn.Server(
        uvicorn.Config(create_app(path), host="127.0.0.1", port=port, log_level="warning")
    )
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not srv.started:
        if time.monotonic() > deadline:
            pytest.fail("the test server did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=5)


def test_start_page_charts(big: str, page: Any) -> None:
    page.goto(big + "/")
    bars = page.locator("#weekly-chart rect.bar")
    assert bars.count() > 50  # two years of weeks
    box = page.locator("#weekly-chart svg").bounding_box()
    assert box and box["width"] > 600 and box["height"] > 100
    assert page.locator("#top-people rect.bar").count() == 10
    assert page.locator("#top-organizations rect.bar").count() == 10
    assert page.locator("#outlets rect.bar").count() == 10
    assert page.locator("section.not-found li.quote").count() == 10
    shot(page, "06-start-charts", full=False)


def test_twelve_speakers_have_distinct_colours(big: str, page: Any) -> None:
    from malmoi.store.synth import crowd

    page.goto(f"{big}/articles/{crowd(12)['id']}")
    marks = page.locator("article#text .body mark.q")
    assert marks.count() == 12
    colours = marks.evaluate_all("ms => ms.map(m => getComputedStyle(m).backgroundColor)")
    assert len(set(colours)) == 12, colours
    styles = marks.evaluate_all("ms => ms.map(m => getComputedStyle(m).textDecorationStyle)")
    assert all(a != b for a, b in zip(styles, styles[1:], strict=False))  # neighbours differ
    shot(page, "07-twelve-speakers")


def test_speaker_page_is_not_bold_and_has_its_timeline(big: str, page: Any) -> None:
    page.goto(big + "/")
    page.click("#top-people a")  # the most quoted person
    page.wait_for_url("**/speakers/*")
    weight = page.eval_on_selector(
        "section.timeline li.quote blockquote", "b => getComputedStyle(b).fontWeight"
    )
    assert int(weight) < 600
    body = page.eval_on_selector("body", "b => getComputedStyle(b).fontWeight")
    assert int(body) < 600
    assert page.locator("#timeline-chart rect.bar").count() >= 3
    assert page.locator("table.roles tbody tr").count() >= 2
    shot(page, "08-speaker-charts", full=False)  # the top: facts, chart, lists


def test_speakers_pages_through_everyone(big: str, page: Any) -> None:
    page.goto(big + "/speakers")
    total = int(page.inner_text("#total"))
    assert total > 100
    seen: list[str] = []
    while True:
        seen += page.locator("table.people a.speaker").all_inner_texts()
        nxt = page.locator(".pager a[rel=next]")
        if nxt.count() == 0:
            break
        nxt.click()
        page.wait_for_load_state()
    assert len(seen) == total and len(set(seen)) == total


@pytest.mark.parametrize("lite", [False, True], ids=["as-installed", "without-fastapi-offline"])
def test_api_docs_render_offline(
    db: Path, page: Any, lite: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    from malmoi.web import docs

    if lite:
        monkeypatch.setattr(docs, "bundled", lambda: None)
    loaded: list[str] = []
    page.on("response", lambda r: loaded.append(r.url))
    for base in run_server(db):
        for path, ready in (
            ("/docs", ".opblock, section.route"),
            ("/redoc", "[data-section-id], section.route"),
        ):
            page.goto(base + path)
            page.wait_for_selector(ready)
            assert page.locator(ready).count() >= 6  # one per API route at least
        if lite:  # the small reader's form calls the API
            form = page.locator("section.route", has_text="GET /api/search").locator("form")
            form.locator("input[name=q]").fill("반도체")
            form.locator("button").click()
            page.wait_for_selector("section.route pre.response:has-text('total')")
    off_site = {u for u in loaded if not u.startswith(("http://127.0.0.1", "data:", "blob:"))}
    assert not off_site  # nothing came from elsewhere (ReDoc's logo is refused by the CSP)


# the pages over the fold (a store of copies and rewrites, folded by the real fold_store)


@pytest.fixture(scope="module")
def folded_server(folded_db: Path) -> Iterator[str]:
    yield from run_server(folded_db)


def test_article_with_its_copies_in_browser(folded_server: str, page: Any) -> None:
    page.goto(folded_server + "/articles/ga-board")
    copies = page.locator("#copies .copy-list li")
    assert copies.count() == 3
    assert copies.locator(".badge.canonical").count() == 1
    assert page.locator("#copies li.self").get_attribute("data-how") == "near"
    assert "가람맘카페" in page.inner_text("#copies li.self")
    assert page.locator("#copies .family-list li a").count() == 2
    box = page.locator("#copies").bounding_box()
    assert box and box["width"] > 200  # laid out in the side column, not collapsed
    shot(page, "09-article-copies")
    page.click("#copies .copy-list li[data-how='exact'] a")  # to the portal copy
    page.wait_for_url("**/articles/ga-naver")
    assert "네이버 뉴스" in page.inner_text("#copies li.self")
    page.click("#copies .family-list li a:text-is('가람시장 \"자동차 없는 거리 만들 것\"')")
    page.wait_for_url("**/articles/ga-nuri")
    flag = page.locator("aside.fidelity .unsaid")
    assert flag.count() == 1 and flag.evaluate("e => getComputedStyle(e).color") == "rgb(180, 35, 24)"


def test_quote_timeline_in_browser(folded_server: str, page: Any) -> None:
    page.goto(folded_server + "/articles/ga-hanbit")
    page.click("ol.quote-list li:nth-child(2) a.provenance")  # the mayor's first body quote
    page.wait_for_url("**/quote/**")
    assert page.inner_text("h1.said") == "“출퇴근길 10분을 시민에게 돌려드리겠다”"
    items = page.locator("ol.timeline-q li.variant")
    assert items.count() == 8  # 5 articles' body quotes and 3 headlines
    times = items.locator("time").evaluate_all("ts => ts.map(t => t.getAttribute('datetime'))")
    assert times == sorted(times)
    variants = items.evaluate_all("ls => ls.map(l => l.dataset.variant)")
    assert set(variants) == {"exact", "reworded", "headline"}
    reworded = page.locator("li.variant[data-article='ga-saebyeok'][data-variant='reworded']")
    assert reworded.locator("ins").inner_text() == " 여러분께 꼭"
    assert reworded.locator("del").inner_text() == "에게"
    green = reworded.locator("ins").evaluate("e => getComputedStyle(e).backgroundColor")
    red = reworded.locator("del").evaluate("e => getComputedStyle(e).textDecorationLine")
    assert green == "rgb(222, 247, 236)" and "line-through" in red  # the difference is visible
    assert page.inner_text("#outlets") == "누리신문, 새벽뉴스, 한빛일보"
    assert "한빛일보" in page.inner_text("#first")
    assert page.locator("section.headlines li").count() == 3
    shot(page, "10-quote-timeline")
    reworded.locator("a.article").click()
    page.wait_for_url("**/articles/ga-saebyeok#q1")


def test_speaker_counts_each_quote_once_in_browser(folded_server: str, page: Any) -> None:
    page.goto(folded_server + "/speakers/" + "박서준")
    printed = int(page.inner_text("dl.facts dd:has(a[href^='/search'])").split("건")[0])
    entities = page.locator("section.entities div.entity")
    assert entities.count() == 2  # the mayor and the professor: one name, two people
    once = {
        e.get_attribute("data-entity"): int(e.locator("b.once").inner_text())
        for e in entities.all()
    }
    assert once == {"p:박서준:1": 2, "p:박서준:2": 1}
    assert printed > sum(once.values())  # the store counts every copy's quote
    mayor = page.locator("section.entities div.entity[data-entity='p:박서준:1']")
    assert mayor.locator("ol.groups a.said").count() == 2
    shot(page, "11-speaker-once")
    mayor.locator("h3 a.entity").click()
    page.wait_for_url("**/entities/**")
    assert page.inner_text("#quotes-once") == "2"
    assert int(page.inner_text("#quotes-printed")) > 2
    page.click("ol.groups a.said >> nth=1")
    page.wait_for_url("**/quote/**")
    assert page.locator("ol.timeline-q li.variant[data-variant='shortened']").count() == 2
    page.goto(folded_server + "/speakers/" + "한 관계자")
    anon = page.locator("section.entities div.entity")
    assert anon.count() == 5 and all(a.get_attribute("data-entity").startswith("a:") for a in anon.all())
