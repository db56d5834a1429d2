"""Plain words for ``core.errors.StorageError.problem``: why the books could not be written.

The user's situation, in one place for every screen: what happened and what they can do.
A problem code this module does not know (a newer classifier) reads as an I/O error, the
most general of them, rather than as our bug: the data is still safe on screen.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

_CONTEXT = "StorageMessages"


def _t(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def storage_problem_text(problem: str) -> str:
    """One or two sentences for ``StorageError.problem`` (``busy``, ``full``,
    ``read_only``, ``io``, ``damaged``; on a database server ``unreachable``, ``denied``)."""
    texts = {
        "full": _t("The disk is full. Free some space on it."),
        "read_only": _t(
            "The database file is read-only. Check that you may write to the file and its folder."
        ),
        "busy": _t(
            "The database is locked by another program (a backup or sync tool, or another "
            "Faktura). Close that program or wait until it finishes."
        ),
        "damaged": _t(
            "The database file is damaged. Keep this window open and copy your changes "
            "elsewhere, then restore a backup."
        ),
        "io": _t(
            "The disk could not be read or written (an input/output error). Check the disk "
            "or the network folder that holds your data."
        ),
        "unreachable": _t(
            "The database server cannot be reached. What you typed stays here and is saved "
            "as soon as the server answers again; check the network, or ask whoever runs "
            "the server."
        ),
        "denied": _t(
            "The database server refused this (the login, or this user's rights). Ask "
            "whoever runs the server."
        ),
    }
    return texts.get(problem, texts["io"])


def bug_text(log_file: object) -> str:
    """For an error that is our bug, not the user's situation."""
    return _t("Something went wrong. Details are in the log: %1").replace("%1", str(log_file))
