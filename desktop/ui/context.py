"""What every window of one running app shares: database, data paths, language."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from desktop.paths import DataPaths

if TYPE_CHECKING:  # SQLAlchemy loads after the first paint (see storage/deferred.py)
    from desktop.storage.database import Database


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


@dataclass
class AppContext:
    db: Database
    paths: DataPaths
    language: str
    events: AppEvents = field(default_factory=AppEvents)


def deferred_until_loaded(context: AppContext) -> bool:
    """True while the first screen is up and SQLAlchemy has not loaded yet.

    Widgets that need the database for more than the first paint wait for the main window's
    ``finish_loading`` (called right after the first paint) instead of opening it early.
    """
    from desktop.storage.deferred import unopened_file

    return unopened_file(context.db) is not None
