"""No two actions of the main window answer to the same key (Ctrl+D was Duplicate and,
through Linux's standard Delete binding, also Delete: Qt ran neither)."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence

from tests.gui.shortcut_support import shared_shortcuts


def test_no_two_actions_of_the_main_window_share_a_shortcut(main_window):
    assert shared_shortcuts(main_window) == {}


def test_ctrl_d_duplicates_and_delete_is_the_del_key(main_window):
    actions = main_window.menu_actions
    assert QKeySequence("Ctrl+D") in actions.duplicate.shortcuts()
    assert actions.delete.shortcuts() == [QKeySequence("Del")]
