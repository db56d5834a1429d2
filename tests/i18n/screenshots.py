"""Screenshots of the main screens in Lithuanian, Czech and pseudo-translation.

    python -m tests.i18n.screenshots [OUTDIR]     # default /tmp/i18nshots

Offscreen, with a small sample of data, one PNG per screen and language
(``main-window-lt.png``, ``smtp-settings-pseudo.png`` …).  Look at them after every
change of texts or layouts: pseudo-translation lengthens each text by ~40 %, so a clipped
label or a hidden button shows up before a translator meets it.
"""

from __future__ import annotations

import os
import sys
import tempfile
import threading
import time
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication, QPushButton, QWidget

from desktop.core import forms
from desktop.options import parse_args
from desktop.paths import DataPaths
from desktop.storage import invoice_states
from desktop.ui.shell.app import ensure_application, start_session
from desktop.ui.shell.pseudo import ENV_VAR
from desktop.ui.shell.translations import install_translators

# (client, country, document language, lines, days before today, status after issuing)
CLIENTS = [
    ("UAB „Žalias sodas“", "LT", "lt", [("Svetainės priežiūra", "12", "h", "45")], 40, "paid"),
    ("Kavárna U Řeky s.r.o.", "CZ", "cs", [("Grafický návrh lístku", "1", "ks", "8900")], 30, ""),
    ("Medžio dirbtuvės MB", "LT", "lt", [("Logotipo dizainas", "1", "vnt.", "350")], 6, "sent"),
    ("Nordlicht GmbH", "DE", "en", [("Consulting", "3.5", "h", "120")], 0, "draft"),
]


def seed(paths: DataPaths) -> int:
    """A company, a few clients and their invoices; returns the id of an open draft."""
    from desktop.core.lifecycle import InvoiceStatus
    from desktop.storage import invoices
    from desktop.storage.database import open_database
    from desktop.storage.models import Client
    from desktop.storage.parties import get_company

    db = open_database(paths.database_url())
    draft_id = 0
    try:
        with db.session() as session:
            company = get_company(session)
            company.name, company.country = "Jonas Jonaitis IVV", "LT"
            company.email = "jonas@example.com"
            company.vat_payer, company.vat_code = True, "LT100001919017"  # lines charge 21 %
            for name, country, language, lines, age, status in CLIENTS:
                client = Client(
                    name=name, emails="info@example.com", language=language, country=country
                )
                session.add(client)
                session.flush()
                form = invoices.new_form(session, today=date.today() - timedelta(days=age))
                form.client_id, form.language = client.id, language
                form.currency = "CZK" if country == "CZ" else "EUR"
                if form.currency == "CZK":  # a VAT payer states the VAT in euro too
                    form.exchange_rate = Decimal("0.0400")
                form.lines = [
                    forms.LineForm(
                        description=text,
                        quantity=Decimal(qty),
                        unit=unit,
                        unit_price=Decimal(price),
                    )
                    for text, qty, unit, price in lines
                ]
                inv = invoices.save_draft(session, form)
                if status == "draft":
                    draft_id = inv.id
                    continue
                invoice_states.issue(session, inv.id)
                if status:
                    invoice_states.move(session, inv.id, InvoiceStatus(status))
            session.commit()
    finally:
        db.dispose()
    return draft_id


def show_notices(window: Any) -> None:
    """A paused outbox and a saved e-mail draft, as the notification pane lists them."""
    from desktop.mail.outbox_pause import PauseInfo
    from desktop.ui.mail.notification_texts import _tr as tr

    model = window.notification_pane.model
    model.set_pause(
        PauseInfo(
            "app_password_required", "auth", "534 5.7.9 Application-specific password required", ""
        )
    )
    model.add_notice(
        "eml_saved",
        QCoreApplication.translate("SendFlow", "E-mail draft saved"),
        tr("Server: %1").replace("%1", "smtp.gmail.com"),
    )


def compose_dialog(context: Any, invoice_id: int, parent: QWidget) -> QWidget:
    """The e-mail form for an issued invoice, with a sample SMTP account."""
    from dataclasses import replace

    from desktop.mail.settings import SmtpSettings
    from desktop.services.sending import Route
    from desktop.ui.mail.compose_dialog import ComposeDialog

    account = SmtpSettings(
        "smtp.gmail.com", 465, "ssl", "jonas@example.com", "Jonas Jonaitis", "jonas@example.com"
    )
    prepared = context.services.sending.prepare(invoice_id)
    dialog = ComposeDialog(context, replace(prepared, route=Route.COMPOSE, account=account), parent)
    dialog.show()
    return dialog


def shoot_export_progress(window: Any, out: Path, lang: str, app: QApplication) -> None:
    """The list's issued invoices exported as one job, caught while the first file is written."""
    from desktop.services.exports import ExportService

    ids = [s.id for s in window.context.services.invoices.summaries() if s.number]
    gate = threading.Event()
    original = ExportService.pdf

    def held(self: ExportService, invoice_id: int, target: Path | None = None) -> Path:
        gate.wait(10)
        return original(self, invoice_id, target)

    ExportService.pdf = held  # type: ignore[method-assign]
    try:
        job = window.actions_.export_pdfs(ids)
        deadline = time.monotonic() + 3
        dialog = None
        while dialog is None and time.monotonic() < deadline:
            app.processEvents()
            found = window.findChild(QWidget, "export_progress")
            dialog = found if found is not None and found.isVisible() else None
        if dialog is not None:
            shoot(dialog, out / f"export-progress-{lang}.png", app)
        job.cancel()
        gate.set()
        while job.running:
            app.processEvents()
        settle(app)
        window.statusBar().clearMessage()  # "cancelled" is not what the next shots are about
    finally:
        ExportService.pdf = original  # type: ignore[method-assign]


def fill_example(form: QWidget, lang: str) -> None:
    """What a freelancer would type: Seznam in Czech, Gmail otherwise."""
    from PySide6.QtWidgets import QComboBox, QLineEdit

    provider = form.findChild(QComboBox, "smtp_provider")
    if provider is not None and lang == "cs":
        index = max(0, provider.findData("seznam"))
        provider.setCurrentIndex(index)
        provider.activated.emit(index)  # as if the user picked it: fills server and guide
    name, address = (
        ("Jan Novák", "jan.novak@seznam.cz")
        if lang == "cs"
        else ("Jonas Jonaitis", "jonas.jonaitis@gmail.com")
    )
    for field, text in (("smtp_sender_name", name), ("smtp_sender_email", address)):
        edit = form.findChild(QLineEdit, field)
        if edit is not None:
            edit.setText(text)
    user = form.findChild(QLineEdit, "smtp_username")
    if user is not None and not user.text():
        user.setText(address)


def settle(app: QApplication) -> None:
    """Let layouts and deferred deletions finish, as the running event loop would."""
    for _ in range(10):
        app.processEvents()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def shoot(widget: QWidget, path: Path, app: QApplication) -> None:
    settle(app)
    if not widget.grab().save(str(path)):
        raise OSError(f"could not write {path}")
    print(path)


def capture(lang: str, out: Path) -> None:
    """``lang`` is lt, cs, en or pseudo (English sources, pseudo-translated)."""
    from desktop.ui.shell.main_window import MainWindow
    from desktop.ui.shell.modules_dialog import ModulesDialog

    app = ensure_application([])
    if lang == "pseudo":
        os.environ[ENV_VAR] = "1"
    with tempfile.TemporaryDirectory() as tmp:
        paths = DataPaths(Path(tmp)).ensure()
        draft_id = seed(paths)
        issued_id = draft_id - 1
        real = "en" if lang == "pseudo" else lang
        started = start_session(parse_args(["--data-dir", tmp, "--lang", real]))
        assert not isinstance(started, int)
        install_translators(real)
        window = MainWindow(started.context)
        window.show()
        try:
            shoot(window, out / f"main-window-{lang}.png", app)
            shoot_export_progress(window, out, lang, app)
            settle(app)  # the mailer starts after the first paint and reports its state
            window.notification_pane.show()  # hidden until the first send; shown to look at
            show_notices(window)
            shoot(window.notification_pane, out / f"notifications-{lang}.png", app)
            editor = window.open_invoice(draft_id)
            shoot(window, out / f"editor-{lang}.png", app)
            preview = editor.show_preview()  # type: ignore[attr-defined]
            shoot(preview, out / f"preview-{lang}.png", app)
            preview.close()
            window.close_tab(window.invoice_tabs.indexOf(editor))
            issued = window.open_invoice(issued_id)
            shoot(window, out / f"editor-issued-{lang}.png", app)
            window.close_tab(window.invoice_tabs.indexOf(issued))
            window.nav.setCurrentRow(1)
            shoot(window, out / f"clients-{lang}.png", app)
            window.nav.setCurrentRow(0)
            from desktop.ui.parties.company_dialog import CompanyDialog

            company = CompanyDialog(started.context, window)
            company.show()
            shoot(company, out / f"company-{lang}.png", app)
            company.close()
            compose = compose_dialog(started.context, issued_id, window)
            shoot(compose, out / f"compose-{lang}.png", app)
            compose.close()
            dialog = ModulesDialog(started.context, window)
            dialog.show()
            shoot(dialog, out / f"modules-{lang}.png", app)
            install = dialog.findChild(QPushButton, "module_smtp_install")
            if install is not None and install.isVisible():
                install.click()
            form = dialog.findChild(QWidget, "smtp_settings")
            if form is not None:
                fill_example(form, lang)
                shoot(dialog, out / f"modules-smtp-{lang}.png", app)
                shoot(form, out / f"smtp-settings-{lang}.png", app)
            dialog.close()
        finally:
            window.close()
            window.shutdown()
            started.close()
            os.environ.pop(ENV_VAR, None)
            install_translators("en")
            QCoreApplication.processEvents()


def main(argv: list[str]) -> int:
    import keyring

    from tests.conftest import MemoryKeyring

    keyring.set_keyring(MemoryKeyring())  # a working keyring, as on a normal desktop
    out = Path(argv[0] if argv else "/tmp/i18nshots")
    out.mkdir(parents=True, exist_ok=True)
    for lang in ("en", "lt", "cs", "pseudo"):
        capture(lang, out)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
