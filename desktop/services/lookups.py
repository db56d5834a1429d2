"""Online look-ups, optional: a Czech company in ARES by IČO, any EU VAT number in VIES.

Both are plain HTTPS GETs answering JSON (ARES REST v3 ``/ekonomicke-subjekty/<IČO>``; VIES
REST ``/ms/<country>/vat/<number>``), made with the standard library, the OS trust store
(``mail.tls.trusted_context``: never an unverified connection) and a timeout from the
settings, from work on the job runner.  Every failure is a ``LookupFailedError`` with a code the
forms turn into words: ``offline`` (no connection), ``timeout``, ``not_found``, ``malformed``
(an answer we cannot read), ``unavailable`` (the service says it cannot answer now),
``invalid_input``.  Nothing here blocks a form: a failed look-up leaves what was typed alone.
"""

from __future__ import annotations

import json
import re
import socket
import urllib.error
import urllib.request
from dataclasses import dataclass
from datetime import date
from typing import Any
from urllib.parse import quote

from desktop import __version__, settings
from desktop.services.database import Books
from desktop.storage import kv


class LookupFailedError(RuntimeError):
    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code


@dataclass(frozen=True)
class CompanyFound:
    """What ARES says of a company: enough to fill the identity fields."""

    name: str
    address: str  # "Budějovická 778/3a\n140 00 Praha 4"
    company_code: str
    vat_code: str  # DIČ, "" when ARES has none
    vat_payer: bool | None = None  # the VAT register's state in ARES, when it says


@dataclass(frozen=True)
class VatCheck:
    vat_code: str
    valid: bool
    name: str
    address: str
    checked_on: date


def _psc(value: object) -> str:
    digits = re.sub(r"\D", "", str(value or ""))
    return f"{digits[:3]} {digits[3:]}" if len(digits) == 5 else digits


def parse_ares(data: Any) -> CompanyFound:
    """The company in an ARES ``EkonomickySubjekt``; ``malformed`` without a name or IČO."""
    if not isinstance(data, dict) or not data.get("obchodniJmeno") or not data.get("ico"):
        raise LookupFailedError("malformed", "no obchodniJmeno/ico")
    found = data.get("sidlo")
    seat: dict[str, Any] = found if isinstance(found, dict) else {}
    street = seat.get("nazevUlice") or seat.get("nazevCastiObce") or seat.get("nazevObce") or ""
    number = str(seat.get("cisloDomovni") or "")
    if seat.get("cisloOrientacni"):
        number += f"/{seat['cisloOrientacni']}{seat.get('cisloOrientacniPismeno') or ''}"
    city = seat.get("nazevMestskeCastiObvodu") or seat.get("nazevObce") or ""
    lines = [f"{street} {number}".strip(), f"{_psc(seat.get('psc'))} {city}".strip()]
    address = "\n".join(line for line in lines if line)
    if not address:
        address = str(seat.get("textovaAdresa") or "")
    registers = data.get("seznamRegistraci")
    vat_state = registers.get("stavZdrojeDph") if isinstance(registers, dict) else None
    return CompanyFound(
        str(data["obchodniJmeno"]).strip(),
        address,
        str(data["ico"]),
        str(data.get("dic") or ""),
        None if vat_state is None else vat_state == "AKTIVNI",
    )


def parse_vies(data: Any, vat_code: str, today: date) -> VatCheck:
    """VIES's answer.  ``userError`` says whether the member state could answer at all
    (``MS_UNAVAILABLE``, ``TIMEOUT``, ``MS_MAX_CONCURRENT_REQ``…: ``unavailable``), which
    ``isValid`` alone does not: it is false then too."""
    if not isinstance(data, dict) or not isinstance(data.get("isValid"), bool):
        raise LookupFailedError("malformed", "no isValid")
    error = str(data.get("userError") or "VALID")
    if error == "INVALID_INPUT":
        raise LookupFailedError("invalid_input", vat_code)
    if error not in ("VALID", "INVALID"):
        raise LookupFailedError("unavailable", error)
    name, address = str(data.get("name") or ""), str(data.get("address") or "")
    return VatCheck(
        vat_code,
        data["isValid"],
        "" if name == "---" else name.strip(),
        "" if address == "---" else address.strip(),
        today,
    )


class LookupService:
    def __init__(self, books: Books) -> None:
        self._books = books

    def _setting(self, setting: settings.Setting[Any]) -> Any:
        with self._books.reading() as session:
            return kv.read(session, setting)

    def _get(self, url: str) -> tuple[int, Any]:
        """GET ``url`` as JSON: the status and the parsed body (``None`` when unreadable)."""
        from desktop.mail.tls import trusted_context

        request = urllib.request.Request(
            url, headers={"Accept": "application/json", "User-Agent": f"Faktura/{__version__}"}
        )
        timeout = float(self._setting(settings.LOOKUP_TIMEOUT))
        context = trusted_context() if url.startswith("https:") else None
        try:
            with urllib.request.urlopen(request, timeout=timeout, context=context) as answer:
                status, body = answer.status, answer.read(2_000_000)
        except urllib.error.HTTPError as error:
            status, body = error.code, error.read(2_000_000)
        except TimeoutError as error:
            raise LookupFailedError("timeout", str(error)) from error
        except urllib.error.URLError as error:
            if isinstance(error.reason, TimeoutError | socket.timeout):
                raise LookupFailedError("timeout", str(error.reason)) from error
            raise LookupFailedError("offline", str(error.reason)) from error
        except OSError as error:  # a reset connection, a refused one
            raise LookupFailedError("offline", str(error)) from error
        try:
            return status, json.loads(body.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            return status, None

    def ares(self, ico: str) -> CompanyFound:
        """The Czech company with this IČO (8 digits; shorter ones get their leading zeros)."""
        digits = re.sub(r"\s", "", ico)
        if not digits.isdigit() or len(digits) > 8:
            raise LookupFailedError("invalid_input", ico)
        base = str(self._setting(settings.ARES_URL)).rstrip("/")
        status, data = self._get(f"{base}/ekonomicke-subjekty/{digits.zfill(8)}")
        if status == 404:
            raise LookupFailedError("not_found", digits)
        if status >= 500:
            raise LookupFailedError("unavailable", str(status))
        if status != 200:
            raise LookupFailedError("malformed", str(status))
        return parse_ares(data)

    def vies(self, vat_code: str, today: date | None = None) -> VatCheck:
        """Whether VIES knows ``vat_code`` (``CZ12345678``, ``LT100001234567``) today."""
        compact = re.sub(r"[\s.-]", "", vat_code).upper()
        match = re.fullmatch(r"([A-Z]{2})([0-9A-Z+*]{2,13})", compact)
        if match is None or not any(ch.isdigit() for ch in match.group(2)):
            raise LookupFailedError("invalid_input", vat_code)
        country, number = match.groups()
        country = "EL" if country == "GR" else country  # VIES names Greece EL
        base = str(self._setting(settings.VIES_URL)).rstrip("/")
        status, data = self._get(f"{base}/ms/{quote(country)}/vat/{quote(number)}")
        if status >= 500:
            raise LookupFailedError("unavailable", str(status))
        if status != 200:
            raise LookupFailedError("malformed", str(status))
        return parse_vies(data, compact, today or date.today())
