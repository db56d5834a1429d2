"""The guide pane's navigation, Help → Setup guides, and the module registry contract."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QLabel, QListWidget, QPushButton, QTextBrowser, QWidget

from desktop.modules.guides import GUIDE_NAMES
from desktop.modules.registry import ModuleRegistry, ModuleSpec, default_registry
from desktop.services.modules import ModuleService
from desktop.ui.context import AppContext
from desktop.ui.mail.guide_viewer import GuideBrowser, GuideDialog
from desktop.ui.shell.main_window import MainWindow
from desktop.ui.shell.modules_dialog import ModulesDialog
from tests.ui.mail.conftest import click, find, install_smtp


def test_links_between_guides_stay_in_the_pane(
    app_context: AppContext, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[QUrl] = []

    def fake_open(url: QUrl) -> bool:
        opened.append(url)
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", fake_open)
    browser = GuideBrowser("en")
    qtbot.addWidget(browser)
    browser.resize(500, 400)
    browser.show()
    browser.show_guide("troubleshooting", "app_password_required")
    assert browser.current_heading() == "App password required"
    browser.anchorClicked.emit(QUrl("gmail.md#app-password"))
    assert browser.guide is not None and browser.guide.name == "gmail"
    assert browser.current_heading() == "Creating an app password"
    assert browser.verticalScrollBar().value() > 0
    browser.anchorClicked.emit(QUrl("#two-step"))
    assert browser.guide.name == "gmail" and browser.current_heading() == "2-step verification"
    browser.anchorClicked.emit(QUrl("https://myaccount.google.com/apppasswords"))
    assert [u.toString() for u in opened] == ["https://myaccount.google.com/apppasswords"]
    assert browser.guide.name == "gmail"


def test_guide_language_falls_back_to_english(qtbot: Any) -> None:
    browser = GuideBrowser("lt")
    qtbot.addWidget(browser)
    browser.show_guide("gmail")
    assert browser.guide is not None and browser.guide.lang == "lt"
    browser.set_language("xx")
    assert browser.guide.lang == "en"


def test_provider_note_link_opens_guide_section(main_window: MainWindow, qtbot: Any) -> None:
    _, form = install_smtp(main_window, qtbot)
    qtbot.keyClicks(form.fields.sender_email, "jonas@gmail.com")
    note = find(form, QLabel, "smtp_provider_note")
    note.linkActivated.emit("gmail.md#app-password")
    assert form.guide.current_heading() == "Creating an app password"


def test_help_guides_dialog_lists_every_guide(main_window: MainWindow, qtbot: Any) -> None:
    main_window.action_guides.trigger()
    dialog = main_window.findChild(GuideDialog, "guide_dialog")
    assert dialog is not None
    listing = find(dialog, QListWidget, "guide_list")
    assert listing.count() == len(GUIDE_NAMES)
    listing.setCurrentRow(GUIDE_NAMES.index("troubleshooting"))
    assert dialog.browser.guide is not None and dialog.browser.guide.name == "troubleshooting"
    dialog.browser.anchorClicked.emit(QUrl("gmail.md#app-password"))
    assert listing.currentRow() == GUIDE_NAMES.index("gmail")
    dialog.close()


def _heading_offset(browser: GuideBrowser) -> int:
    """Pixels between the top of the view and the heading the browser jumped to."""
    block = browser.textCursor().block()
    top = browser.document().documentLayout().blockBoundingRect(block).top()
    return round(top) - browser.verticalScrollBar().value()


def test_a_section_opens_with_its_heading_at_the_top(qtbot: Any) -> None:
    browser = GuideBrowser("en")
    qtbot.addWidget(browser)
    # opened at a section before it is shown (the form builds its pane hidden), then laid out
    browser.show_guide("troubleshooting", "cert_untrusted")
    browser.resize(500, 400)
    browser.show()
    qtbot.waitExposed(browser)
    assert browser.current_heading() == "Certificate not trusted"
    assert browser.verticalScrollBar().value() > 0 and _heading_offset(browser) == 0
    # the text reflows (the splitter moves, the window is resized): still at the heading
    browser.resize(900, 400)
    qtbot.waitUntil(lambda: browser.viewport().width() > 800)
    assert _heading_offset(browser) == 0
    # from a shorter guide to another section of a long one
    browser.show_guide("gmail")
    assert browser.verticalScrollBar().value() == 0
    browser.show_guide("troubleshooting", "rate_limited")
    qtbot.wait(20)
    assert browser.current_heading() == "Sending limit reached" and _heading_offset(browser) == 0
    # once the user scrolls, a relayout no longer pulls the view back
    qtbot.keyClick(browser, Qt.Key.Key_PageUp)
    assert _heading_offset(browser) > 0
    browser.resize(700, 400)
    qtbot.wait(20)
    assert _heading_offset(browser) != 0


def test_a_guide_without_a_section_opens_at_its_start(qtbot: Any) -> None:
    browser = GuideBrowser("lt")
    qtbot.addWidget(browser)
    browser.show_guide("smtp-module")  # the SMTP form's first guide, loaded before it shows
    browser.resize(300, 700)
    browser.show()
    qtbot.waitExposed(browser)
    assert browser.verticalScrollBar().maximum() > 0  # long enough to be scrolled at all
    assert browser.verticalScrollBar().value() == 0


def test_failed_test_link_shows_the_heading_at_the_top(main_window: MainWindow, qtbot: Any) -> None:
    dialog, form = install_smtp(main_window, qtbot)
    guide = find(form, QTextBrowser, "smtp_guide")
    assert isinstance(guide, GuideBrowser)
    form.test_panel.guide_link.emit("troubleshooting.md#auth_failed")
    assert guide.current_heading() == "Wrong user name or password"
    assert _heading_offset(guide) == 0
    dialog.resize(dialog.width() + 300, dialog.height())
    qtbot.wait(50)
    assert _heading_offset(guide) == 0


class _Hello(QWidget):
    def __init__(self, context: AppContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("hello_settings")


def test_a_new_module_needs_no_dialog_change(app_context: AppContext, qtbot: Any) -> None:
    calls: list[str] = []
    database = app_context.services.books.database
    registry = default_registry(database)
    registry.register(
        ModuleSpec(
            id="hello",
            name="Hello",
            description="A test module.",
            icon="bell",
            settings_widget=f"{__name__}:_Hello",
            on_install=lambda db: calls.append("install"),
            on_uninstall=lambda db: calls.append("uninstall"),
        )
    )
    modules = ModuleService(app_context.services.books, registry)
    dialog = ModulesDialog(app_context, None, modules)
    qtbot.addWidget(dialog)
    dialog.show()
    assert find(dialog, QLabel, "module_hello_state").text() == "Not installed"
    click(qtbot, find(dialog, QPushButton, "module_hello_install"))
    assert calls == ["install"] and registry.is_installed("hello")
    page = dialog.stack.currentWidget()
    assert page is not None and page.objectName() == "hello_settings"
    assert find(dialog, QLabel, "module_hello_state").text() == "Installed"
    assert not registry.is_installed("smtp")
    # installed state survives a new registry (it is in the database)
    assert default_registry(database).installed_ids() == {"hello"}
    dialog.close()


def test_registry_rejects_duplicates(app_context: AppContext) -> None:
    registry = ModuleRegistry(app_context.services.books.database)
    spec = ModuleSpec(id="x", name="X", description="", icon="bell")
    registry.register(spec)
    with pytest.raises(ValueError, match="twice"):
        registry.register(spec)
    assert [s.id for s in default_registry(app_context.services.books.database)] == ["smtp"]
