"""The use cases of one set of books, Qt-free: what the windows and the command line call.

``Services`` is bound to one database and one data folder.  Each area is its own module and
is imported on first use, so the first screen (which needs only the invoice list's fast
path) never waits for SQLAlchemy, reportlab or the SMTP stack.  A service owns its
transaction, takes and returns plain values (dataclasses and ``core`` types, never database
rows) and raises the typed errors of ``core.errors`` (and ``core.outbox.OutboxError``), which
the interface turns into sentences.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from desktop.paths import DataPaths

if TYPE_CHECKING:
    from desktop.services.accounting import AccountingExport
    from desktop.services.backups import BackupService
    from desktop.services.database import Books
    from desktop.services.exports import ExportService
    from desktop.services.invoice_list import InvoiceListService
    from desktop.services.invoices import InvoiceService
    from desktop.services.lookups import LookupService
    from desktop.services.mail_account import MailAccountService
    from desktop.services.modules import ModuleService
    from desktop.services.outbox import OutboxService
    from desktop.services.parties import PartyService
    from desktop.services.preferences import PreferenceService
    from desktop.services.sending import SendingService


class Services:
    """Every service of one running app (or one command), sharing its database."""

    def __init__(self, books: Books, paths: DataPaths) -> None:
        self.books = books
        self.paths = paths
        from desktop.services import history_name

        name = history_name.saved(paths)  # a small file: no database is opened for it
        if name:
            books.act_as(name)

    @property
    def loaded(self) -> bool:
        """False while start-up still paints from the fast path (SQLAlchemy not loaded)."""
        return self.books.is_open

    @cached_property
    def invoices(self) -> InvoiceService:
        from desktop.services.invoices import InvoiceService

        return InvoiceService(self.books)

    @cached_property
    def invoice_list(self) -> InvoiceListService:
        from desktop.services.invoice_list import InvoiceListService

        return InvoiceListService(self.books)

    @cached_property
    def parties(self) -> PartyService:
        from desktop.services.parties import PartyService

        return PartyService(self.books, self.paths)

    @cached_property
    def sending(self) -> SendingService:
        from desktop.services.sending import SendingService

        return SendingService(self.books, self.paths)

    @cached_property
    def outbox(self) -> OutboxService:
        from desktop.services.outbox import OutboxService

        return OutboxService(self.books)

    @cached_property
    def exports(self) -> ExportService:
        from desktop.services.exports import ExportService

        return ExportService(self.books, self.paths)

    @cached_property
    def lookups(self) -> LookupService:
        from desktop.services.lookups import LookupService

        return LookupService(self.books)

    @cached_property
    def accounting(self) -> AccountingExport:
        from desktop.services.accounting import AccountingExport

        return AccountingExport(self.books, self.paths)

    @cached_property
    def backups(self) -> BackupService:
        from desktop.services.backups import BackupService

        return BackupService(self.books, self.paths)

    @cached_property
    def preferences(self) -> PreferenceService:
        from desktop.services.preferences import PreferenceService

        return PreferenceService(self.books, self.paths)

    @cached_property
    def modules(self) -> ModuleService:
        from desktop.services.modules import ModuleService

        return ModuleService(self.books)

    @cached_property
    def mail_account(self) -> MailAccountService:
        from desktop.services.mail_account import MailAccountService

        return MailAccountService(self.books)

    def close(self) -> None:
        self.books.close()
