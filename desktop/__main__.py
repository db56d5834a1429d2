"""Entry point: ``faktura`` / ``python -m desktop``: the window, or a command of the command line.

Heavy imports (Qt, SQLAlchemy) happen after argument parsing so ``--version`` answers
instantly and touches nothing.  This is the only module that imports a front end: the
window (``desktop.ui``) or the command line (``desktop.cli``), never both in one run.
"""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    """Run the app; reuses an existing ``QApplication`` so tests can start it in-process."""
    from desktop.options import parse_args

    args = sys.argv[1:] if argv is None else argv
    try:
        options = parse_args(args)
    except SystemExit as exc:  # --version, or a usage error in the global options
        return int(exc.code or 0)
    if options.wants_command_line:
        from desktop.cli.main import run_command

        return run_command(args)
    if options.self_test:
        from desktop.ui.shell.selftest import run_self_test

        return run_self_test(options)
    from desktop.ui.shell.app import run_app

    return run_app(options)


def run() -> None:
    """Console/GUI script wrapper."""
    import multiprocessing

    # A PDF worker process of the frozen app (services.pdf_pool) starts here and must
    # not run the app; a no-op everywhere else.
    multiprocessing.freeze_support()
    sys.exit(main())


if __name__ == "__main__":
    run()
