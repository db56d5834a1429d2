"""Just enough X.509 DER parsing to show a certificate to the user.

An unverified TLS connection only yields the certificate as DER bytes
(``getpeercert(binary_form=True)``; the dict form is empty when nothing was verified), and the
standard library cannot decode DER without a private API.  ``cryptography`` is not a runtime
dependency, so this module reads the few fields the "trust this certificate?" dialog shows.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import UTC, datetime

_OID_NAMES = {
    "2.5.4.3": "CN",
    "2.5.4.6": "C",
    "2.5.4.7": "L",
    "2.5.4.8": "ST",
    "2.5.4.10": "O",
    "2.5.4.11": "OU",
    "1.2.840.113549.1.9.1": "emailAddress",
}


class CertificateParseError(ValueError):
    """The bytes are not a DER certificate we can read."""


@dataclass(frozen=True)
class CertInfo:
    """What the user needs to decide whether to trust a certificate."""

    sha256: str  # lower-case hex of the DER bytes, the value stored as SmtpSettings.pinned_sha256
    subject: str
    issuer: str
    not_after: str  # ISO 8601 UTC
    self_signed: bool


@dataclass(frozen=True)
class _Tlv:
    tag: int
    start: int  # first content byte
    end: int  # one past the last content byte


def _read_tlv(data: bytes, pos: int) -> _Tlv:
    if pos + 2 > len(data):
        raise CertificateParseError("truncated")
    tag = data[pos]
    length = data[pos + 1]
    pos += 2
    if length & 0x80:
        count = length & 0x7F
        if count == 0 or count > 4 or pos + count > len(data):
            raise CertificateParseError("bad length")
        length = int.from_bytes(data[pos : pos + count], "big")
        pos += count
    if pos + length > len(data):
        raise CertificateParseError("truncated")
    return _Tlv(tag, pos, pos + length)


def _children(data: bytes, tlv: _Tlv) -> list[_Tlv]:
    items = []
    pos = tlv.start
    while pos < tlv.end:
        child = _read_tlv(data, pos)
        items.append(child)
        pos = child.end
    return items


def _oid(raw: bytes) -> str:
    if not raw:
        raise CertificateParseError("empty OID")
    parts = [raw[0] // 40, raw[0] % 40]
    value = 0
    for byte in raw[1:]:
        value = (value << 7) | (byte & 0x7F)
        if not byte & 0x80:
            parts.append(value)
            value = 0
    return ".".join(str(p) for p in parts)


def _string(data: bytes, tlv: _Tlv) -> str:
    raw = data[tlv.start : tlv.end]
    if tlv.tag == 0x1E:  # BMPString
        return raw.decode("utf-16-be", "replace")
    return raw.decode("utf-8", "replace")


def _name(data: bytes, tlv: _Tlv) -> str:
    """RFC 4514-like one-line rendering, most specific part (CN) first."""
    parts = []
    for rdn in _children(data, tlv):
        for attr in _children(data, rdn):
            oid_tlv, value_tlv = _children(data, attr)[:2]
            oid = _oid(data[oid_tlv.start : oid_tlv.end])
            parts.append(f"{_OID_NAMES.get(oid, oid)}={_string(data, value_tlv)}")
    return ", ".join(reversed(parts))


def _time(data: bytes, tlv: _Tlv) -> str:
    text = data[tlv.start : tlv.end].decode("ascii")
    fmt = "%y%m%d%H%M%SZ" if tlv.tag == 0x17 else "%Y%m%d%H%M%SZ"
    moment = datetime.strptime(text, fmt).replace(tzinfo=UTC)
    return moment.isoformat()


def sha256_hex(der: bytes) -> str:
    """The fingerprint format used for pinning: lower-case hex, no colons."""
    return hashlib.sha256(der).hexdigest()


def parse_certificate(der: bytes) -> CertInfo:
    """Read subject, issuer and expiry from a DER certificate; raise CertificateParseError."""
    try:
        cert = _read_tlv(der, 0)
        tbs = _children(der, cert)[0]
        fields = _children(der, tbs)
        if fields and fields[0].tag == 0xA0:  # explicit [0] version
            fields = fields[1:]
        # serialNumber, signature, issuer, validity, subject, ...
        issuer_tlv, validity_tlv, subject_tlv = fields[2], fields[3], fields[4]
        not_after_tlv = _children(der, validity_tlv)[1]
        issuer_raw = der[issuer_tlv.start : issuer_tlv.end]
        subject_raw = der[subject_tlv.start : subject_tlv.end]
        return CertInfo(
            sha256=sha256_hex(der),
            subject=_name(der, subject_tlv),
            issuer=_name(der, issuer_tlv),
            not_after=_time(der, not_after_tlv),
            self_signed=issuer_raw == subject_raw,
        )
    except (IndexError, ValueError, UnicodeDecodeError) as exc:
        raise CertificateParseError(str(exc)) from exc
