"""``faktura --self-test``: check an installation (a checkout or a frozen build) end to end.

Everything happens in a throw-away data directory, never the user's: migrations run on a new
database, a Lithuanian and a Czech sample invoice are rendered with the bundled font, each
interface translation and Qt's own catalogues are loaded, and the keyring backend is named.
One line per check; the exit code is 0 only when nothing failed.  A missing keyring is a
warning, not a failure: the app then offers to remember the password for the session only.
"""

from __future__ import annotations

import os
import sqlite3
import sys
import tempfile
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from desktop import __version__
from desktop.paths import DataPaths, bundle_root, fonts_dir, guides_dir, i18n_dir

if TYPE_CHECKING:
    from desktop.core.document import InvoiceDocument
    from desktop.options import Options

OK, WARN, FAIL = "OK", "WARN", "FAIL"
UI_LANGUAGES = ("lt", "cs")
FONT_FILES = ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf", "OFL.txt")
FONT_NAME = b"NotoSans"
# reportlab's standard 14 fonts: an invoice that mentions one of them is not in our font.
STANDARD_FONTS = (b"/Helvetica", b"/Times-Roman", b"/Courier", b"/Symbol", b"/ZapfDingbats")


@dataclass(frozen=True)
class CheckResult:
    name: str
    status: str
    detail: str


class CheckError(Exception):
    """A check found the installation wrong (or, with ``warn``, merely worth a remark)."""

    def __init__(self, detail: str, *, warn: bool = False) -> None:
        super().__init__(detail)
        self.status = WARN if warn else FAIL


def _run(name: str, check: Callable[[], str]) -> CheckResult:
    try:
        return CheckResult(name, OK, check())
    except CheckError as exc:
        return CheckResult(name, exc.status, str(exc))
    except Exception as exc:  # a broken installation shows up as any exception at all
        where = traceback.extract_tb(exc.__traceback__)[-1]
        detail = f"{type(exc).__name__}: {exc} ({Path(where.filename).name}:{where.lineno})"
        return CheckResult(name, FAIL, detail)


# -- checks --------------------------------------------------------------------------------
def check_resources() -> str:
    missing = [f for f in FONT_FILES if not (fonts_dir() / f).is_file()]
    if missing:
        raise CheckError(f"missing in {fonts_dir()}: {', '.join(missing)}")
    guides = {lang: len(list((guides_dir() / lang).glob("*.md"))) for lang in ("en", *UI_LANGUAGES)}
    if not all(guides.values()):
        raise CheckError(f"setup guides missing in {guides_dir()}: {guides}")
    counts = ", ".join(f"{lang} {n}" for lang, n in guides.items())
    return f"fonts and licence present; guides: {counts}"


def check_database(paths: DataPaths) -> str:
    from desktop.services.database import SCHEMA_REVISION, open_books

    books = open_books(paths, lock=False)
    try:
        revision = books.revision
    finally:
        books.close()
    if revision != SCHEMA_REVISION:
        raise CheckError(f"schema at {revision}, expected {SCHEMA_REVISION}")
    return f"new database migrated to {revision}"


def check_fts5(paths: DataPaths) -> str:
    with sqlite3.connect(":memory:") as conn:
        conn.execute("CREATE VIRTUAL TABLE probe USING fts5(body, tokenize='trigram')")
        conn.execute("INSERT INTO probe(body) VALUES ('Žalias sodas')")
        hits = conn.execute("SELECT count(*) FROM probe WHERE probe MATCH '\"ias\"'").fetchone()
    conn.close()
    if hits[0] != 1:
        raise CheckError("the FTS5 trigram index found nothing")
    with sqlite3.connect(paths.database) as conn:
        table = conn.execute(
            "SELECT name FROM sqlite_master WHERE name = 'invoice_search'"
        ).fetchone()
    conn.close()
    if table is None:
        raise CheckError("the migrated database has no invoice_search index")
    return f"SQLite {sqlite3.sqlite_version} with FTS5 trigram search"


def sample_document(language: str) -> InvoiceDocument:
    """A one-page invoice with every national letter in it."""
    from desktop.core.document import DocumentLine, InvoiceDocument, Party
    from desktop.core.lifecycle import DocumentKind, InvoiceStatus
    from desktop.core.vat import VatRate

    if language == "lt":
        seller = Party(
            "UAB „Ąžuolų ūkis“", "Šiaurės g. 5\nLT-01100 Vilnius", "LT", "304567891",
            "LT100012345678", True, "info@azuolu.lt", iban="LT601010012345678901",
        )  # fmt: skip
        buyer = Party("Įmonė „Čėsė“", "Ežerų g. 12\nLT-44280 Kaunas", "LT", "123456789")
        line = DocumentLine("Konsultacijos: ąčęėįšųūž", Decimal(3), "val.", Decimal("45.50"),
                            Decimal(0), VatRate(Decimal(21)))  # fmt: skip
        currency, number, symbol = "EUR", "FAK2025-0001", ""
    else:
        seller = Party(
            "Řemeslná dílna s.r.o.", "Žižkova 7\n602 00 Brno", "CZ", "27074358", "CZ27074358",
            True, "info@dilna.cz", iban="CZ6508000000192000145399",
        )  # fmt: skip
        buyer = Party("Ústřední kavárna a.s.", "Dlouhá 1\n110 00 Praha 1", "CZ", "25596641")
        line = DocumentLine("Oprava židlí: ěščřžýáíéůúťďň", Decimal(2), "ks", Decimal("1250"),
                            Decimal(0), VatRate(Decimal(21)))  # fmt: skip
        currency, number, symbol = "CZK", "ZF2025-0001", "20250001"
    today = date(2025, 3, 14)
    return InvoiceDocument(
        kind=DocumentKind.INVOICE, status=InvoiceStatus.ISSUED, number=number,
        language=language, currency=currency, issue_date=today, supply_date=today,
        due_date=date(2025, 3, 28), seller=seller, buyer=buyer, lines=(line,),
        variable_symbol=symbol,
    )  # fmt: skip


def check_pdf(language: str, paths: DataPaths) -> str:
    from desktop.services.exports import render_pdf

    try:
        data = render_pdf(sample_document(language))
    except ImportError as exc:
        raise CheckError(f"the PDF renderer is not installed ({exc})") from exc
    if not data.startswith(b"%PDF-"):
        raise CheckError("the renderer did not return a PDF")
    if FONT_NAME not in data or b"/FontFile2" not in data:
        raise CheckError("the PDF does not embed the bundled Noto Sans font")
    builtin = [f.decode() for f in STANDARD_FONTS if f in data]
    if builtin:
        raise CheckError(f"the PDF uses built-in fonts without our letters: {', '.join(builtin)}")
    target = paths.pdf / f"selftest-{language}.pdf"
    target.write_bytes(data)
    return f"{len(data) // 1024} KiB, Noto Sans embedded"


def ensure_qt() -> str:
    """A QApplication for the Qt checks; offscreen when there is no display to talk to."""
    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    ):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is None:
        QApplication([sys.argv[0] if sys.argv else "faktura"])
    return QGuiApplication.platformName()


def check_qt() -> str:
    platform = ensure_qt()
    from desktop.ui.widgets.icons import icon

    if icon("faktura").pixmap(32, 32).isNull():
        raise CheckError("SVG icons do not render (Qt's SVG plugins are missing)")
    from PySide6 import __version__ as pyside_version

    return f"PySide6 {pyside_version}, platform {platform}, SVG icons render"


def check_translation(language: str) -> str:
    ensure_qt()
    from desktop.ui.shell.translations import install_translators

    try:
        loaded = install_translators(language)
    finally:
        install_translators("en")
    ours = f"desktop_{language}"
    qm = i18n_dir() / f"{ours}.qm"
    source = i18n_dir() / f"{ours}.ts"
    problems = []
    if ours not in loaded and (qm.exists() or source.exists()):
        problems.append(f"{ours} ({qm.name} missing or unreadable)")
    # Qt ships qtbase_cs but only the older all-in-one qt_lt; either translates stock dialogs.
    if not {f"qtbase_{language}", f"qt_{language}"} & set(loaded):
        problems.append(f"Qt's own qtbase_{language}/qt_{language}")
    if problems:
        raise CheckError(f"could not load {', '.join(problems)}; loaded: {loaded or 'none'}")
    if ours not in loaded:
        raise CheckError(
            f"loaded {', '.join(loaded)}; no interface translation {ours} shipped yet", warn=True
        )
    return f"loaded {', '.join(loaded)}"


def check_keyring() -> str:
    from desktop.mail.secrets import probe_keyring

    status = probe_keyring()  # asked for, so a real write (which a locked keyring may prompt for)
    if not status.usable:
        raise CheckError(
            f"{status.backend_name} is not usable ({status.detail}{_secret_service_reason()}); "
            "passwords can be remembered for the session only",
            warn=True,
        )
    return f"{status.backend_name}, usable"


def _secret_service_reason() -> str:
    """Why the Linux Secret Service backend (bundled) declined, e.g. no D-Bus session."""
    if not sys.platform.startswith("linux"):
        return ""
    try:
        from keyring.backends import SecretService

        SecretService.Keyring.priority  # noqa: B018  (the property probes D-Bus)
    except Exception as exc:
        return f"; Secret Service: {exc}"
    return ""


def check_tls() -> str:
    import ssl

    import truststore

    context = truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    if context.verify_mode != ssl.CERT_REQUIRED:
        raise CheckError("the system trust store context does not verify certificates")
    return f"{ssl.OPENSSL_VERSION}, system trust store via truststore"


# -- report --------------------------------------------------------------------------------
def run_checks(root: Path) -> list[CheckResult]:
    paths = DataPaths(root).ensure()
    checks: list[tuple[str, Callable[[], str]]] = [
        ("resources", check_resources),
        ("database", partial(check_database, paths)),
        ("sqlite-fts5", partial(check_fts5, paths)),
        *((f"pdf-{lang}", partial(check_pdf, lang, paths)) for lang in UI_LANGUAGES),
        ("qt", check_qt),
        *((f"i18n-{lang}", partial(check_translation, lang)) for lang in UI_LANGUAGES),
        ("keyring", check_keyring),
        ("tls", check_tls),
    ]
    return [_run(name, check) for name, check in checks]


def format_report(results: list[CheckResult]) -> str:
    frozen = "frozen build" if getattr(sys, "frozen", False) else "source checkout"
    width = max(len(r.name) for r in results)
    lines = [f"faktura {__version__} self-test ({frozen} at {bundle_root()})"]
    lines += [f"{r.status:<4}  {r.name:<{width}}  {r.detail}" for r in results]
    failed = [r.name for r in results if r.status == FAIL]
    lines.append(f"FAILED: {', '.join(failed)}" if failed else "All checks passed.")
    return "\n".join(lines)


def run_self_test(options: Options | None = None) -> int:
    """Print the report; ``options`` is accepted for symmetry and ignores ``--data-dir``."""
    with tempfile.TemporaryDirectory(prefix="faktura-selftest-") as folder:
        results = run_checks(Path(folder))
        report = format_report(results)
    _emit(report)
    return 1 if any(r.status == FAIL for r in results) else 0


def _emit(report: str) -> None:
    """stdout, or a file in the temp dir for a Windows GUI build that has no console."""
    if sys.stdout is not None:
        print(report, flush=True)
        return
    target = Path(tempfile.gettempdir()) / "faktura-self-test.txt"
    target.write_text(report + "\n", encoding="utf-8")
