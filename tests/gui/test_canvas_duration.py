"""The stage header shows its duration in the UI language, not the file's "2w"."""

from __future__ import annotations

import pytest

from cjm_designer.model import Duration, DurationUnit
from cjm_designer.ui import i18n
from cjm_designer.ui.canvas.items.headers import duration_text


@pytest.fixture
def language(qapp):
    def use(code: str) -> None:
        i18n.install_translations(qapp, code)

    yield use
    i18n.install_translations(qapp, "en")


@pytest.mark.parametrize(
    ("code", "two_weeks", "day_and_half"),
    [
        ("en", "2\u00a0wk", "1.5\u00a0d"),
        ("ru", "2\u00a0нед.", "1,5\u00a0дн."),
        ("fi", "2\u00a0vk", "1,5\u00a0pv"),
    ],
)
def test_duration_in_the_ui_language(language, code, two_weeks, day_and_half):
    language(code)
    assert duration_text(Duration(2, DurationUnit.WEEKS)) == two_weeks
    assert duration_text(Duration(1.5, DurationUnit.DAYS)) == day_and_half
