"""The explicit "trust this certificate?" question before a fingerprint is pinned.

Pinning accepts exactly this certificate for this host and nothing else, so the question
shows the fingerprint the user can compare with what their administrator gives them.
The safe answer (Cancel) is the default.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.mail.x509 import CertInfo
from desktop.ui.mail.smtp_test_panel import format_fingerprint

_CONTEXT = "CertTrustDialog"


def _t(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def confirm_trust(parent: QWidget, cert: CertInfo, host: str, *, replaced: bool = False) -> bool:
    """Ask; True only when the user pressed "Trust this certificate"."""
    box = QMessageBox(parent)
    box.setObjectName("cert_trust_dialog")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(_t("Trust this certificate?"))
    text = _t(
        "Faktura will accept exactly this certificate for %1, and no other. Do this only for "
        "your own or your company's server, after checking the fingerprint with whoever "
        "runs it."
    ).replace("%1", host)
    if replaced:
        text += "\n\n" + _t(
            "This server used to show a different certificate. A changed certificate can mean "
            "someone is intercepting the connection."
        )
    box.setText(text)
    box.setInformativeText(
        _t("SHA-256 fingerprint:\n%1\n\nIssued to: %2\nIssued by: %3\nValid until: %4")
        .replace("%1", format_fingerprint(cert.sha256))
        .replace("%2", cert.subject)
        .replace("%3", cert.issuer)
        .replace("%4", cert.not_after)
    )
    trust = box.addButton(_t("Trust this certificate"), QMessageBox.ButtonRole.AcceptRole)
    trust.setObjectName("cert_trust_confirm")
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    cancel.setObjectName("cert_trust_cancel")
    box.setDefaultButton(cancel)
    box.exec()
    accepted = box.clickedButton() is trust
    box.deleteLater()
    return accepted
