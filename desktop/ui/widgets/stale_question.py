"""Someone saved this record after the form here loaded it (another window, another app of
the team): never last-write-wins.  The question says who and when, and the user chooses:
"Reload theirs" shows their version (the edits here are dropped), "Keep mine" saves these
edits over theirs.  One question at a time, however often a save is tried meanwhile.

Used by the invoice editor (``draft_conflict``) and the client, product and company dialogs
(``client_conflict``, ``product_conflict``, ``company_conflict``); the buttons are
``<name>_reload`` and ``<name>_keep``.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QLocale, QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.core.errors import StaleError


class StaleQuestion(QObject):
    def __init__(
        self,
        parent: QWidget,
        name: str,
        keep: Callable[[int], None],
        reload: Callable[[], None],
    ) -> None:
        """``keep(version)`` saves again over their ``version``; ``reload()`` shows theirs."""
        super().__init__(parent)
        self._parent = parent
        self._name = name
        self._keep = keep
        self._reload = reload
        self.box: QMessageBox | None = None

    def _texts(self, kind: str) -> tuple[str, str]:
        """The title and the sentence (``%1`` who, ``%2`` when) for the record's kind."""
        texts = {
            "invoice": (
                self.tr("The draft was changed elsewhere"),
                self.tr("%1 saved this draft at %2, after you opened it here."),
            ),
            "client": (
                self.tr("The client was changed elsewhere"),
                self.tr("%1 saved this client at %2, after you opened it here."),
            ),
            "product": (
                self.tr("The product was changed elsewhere"),
                self.tr("%1 saved this product at %2, after you opened it here."),
            ),
            "company": (
                self.tr("The company profile was changed elsewhere"),
                self.tr("%1 saved the company profile at %2, after you opened it here."),
            ),
        }
        return texts.get(kind, texts["invoice"])

    def ask(self, stale: StaleError) -> None:
        if self.box is not None:  # already asking: later tries wait for the answer
            return
        when = stale.at
        shown = (
            QLocale().toString(when, QLocale.FormatType.ShortFormat)
            if isinstance(when, datetime)
            else self.tr("an unknown time")
            if when is None
            else str(when)
        )
        title, sentence = self._texts(stale.kind)
        box = QMessageBox(self._parent)
        box.setObjectName(self._name)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(title)
        box.setText(sentence.replace("%1", stale.by or self.tr("Someone")).replace("%2", shown))
        box.setInformativeText(
            self.tr(
                "Reload theirs to see their version (your changes here are dropped), or keep "
                "yours to save them over it."
            )
        )
        reload = box.addButton(self.tr("Reload theirs"), QMessageBox.ButtonRole.RejectRole)
        reload.setObjectName(f"{self._name}_reload")
        keep = box.addButton(self.tr("Keep mine"), QMessageBox.ButtonRole.AcceptRole)
        keep.setObjectName(f"{self._name}_keep")
        self.box = box

        def chosen() -> None:
            self.box = None
            if box.clickedButton() is keep:
                self._keep(stale.version)  # over theirs, knowingly
            else:
                self._reload()

        box.finished.connect(chosen)
        box.open()
