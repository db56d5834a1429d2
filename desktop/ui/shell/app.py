"""Start-up: QApplication, data dir lock, database, language, main window.

Errors from the user's environment (another instance running, a database from a newer
version, an unwritable folder) are explained in a dialog; our own bugs are logged with a
trace and the log's path is shown.
"""

from __future__ import annotations

import logging
import sys
from logging.handlers import RotatingFileHandler

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from desktop import APP_NAME, __version__
from desktop.options import Options
from desktop.paths import DataPaths, default_data_dir
from desktop.services import Services
from desktop.ui.context import AppContext
from desktop.ui.shell.translations import install_translators, system_language
from desktop.ui.widgets.dialogs import report_error
from desktop.ui.widgets.icons import icon

log = logging.getLogger("desktop")


def _tr(text: str) -> str:
    return QCoreApplication.translate("Startup", text)


def setup_logging(paths: DataPaths) -> None:
    root = logging.getLogger("desktop")
    if any(getattr(h, "faktura_log", False) for h in root.handlers):
        for handler in list(root.handlers):
            if getattr(handler, "faktura_log", False):
                root.removeHandler(handler)
                handler.close()
    handler = RotatingFileHandler(
        paths.log_file, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.faktura_log = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(logging.INFO)


def ensure_application(extra_args: list[str]) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication([sys.argv[0] if sys.argv else "faktura", *extra_args])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)
    app.setDesktopFileName("faktura")
    app.setWindowIcon(icon("faktura"))
    return app


def choose_language(options: Options, context_db_value: object) -> str:
    if options.lang:
        return options.lang
    if isinstance(context_db_value, str) and context_db_value in ("en", "lt", "cs"):
        return context_db_value
    return system_language()


class Session:
    """One running app: holds the data folder's lock and the books until ``close``."""

    def __init__(self, context: AppContext) -> None:
        self.context = context

    def close(self) -> None:
        self.context.services.close()


def start_session(options: Options) -> Session | int:
    """Everything before the first window; returns an exit code when start-up must stop."""
    from desktop.services.database import (
        DamagedBooksError,
        FolderLockedError,
        NewerBooksError,
        open_books,
    )

    paths = DataPaths(options.data_dir or default_data_dir())
    try:
        paths.ensure()
    except OSError as exc:
        report_error(_tr("Cannot use the data folder"), f"{paths.root}: {exc.strerror}")
        return 2
    setup_logging(paths)
    try:
        # Up to date: paint first from sqlite3, load SQLAlchemy afterwards.
        books = open_books(paths, options.database_url, defer=True)
    except FolderLockedError:
        report_error(
            _tr("Faktura is already running"),
            _tr(
                "Another Faktura window is using the data folder %1. "
                "Switch to that window, or close it and start Faktura again."
            ).replace("%1", str(paths.root)),
        )
        return 3
    except NewerBooksError as exc:
        report_error(
            _tr("The database is from a newer Faktura"),
            _tr(
                "The data in %1 was written by a newer version of Faktura (schema %2). "
                "Install that version or newer to open it; nothing has been changed."
            )
            .replace("%1", str(paths.root))
            .replace("%2", exc.revision),
        )
        return 4
    except DamagedBooksError:
        report_error(
            _tr("Something went wrong"),
            _tr("The database could not be opened. Details are in the log: %1").replace(
                "%1", str(paths.log_file)
            ),
        )
        return 5
    services = Services(books, paths)
    language = choose_language(options, services.preferences.language())
    return Session(AppContext(services=services, paths=paths, language=language))


def run_app(options: Options) -> int:
    app = ensure_application(options.qt_args)
    # Start-up errors (another instance, a newer database) speak the language too; the saved
    # choice is only known once the database is open, so switch again if it differs.
    early = options.lang or system_language()
    install_translators(early)
    started = start_session(options)
    if isinstance(started, int):
        return started
    if started.context.language != early:
        install_translators(started.context.language)
    from desktop.ui.shell.main_window import MainWindow

    window = MainWindow(started.context)
    window.show()
    log.info("Faktura %s started with data in %s", __version__, started.context.paths.root)
    try:
        return app.exec()
    finally:
        window.shutdown()
        started.close()
