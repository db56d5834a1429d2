"""Settings → Language: pick English, Lietuvių or Čeština; the switch is immediate and saved.

Each language is listed by its own name (a Czech user looking for "Čeština" must find it
whatever the current language is), so the entries are never translated.  Choosing one saves
it as the ``settings.LANGUAGE`` preference, replaces the translators, and Qt then sends
``LanguageChange`` to every widget, which re-applies its texts in ``retranslate``.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu

from desktop.ui.context import AppContext
from desktop.ui.shell.translations import LANGUAGE_NAMES, install_translators

log = logging.getLogger(__name__)


class LanguageMenu(QObject):
    """Fills ``menu`` with one checkable action per language (``action_language_<code>``)."""

    def __init__(self, context: AppContext, menu: QMenu) -> None:
        super().__init__(menu)
        self.context = context
        self.menu = menu
        self.group = QActionGroup(self)
        self.group.setExclusive(True)
        self.actions: dict[str, QAction] = {}
        for code in LANGUAGE_NAMES:  # en, lt, cs
            action = QAction(LANGUAGE_NAMES[code], menu)
            action.setObjectName(f"action_language_{code}")
            action.setCheckable(True)
            action.setData(code)
            action.setChecked(code == context.language)
            self.group.addAction(action)
            menu.addAction(action)
            self.actions[code] = action
        self.group.triggered.connect(self._on_triggered)

    def _on_triggered(self, action: QAction) -> None:
        self.switch_to(str(action.data()))

    def switch_to(self, code: str) -> None:
        """Save ``code`` as the interface language and apply it to every open window."""
        if code not in LANGUAGE_NAMES:
            raise ValueError(f"unknown interface language {code!r}")
        self.actions[code].setChecked(True)
        self.context.services.preferences.set_language(code)
        if code == self.context.language:
            return
        log.info("Interface language changed from %s to %s", self.context.language, code)
        self.context.language = code
        install_translators(code)
        self.context.events.language_changed.emit(code)
