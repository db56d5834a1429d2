"""MIME building: parse the bytes back and check what a mail program would show."""

from __future__ import annotations

import email
import email.policy
from email.message import EmailMessage

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.mail.compose import (
    LINE_BREAKS,
    HeaderInjectionError,
    InvalidAddressError,
    build_message,
    encode_address,
    is_valid_address,
)
from desktop.mail.envelope import prepare


def build(**changes: object) -> EmailMessage:
    values: dict[str, object] = {
        "sender_name": "Jūratė Žemaitytė",
        "sender_email": "jurate@žalgiris.lt",
        "to": ["pavel@příklad.cz"],
        "subject": "Faktura č. 2024-007 – Žluťoučký kůň",
        "body": "Dobrý den,\nv příloze posílám fakturu.\n",
        "cc": ["ucetni@example.cz"],
        "reply_to": "saskaitos@example.lt",
        "attachments": [("sąskaita-faktūra Nr. 7.pdf", b"%PDF-1.7\n\x00\xff", "application/pdf")],
    }
    values.update(changes)
    return build_message(**values)  # type: ignore[arg-type]


def reparse(message: EmailMessage) -> EmailMessage:
    raw = message.as_bytes(policy=email.policy.SMTP)
    assert raw.isascii()  # 7-bit clean: no dependence on the server's 8BITMIME
    parsed = email.message_from_bytes(raw, policy=email.policy.default)
    assert isinstance(parsed, EmailMessage)
    return parsed


def test_diacritics_round_trip() -> None:
    parsed = reparse(build())
    assert parsed["Subject"] == "Faktura č. 2024-007 – Žluťoučký kůň"
    assert parsed["From"].addresses[0].display_name == "Jūratė Žemaitytė"
    body = parsed.get_body(("plain",))
    assert body is not None
    assert body.get_content().replace("\r\n", "\n") == "Dobrý den,\nv příloze posílám fakturu.\n"
    (attachment,) = parsed.iter_attachments()
    assert attachment.get_filename() == "sąskaita-faktūra Nr. 7.pdf"
    assert attachment.get_content_type() == "application/pdf"
    assert attachment.get_content() == b"%PDF-1.7\n\x00\xff"


def test_idn_domains_are_encoded_and_message_id_uses_sender_domain() -> None:
    parsed = reparse(build())
    sender = parsed["From"].addresses[0]
    assert sender.addr_spec == "jurate@xn--algiris-cxb.lt"
    assert parsed["To"].addresses[0].domain == "xn--pklad-zsa96e.cz"
    assert parsed["Message-ID"].endswith("@xn--algiris-cxb.lt>")
    assert parsed["Date"]
    assert parsed["Reply-To"].addresses[0].addr_spec == "saskaitos@example.lt"
    assert parsed["Cc"].addresses[0].addr_spec == "ucetni@example.cz"


def test_encode_address() -> None:
    assert encode_address("info@žalgiris.lt") == "info@xn--algiris-cxb.lt"
    assert encode_address(" Info@Example.COM ") == "Info@example.com"
    with pytest.raises(InvalidAddressError):
        encode_address("not an address")


@pytest.mark.parametrize(
    "field",
    ["sender_name", "subject", "sender_email", "reply_to"],
)
def test_newlines_in_headers_are_rejected(field: str) -> None:
    with pytest.raises(HeaderInjectionError):
        build(**{field: "x@example.lt\r\nBcc: victim@example.com"})


@pytest.mark.parametrize("field", ["to", "cc", "bcc"])
def test_newlines_in_recipients_are_rejected(field: str) -> None:
    with pytest.raises(HeaderInjectionError):
        build(**{field: ["a@example.lt\nBcc: victim@example.com"]})


def test_newline_in_attachment_name_is_rejected() -> None:
    with pytest.raises(HeaderInjectionError):
        build(attachments=[("a\r\nX-Evil: 1.pdf", b"", "application/pdf")])


def test_bad_mime_type_and_missing_recipient() -> None:
    with pytest.raises(ValueError, match="MIME"):
        build(attachments=[("a.pdf", b"", "pdf")])
    with pytest.raises(InvalidAddressError):
        build(to=[])


@pytest.mark.parametrize(
    ("address", "valid"),
    [
        ("info@žalgiris.lt", True),
        ("a.b+tag@sub.example.co.uk", True),
        ("user@xn--algiris-cxb.lt", True),
        ("plain", False),
        ("@example.com", False),
        ("a@b", False),
        ("a@@example.com", False),
        ("a b@example.com", False),
        ("a..b@example.com", False),
        ("a@-example.com", False),
        ("a@example..com", False),
        ("jūratė@example.lt", False),  # would need SMTPUTF8; Address() refuses it too
        ("a@" + "x" * 64 + ".com", False),
    ],
)
def test_is_valid_address(address: str, valid: bool) -> None:
    assert is_valid_address(address) is valid


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=60))
def test_is_valid_address_never_raises(text: str) -> None:
    if is_valid_address(text):
        assert "@" in encode_address(text)


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), min_size=1, max_size=80))
def test_any_subject_is_rejected_or_cannot_inject(subject: str) -> None:
    try:
        message = build(subject=subject)
    except HeaderInjectionError:
        assert any(c in LINE_BREAKS for c in subject)
        return
    assert set(reparse(message).keys()) == set(message.keys())


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.characters(categories=("L", "N", "P", "S", "Zs")), max_size=80))
def test_printable_subjects_round_trip(subject: str) -> None:
    parsed = reparse(build(subject=subject))
    assert " ".join(str(parsed["Subject"]).split()) == " ".join(subject.split())


def test_bcc_goes_to_the_envelope_only() -> None:
    message = build(bcc=["archyvas@example.lt"])
    wire = prepare(message)
    assert wire.recipients == ["pavel@xn--pklad-zsa96e.cz", "ucetni@example.cz",
                               "archyvas@example.lt"]  # fmt: skip
    assert wire.sender == "jurate@xn--algiris-cxb.lt" and not wire.international
    parsed = email.message_from_bytes(wire.data, policy=email.policy.default)
    assert parsed["Bcc"] is None and b"archyvas" not in wire.data
    assert message["Bcc"] is not None  # the caller's message (and its .eml draft) is untouched
    assert prepare(message, ["x@example.com"]).recipients == ["x@example.com"]
    assert b"\r\n" in wire.data and b"\n" not in wire.data.replace(b"\r\n", b"")
