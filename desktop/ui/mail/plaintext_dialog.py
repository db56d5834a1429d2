# ruff: noqa: E501 - one sentence per line reads better for translators than split strings
"""The question before sending without encryption (the SMTP form's "None (unencrypted)").

Kept apart from the form to keep it small; its texts stay in the form's translation context.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


def _tr(text: str) -> str:
    return QCoreApplication.translate("SmtpSettingsForm", text)


def confirm_plaintext(parent: QWidget, host: str) -> bool:
    """True when the user chose "Use it unencrypted"."""
    box = QMessageBox(parent)
    box.setObjectName("smtp_plaintext_dialog")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(_tr("Send without encryption?"))
    box.setText(_tr("With “None (unencrypted)”, your password and your invoices travel to %1 as plain text that anyone on the network can read.").replace("%1", host))  # fmt: skip
    box.setInformativeText(
        _tr("Choose SSL/TLS or STARTTLS unless your provider says the server cannot encrypt.")
    )
    yes = box.addButton(_tr("Use it unencrypted"), QMessageBox.ButtonRole.AcceptRole)
    yes.setObjectName("smtp_plaintext_confirm")
    no = box.addButton(QMessageBox.StandardButton.Cancel)
    no.setObjectName("smtp_plaintext_cancel")
    box.setDefaultButton(no)
    box.exec()
    accepted = box.clickedButton() is yes
    box.deleteLater()
    return accepted
