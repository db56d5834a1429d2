"""Start-up: QApplication, the data folder, the database, language, main window.

What stops start-up is the user's situation, said in a dialog in the user's language and in
a line on stderr, and it ends with the exit code of README's table (the command line uses the
same codes): 2 the data folder cannot be created or written, 3 another Faktura holds it, 4 the
database is from a newer Faktura, 5 it is damaged and no backup was restored; 1 is our bug,
logged with a trace.  A damaged database offers its backups first (``damaged_dialog``); a
database server that does not answer offers to try again, the local file, another database
or quit (``unreachable_dialog``; quitting ends with 2); a log that cannot be opened is no
reason to stop (its records go to stderr).

Help → Restore from backup… ends the session like Quit (open drafts are saved or asked
about the same way), restores between two sessions, when no books are open, and starts a new
session on the restored books.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from desktop import APP_NAME, __version__
from desktop.options import Options
from desktop.paths import DataPaths, default_data_dir
from desktop.services import Services
from desktop.services.database import (
    BooksOpenFailedError,
    DamagedBooksError,
    FolderLockedError,
    NewerBooksError,
    UnusableBooksError,
    open_books,
)
from desktop.services.database_choice import saved as saved_database
from desktop.services.logfile import attach_log
from desktop.ui.context import AppContext
from desktop.ui.shell.translations import install_translators, system_language
from desktop.ui.widgets.dialogs import can_show_dialogs, report_error
from desktop.ui.widgets.icons import icon

log = logging.getLogger("desktop")

EXIT_BUG, EXIT_FOLDER, EXIT_LOCKED, EXIT_NEWER, EXIT_DAMAGED = 1, 2, 3, 4, 5


def _tr(text: str) -> str:
    return QCoreApplication.translate("Startup", text)


def setup_logging(paths: DataPaths) -> str | None:
    """The log file, or stderr when it cannot be opened; returns what to tell the user then."""
    failed = attach_log(paths)
    if failed is None:
        return None
    notice = (
        _tr("The log %1 cannot be written (%2); messages go to the terminal instead.")
        .replace("%1", str(paths.log_file))
        .replace("%2", failed.strerror or str(failed))
    )
    print(notice, file=sys.stderr)
    return notice


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
    """One running app: holds the data folder's lock and the books until ``close``.

    ``notices`` are said in the window's status bar once it shows (a restored backup, a log
    that went to stderr)."""

    def __init__(
        self, context: AppContext, books_file: Path | None, notices: list[str] | None = None
    ) -> None:
        self.context = context
        self.books_file = books_file
        self.notices = notices or []

    def close(self) -> None:
        self.context.services.close()


def start_session(options: Options, *, ask: bool | None = None) -> Session | int:
    """Everything before the first window; returns an exit code when start-up must stop.

    ``ask``: whether someone can answer a dialog (by default not on the offscreen and
    minimal platforms); without, a damaged database is said on stderr and ends with 5.
    """
    ask = can_show_dialogs() if ask is None else ask
    notices: list[str] = []
    while True:
        paths = DataPaths(options.data_dir or default_data_dir())
        try:
            paths.ensure()
            paths.check_writable()
        except OSError as exc:
            return _folder_refused(paths, exc)
        logged = setup_logging(paths)
        if logged is not None:
            notices.append(logged)
        try:
            # Up to date: paint first from sqlite3, load SQLAlchemy afterwards.
            # --database (or FAKTURA_DATABASE_URL), else Settings → Database, else the file.
            url = options.database_url or saved_database(paths)
            books = open_books(paths, url, defer=True)
        except DamagedBooksError as exc:
            from desktop.ui.shell.damaged_dialog import recover, say_damaged

            say_damaged(paths, exc.file, exc.damage)
            recovery = recover(paths, exc.file, exc.damage) if ask else None
            if recovery is None:
                return EXIT_DAMAGED
            if recovery.folder is not None:
                options = replace(options, data_dir=recovery.folder)
            notices = [recovery.notice] if recovery.notice else []
            continue
        except UnusableBooksError as exc:
            if exc.problem != "unreachable" or not url or not ask:
                return _refused(paths, exc)
            chosen = _unreachable(paths, url)  # try again, the local file, another, or quit
            if chosen is None:
                return EXIT_FOLDER
            options, notice = chosen(options)
            notices += [notice] if notice else []
            continue
        except (FolderLockedError, NewerBooksError, BooksOpenFailedError) as exc:
            return _refused(paths, exc)
        services = Services(books, paths)
        language = choose_language(options, services.preferences.language())
        context = AppContext(services=services, paths=paths, language=language)
        return Session(context, books.sqlite_file, notices)


def _unreachable(paths: DataPaths, url: str) -> Callable[[Options], tuple[Options, str]] | None:
    """The server does not answer: the line on stderr, then the dialog's offers.  Returns
    how start-up goes on (the options for the next attempt and what to tell the user), or
    None when the user quits."""
    from desktop.ui.shell.unreachable_dialog import Choice, ask_unreachable, say_unreachable

    print(say_unreachable(url), file=sys.stderr)
    choice = ask_unreachable(paths, url)
    if choice is Choice.QUIT:
        return None
    if choice is Choice.LOCAL:  # this run only: the team's choice stays for the next start
        local = _tr(
            "You are working in the local file %1, not on the database server; Settings → "
            "Database still names the server for the next start."
        ).replace("%1", str(paths.database))
        return lambda options: (replace(options, database_url=paths.database_url()), local)
    if choice is Choice.CHOSEN:  # Settings → Database kept a choice: it wins over --database
        return lambda options: (replace(options, database_url=None), "")
    return lambda options: (options, "")


def _folder_refused(paths: DataPaths, exc: OSError) -> int:
    report_error(
        _tr("Cannot use the data folder"),
        _tr(
            "Faktura cannot write to its data folder %1 (%2). Make the folder writable for "
            "you, or start Faktura with --data-dir and another folder."
        )
        .replace("%1", str(paths.root))
        .replace("%2", exc.strerror or str(exc)),
    )
    return EXIT_FOLDER


def _refused(paths: DataPaths, exc: Exception) -> int:
    """Another Faktura, a newer database, a file that cannot be used, or our bug."""
    if isinstance(exc, FolderLockedError):
        report_error(
            _tr("Faktura is already running"),
            _tr(
                "Another Faktura window is using the data folder %1. "
                "Switch to that window, or close it and start Faktura again."
            ).replace("%1", str(paths.root)),
        )
        return EXIT_LOCKED
    if isinstance(exc, NewerBooksError):
        report_error(
            _tr("The database is from a newer Faktura"),
            _tr(
                "The data in %1 was written by a newer version of Faktura (schema %2). "
                "Install that version or newer to open it; nothing has been changed."
            )
            .replace("%1", str(paths.root))
            .replace("%2", exc.revision),
        )
        return EXIT_NEWER
    if isinstance(exc, UnusableBooksError):
        report_error(
            _tr("Cannot use the data folder"),
            _tr("The database %1 cannot be used: %2 Nothing has been changed.")
            .replace("%1", exc.where)
            .replace("%2", unusable_reason(exc.problem)),
        )
        return EXIT_FOLDER
    report_error(
        _tr("Something went wrong"),
        _tr("The database could not be opened. Details are in the log: %1").replace(
            "%1", str(paths.log_file)
        ),
    )
    return EXIT_BUG


def unusable_reason(problem: str) -> str:
    """Why a sound database cannot be used, in a sentence (``StorageProblem`` values)."""
    reasons = {
        "read_only": _tr("the file or its folder is read-only."),
        "full": _tr("the disk is full."),
        "busy": _tr("another program holds it locked."),
        "io": _tr("the system could not read or write it."),
        "unreachable": _tr(
            "the database server cannot be reached. Check that it is running and "
            "that this computer can reach it over the network."
        ),
        "denied": _tr(
            "the database server refused the user name or the password, or this user "
            "may not do this."
        ),
    }
    return reasons.get(problem, problem)


def run_app(options: Options) -> int:
    app = ensure_application(options.qt_args)
    # Start-up errors (another instance, a newer database) speak the language too; the saved
    # choice is only known once the database is open, so switch again if it differs.
    language = options.lang or system_language()
    install_translators(language)
    notices: list[str] = []
    while True:
        started = start_session(options)
        if isinstance(started, int):
            return started
        if started.context.language != language:
            language = started.context.language
            install_translators(language)
        code, restore_from, switch = _run_window(app, started, [*notices, *started.notices])
        options = replace(options, data_dir=started.context.paths.root)
        if switch:  # Settings → Database: the kept choice wins over this run's --database
            options, notices = replace(options, database_url=None), []
            continue
        if restore_from is None:
            return code
        notices = [_restore_between_sessions(started, restore_from)]


def _run_window(
    app: QApplication, started: Session, notices: list[str]
) -> tuple[int, Path | None, bool]:
    """Show the window until it closes; returns the exit code, the backup to restore and
    whether Settings → Database chose other books."""
    from desktop.ui.shell.main_window import MainWindow
    from desktop.ui.shell.rolling_backups import RollingBackups

    window = MainWindow(started.context)
    window.show()
    if notices:  # one message at a time: all of them in one
        window.statusBar().showMessage(" ".join(notices), 15000)
    rolling = RollingBackups(started.context, window)
    log.info("Faktura %s started with data in %s", __version__, started.context.paths.root)
    restore_from: Path | None = None
    try:
        code = app.exec()
    finally:
        rolling.stop()
        window.shutdown()
        restore_from = window.actions_.restore_request
        switch = window.actions_.database_switch
        if restore_from is None:
            rolling.at_quit()  # a restore sets the books aside itself
        started.close()
    return code, restore_from, switch


def _restore_between_sessions(started: Session, backup: Path) -> str:
    """Put ``backup`` in place while no books are open; returns what to tell the user."""
    from desktop.services.restore import RestoreRefusedError, restore
    from desktop.ui.shell.damaged_dialog import why_not_restored
    from desktop.ui.shell.restore_dialog import not_restored_notice, restored_notice

    if started.books_file is None:  # books on a server: the action says so and stops
        return not_restored_notice("")
    try:
        done = restore(started.context.paths, started.books_file, backup, damaged=False)
    except (RestoreRefusedError, FolderLockedError, OSError) as exc:
        log.warning("Could not restore %s: %s", backup, exc)
        return not_restored_notice(why_not_restored(exc))
    return restored_notice(done, damaged=False)
