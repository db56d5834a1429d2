"""One "legal basis" field per special VAT treatment: reverse charge, exempt and 0 %.

Directive 2006/112/EC Art. 226(11), (11a): an invoice for such a supply refers to the provision
it relies on; the PDF prints the text after its generic wording.  The editor shows a field only
for the treatments its lines use; the company profile shows those its country offers, as the
defaults a new invoice starts from.  Hidden fields keep their text, so switching a line's rate
back and forth loses nothing.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QWidget

from desktop.core.document import LEGAL_BASIS_TREATMENTS

TREATMENTS = tuple(LEGAL_BASIS_TREATMENTS.values())  # reverse_charge, exempt, zero
MAX_LENGTH = 200


class LegalBasisFields(QWidget):
    """Named ``<prefix>_basis_<treatment>``: ``invoice_basis_exempt``, ``company_basis_zero``."""

    changed = Signal()

    def __init__(self, prefix: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"{prefix}_legal_basis")
        self.edits: dict[str, QLineEdit] = {}
        self.labels: dict[str, QLabel] = {}
        # Each label above its field, like the notes': a Lithuanian label beside the field
        # left a few characters of room for the reference itself.
        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.form.setVerticalSpacing(2)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for treatment in TREATMENTS:
            edit = QLineEdit(objectName=f"{prefix}_basis_{treatment}")
            edit.setMaxLength(MAX_LENGTH)
            edit.setClearButtonEnabled(True)
            edit.textEdited.connect(self.changed)
            label = QLabel()
            label.setBuddy(edit)
            self.edits[treatment], self.labels[treatment] = edit, label
            self.form.addRow(label, edit)
        self.retranslate()

    def show_treatments(self, treatments: Iterable[str]) -> None:
        """Show the rows for ``treatments`` only; the whole widget hides when there is none."""
        shown = set(treatments)
        for treatment, edit in self.edits.items():
            self.form.setRowVisible(edit, treatment in shown)
        self.setVisible(bool(shown))

    def visible_treatments(self) -> list[str]:
        return [t for t, edit in self.edits.items() if self.form.isRowVisible(edit)]

    def load(self, texts: dict[str, str] | None) -> None:
        """Show stored texts without emitting ``changed`` (nothing was edited)."""
        for treatment, edit in self.edits.items():
            edit.setText((texts or {}).get(treatment, ""))
            edit.setCursorPosition(0)  # the start of a long reference, not its end

    def values(self) -> dict[str, str]:
        """Every non-blank text, hidden rows included."""
        texts = {t: edit.text().strip() for t, edit in self.edits.items()}
        return {t: text for t, text in texts.items() if text}

    def fill_blanks(self, defaults: dict[str, str]) -> bool:
        """Put ``defaults`` into empty fields only; True when anything changed."""
        filled = False
        for treatment, edit in self.edits.items():
            if not edit.text().strip() and defaults.get(treatment):
                edit.setText(defaults[treatment])
                edit.setCursorPosition(0)
                filled = True
        return filled

    def set_read_only(self, read_only: bool) -> None:
        for edit in self.edits.values():
            edit.setReadOnly(read_only)
            edit.setClearButtonEnabled(not read_only)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        labels = {
            "reverse_charge": self.tr("Legal basis for the reverse charge:"),
            "exempt": self.tr("Legal basis for the exemption:"),
            "zero": self.tr("Legal basis for the 0 % rate:"),
        }
        # Examples of the provisions people cite, in the interface language's own law.
        examples = {
            "reverse_charge": self.tr("e.g. Art. 196 of Directive 2006/112/EC"),
            "exempt": self.tr("e.g. Art. 132 of Directive 2006/112/EC"),
            "zero": self.tr("e.g. Art. 146 of Directive 2006/112/EC"),
        }
        tip = self.tr(
            "The provision that allows this treatment. It is printed on the invoice after the "
            "VAT wording (EU VAT Directive, Art. 226); left empty, the wording stays generic."
        )
        for treatment, edit in self.edits.items():
            self.labels[treatment].setText(labels[treatment])
            edit.setPlaceholderText(examples[treatment])
            edit.setToolTip(tip)
