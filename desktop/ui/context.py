"""What every window of one running app shares: the services, data paths, language, events."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Signal

from desktop.paths import DataPaths
from desktop.services import Services


class AppEvents(QObject):
    """Signals that let windows hear about changes made elsewhere without knowing each other."""

    invoices_changed = Signal()
    invoice_changed = Signal(int)
    clients_changed = Signal()
    products_changed = Signal()
    company_changed = Signal()
    modules_changed = Signal()
    language_changed = Signal(str)
    status_message = Signal(str)
    # Requests any screen may make of the main window without importing it.
    open_invoice_requested = Signal(int)
    edit_company_requested = Signal()
    open_modules_requested = Signal()
    smtp_sign_in_requested = Signal()  # "Sign in again" in the notification pane


@dataclass
class AppContext:
    services: Services
    paths: DataPaths
    language: str
    events: AppEvents = field(default_factory=AppEvents)


def deferred_until_loaded(context: AppContext) -> bool:
    """True while the first screen is up and SQLAlchemy has not loaded yet.

    Widgets that need the database for more than the first paint wait for the main window's
    ``finish_loading`` (called right after the first paint) instead of opening it early.
    """
    return not context.services.loaded
