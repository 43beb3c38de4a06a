"""A real browser on the participants' page: Debian's chromium, headless, via chromium-driver.

The editor opens the room on loopback; chromium at a phone size (390x844) and at a
laptop size joins, adds a note with markup in it, gives dots and rates a stage; the
note appears in the Room panel and the dots on the map. Screenshots go to the test's
folder, or to ``CJM_ROOM_SHOTS`` when set (how docs/screenshots/room-*.png are made).
Skips, saying why, without chromium and chromium-driver (scripts/install-browser.sh).
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from cjm_designer.model import Kind
from cjm_designer.model.edits import remove

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
DRIVER = shutil.which("chromedriver")
pytestmark = pytest.mark.skipif(
    not (CHROMIUM and DRIVER),
    reason="needs Debian's chromium and chromium-driver (bash scripts/install-browser.sh)",
)
HOSTILE = '<img src=x onerror="window.hacked=1">Позвонить <b>сразу</b>'


def _driver(tmp_path: Path, width: int, height: int, mobile: bool):
    webdriver = pytest.importorskip("selenium.webdriver")
    from selenium.webdriver.chrome.service import Service

    os.environ.setdefault("SE_AVOID_STATS", "true")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--no-first-run",
        "--disable-extensions",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--hide-scrollbars",
        f"--user-data-dir={tmp_path / f'profile-{width}'}",
        f"--window-size={width},{height}",
    ):
        options.add_argument(flag)
    driver = webdriver.Chrome(options=options, service=Service(executable_path=DRIVER))
    driver.execute_cdp_cmd(
        "Emulation.setDeviceMetricsOverride",
        {
            "width": width,
            "height": height,
            "deviceScaleFactor": 2 if mobile else 1,
            "mobile": mobile,
        },
    )
    return driver


def _wait(driver, condition, timeout=10):
    """Wait for ``condition``; the page re-renders lists, so stale elements are retried."""
    from selenium.common.exceptions import NoSuchElementException, StaleElementReferenceException
    from selenium.webdriver.support.ui import WebDriverWait

    ignored = (StaleElementReferenceException, NoSuchElementException)
    return WebDriverWait(driver, timeout, ignored_exceptions=ignored).until(condition)


def _shots_dir(tmp_path: Path) -> Path:
    folder = Path(os.environ.get("CJM_ROOM_SHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _join(driver, url: str, name: str) -> None:
    from selenium.webdriver.common.by import By

    driver.get(url)
    _wait(driver, lambda d: d.find_element(By.ID, "join").is_displayed())
    assert driver.find_element(By.ID, "join-button").text  # translated, not empty
    driver.find_element(By.ID, "name").send_keys(name)
    driver.find_element(By.ID, "join-button").click()
    _wait(driver, lambda d: d.find_element(By.ID, "room").is_displayed())


def test_phone_and_laptop_browsers_add_notes_and_dots(qtbot, main_window, tmp_path):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    window = main_window
    journey = window.controller.journey
    stage = journey.stages[1]
    card = journey.touchpoints_in(stage.id)[0]
    votes_before = card.votes
    window.controller.set_selection([stage.id])  # what the room sees as "on screen"
    url = window.room.open_room_at("127.0.0.1", 0, 3)
    dock = window.room.dock
    qtbot.waitUntil(lambda: dock.built)
    shots = _shots_dir(tmp_path)
    phone = _driver(tmp_path, 390, 844, mobile=True)
    try:
        _join(phone, url, "Мария <script>")
        presenting = phone.find_element(By.ID, "presenting")
        _wait(phone, lambda _d: stage.name in presenting.text)
        assert Select(phone.find_element(By.ID, "stage")).first_selected_option.text == stage.name
        phone.find_element(By.CSS_SELECTOR, "input[name=kind][value=idea]").click()
        phone.find_element(By.ID, "text").send_keys(HOSTILE)
        phone.save_screenshot(str(shots / "room-phone-note.png"))
        phone.find_element(By.ID, "send").click()
        status = phone.find_element(By.ID, "status")
        _wait(phone, lambda _d: status.text and "error" not in status.get_attribute("class"))
        qtbot.waitUntil(lambda: dock.tree.topLevelItemCount() == 1, timeout=5000)
        assert dock.tree.topLevelItem(0).text(2) == HOSTILE
        assert dock.tree.topLevelItem(0).text(3) == "Мария <script>"

        phone.find_element(By.CSS_SELECTOR, "[data-tab=dots]").click()
        plus = f"[data-card='{card.id}'] button.plus"
        phone.find_element(By.CSS_SELECTOR, plus).click()
        _wait(
            phone,
            lambda d: (
                d.find_element(By.CSS_SELECTOR, f"[data-card='{card.id}'] .count").text == "1"
            ),
        )
        phone.find_element(By.CSS_SELECTOR, plus).click()
        _wait(
            phone,
            lambda d: (
                d.find_element(By.CSS_SELECTOR, f"[data-card='{card.id}'] .count").text == "2"
            ),
        )
        assert "1" in phone.find_element(By.ID, "dots-left").text
        # The last dot on one of the card's pains (or ideas), drawn under the card.
        insight_row = phone.find_element(
            By.CSS_SELECTOR, f"#cards .card-row.insight[data-target^='{card.id}/']"
        )
        insight_key = insight_row.get_attribute("data-target")
        insight_row.find_element(By.CSS_SELECTOR, "button.plus").click()
        insight_count = f"[data-target='{insight_key}'] .count"
        _wait(phone, lambda d: d.find_element(By.CSS_SELECTOR, insight_count).text == "1")
        assert "0" in phone.find_element(By.ID, "dots-left").text
        phone.save_screenshot(str(shots / "room-phone-dots.png"))

        phone.find_element(By.CSS_SELECTOR, "[data-tab=feel]").click()
        phone.find_element(
            By.CSS_SELECTOR, f"[data-stage='{stage.id}'] .scores button:nth-child(4)"
        ).click()
        _wait(
            phone,
            lambda d: (
                d.find_element(
                    By.CSS_SELECTOR, f"[data-stage='{stage.id}'] button[aria-pressed=true]"
                ).text
                == "4"
            ),
        )

        phone.find_element(By.CSS_SELECTOR, "[data-tab=mine]").click()
        note_text = phone.find_element(By.CSS_SELECTOR, "#my-notes .note-text")
        assert note_text.text == HOSTILE  # shown as text ...
        assert phone.find_elements(By.CSS_SELECTOR, "#my-notes img, #my-notes b") == []
        assert phone.execute_script("return window.hacked === undefined")  # ... never run
        phone.save_screenshot(str(shots / "room-phone-notes.png"))

        # The consultant accepts it; the phone shows it is on the map.
        dock.tree.topLevelItem(0).setSelected(True)
        qtbot.mouseClick(dock.accept_button, Qt.MouseButton.LeftButton)
        assert (
            journey.touchpoint(dock.session.state.notes["n1"].entry).opportunities[-1].text
            == HOSTILE
        )
        _wait(
            phone,
            lambda d: (
                "accepted"
                in d.find_element(By.CSS_SELECTOR, "#my-notes .badge").get_attribute("class")
            ),
        )
    finally:
        phone.quit()

    laptop = _driver(tmp_path, 1280, 800, mobile=False)
    try:
        _join(laptop, url, "Pekka")
        Select(laptop.find_element(By.ID, "lane")).select_by_index(1)
        laptop.find_element(By.CSS_SELECTOR, "input[name=kind][value=question]").click()
        laptop.find_element(By.ID, "text").send_keys("Mitä toimitus maksaa?")
        laptop.find_element(By.ID, "send").click()
        qtbot.waitUntil(
            lambda: (
                dock.tree.topLevelItemCount() == 1
                and dock.tree.topLevelItem(0).text(2) == "Mitä toimitus maksaa?"
            ),
            timeout=5000,
        )
        laptop.find_element(By.CSS_SELECTOR, "[data-tab=dots]").click()
        laptop.find_element(By.CSS_SELECTOR, f"[data-card='{card.id}'] button.plus").click()
        _wait(
            laptop,
            lambda d: (
                d.find_element(By.CSS_SELECTOR, f"[data-card='{card.id}'] .count").text == "1"
            ),
        )
        laptop.save_screenshot(str(shots / "room-laptop-dots.png"))
        # A card deleted in the editor while it holds a dot: the dot can be taken back.
        doomed = journey.touchpoints_in(journey.stages[0].id)[0]
        laptop.find_element(By.CSS_SELECTOR, f"[data-card='{doomed.id}'] button.plus").click()
        count = f"[data-card='{doomed.id}'] .count"
        _wait(laptop, lambda d: d.find_element(By.CSS_SELECTOR, count).text == "1")
        assert "1" in laptop.find_element(By.ID, "dots-left").text  # 1 of 3 left
        window.controller.push(remove(journey, Kind.TOUCHPOINT, doomed.id), "delete")
        state = window.room.session.state
        qtbot.waitUntil(lambda: doomed.id not in {c["id"] for c in state.view["cards"]})
        orphan = f"#cards .stage-group:last-child [data-card='{doomed.id}']"
        _wait(laptop, lambda d: d.find_elements(By.CSS_SELECTOR, orphan))
        minus = f"[data-card='{doomed.id}'] button.minus"
        laptop.find_element(By.CSS_SELECTOR, minus).click()
        _wait(laptop, lambda d: not d.find_elements(By.CSS_SELECTOR, minus))
        assert "2" in laptop.find_element(By.ID, "dots-left").text  # the dot came back
    finally:
        laptop.quit()

    qtbot.waitUntil(dock.dots_button.isEnabled, timeout=5000)
    qtbot.mouseClick(dock.dots_button, Qt.MouseButton.LeftButton)
    assert journey.touchpoint(card.id).votes == votes_before + 3
    assert window.room.session.state.unapplied_votes() == {}
    assert insight_key in window.room.session.state.votes_applied  # its pain got the dot
    window.room.session.shutdown()
