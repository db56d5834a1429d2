"""SmtpSettings validation and serialisation; provider presets and guessing."""

from __future__ import annotations

import json

import pytest

from desktop.mail.providers import (
    GUIDES,
    PRESETS,
    default_port,
    guess_for_domain,
    preset_by_id,
    preset_for_email,
)
from desktop.mail.settings import SmtpSettings


def make(**changes: object) -> SmtpSettings:
    values: dict[str, object] = {
        "host": "smtp.seznam.cz",
        "port": 465,
        "encryption": "ssl",
        "username": "pavel@seznam.cz",
        "sender_name": "Pavel Novák",
        "sender_email": "pavel@seznam.cz",
    }
    values.update(changes)
    return SmtpSettings(**values)  # type: ignore[arg-type]


def test_valid_settings() -> None:
    assert make().validate() == {}
    assert make(host="[::1]", port=25, encryption="none", username="").validate() == {}
    assert make(sender_email="info@žalgiris.lt", reply_to="r@example.cz").validate() == {}


@pytest.mark.parametrize(
    ("changes", "field", "code"),
    [
        ({"host": ""}, "host", "required"),
        ({"host": "  "}, "host", "required"),
        ({"host": "smtp://smtp.gmail.com"}, "host", "host_invalid"),
        ({"host": "smtp.gmail.com:465"}, "host", "host_invalid"),
        ({"host": "smtp gmail.com"}, "host", "host_invalid"),
        ({"port": 0}, "port", "port_range"),
        ({"port": 70000}, "port", "port_range"),
        ({"port": True}, "port", "port_range"),
        ({"encryption": "tls"}, "encryption", "encryption_invalid"),
        ({"username": "a\nb"}, "username", "header_newline"),
        ({"sender_name": "Pavel\r\nBcc: x@y.cz"}, "sender_name", "header_newline"),
        ({"sender_email": ""}, "sender_email", "required"),
        ({"sender_email": "pavel"}, "sender_email", "email_invalid"),
        ({"sender_email": "p@x.cz\nBcc: y@z.cz"}, "sender_email", "header_newline"),
        ({"reply_to": "nope"}, "reply_to", "email_invalid"),
        ({"timeout_s": 0.1}, "timeout_s", "timeout_range"),
        ({"pinned_sha256": "AB:CD"}, "pinned_sha256", "fingerprint_invalid"),
    ],
)
def test_validation_codes(changes: dict[str, object], field: str, code: str) -> None:
    assert make(**changes).validate()[field] == code


def test_network_host() -> None:
    assert make(host=" [::1] ").network_host == "::1"
    assert make(host="smtp.žalgiris.lt").network_host == "smtp.žalgiris.lt"


def test_warnings() -> None:
    assert make().warnings() == {}
    assert make(port=587).warnings() == {"port": "port_encryption_mismatch"}
    assert make(encryption="starttls").warnings() == {"port": "port_encryption_mismatch"}
    plain = make(encryption="none", port=25)
    assert plain.warnings() == {"encryption": "password_unencrypted"}
    assert make(encryption="none", port=25, host="127.0.0.1").warnings() == {}
    assert make(encryption="none", port=25, username="").warnings() == {}


def test_dict_round_trip_is_json_safe_and_has_no_password() -> None:
    settings = make(reply_to="r@example.cz", pinned_sha256="ab" * 32, timeout_s=10.0)
    data = json.loads(json.dumps(settings.to_dict()))
    assert not any("pass" in key for key in data)
    assert SmtpSettings.from_dict(data) == settings
    assert SmtpSettings.from_dict({**data, "future_field": 1}) == settings
    with pytest.raises(ValueError, match="encryption"):
        SmtpSettings.from_dict({**data, "encryption": "tls"})


def test_keyring_account_is_stable_across_port_and_encryption() -> None:
    a = make()
    b = make(port=587, encryption="starttls", host="SMTP.Seznam.cz")
    assert a.keyring_account() == b.keyring_account() == "pavel@seznam.cz@smtp.seznam.cz"
    assert make(username="jana@seznam.cz").keyring_account() != a.keyring_account()


# -- providers -------------------------------------------------------------------------------
def test_every_table_row_is_present_with_a_known_guide() -> None:
    ids = {p.id for p in PRESETS}
    assert ids >= {
        "gmail", "seznam", "centrum", "outlook", "microsoft365", "yahoo", "icloud",
        "zoho_com", "zoho_eu", "gmx", "inbox_lt", "one_cz", "serveriai_lt", "other",
    }  # fmt: skip
    assert len(ids) == len(PRESETS)
    for preset in PRESETS:
        assert preset.guide in GUIDES
        if preset.host:
            assert preset.port in (465, 587)
            assert preset.port == default_port(preset.encryption)


@pytest.mark.parametrize(
    ("address", "preset_id", "host", "port", "encryption"),
    [
        ("jonas@gmail.com", "gmail", "smtp.gmail.com", 465, "ssl"),
        ("Jonas@GoogleMail.com", "gmail", "smtp.gmail.com", 465, "ssl"),
        ("pavel@seznam.cz", "seznam", "smtp.seznam.cz", 465, "ssl"),
        ("pavel@email.cz", "seznam", "smtp.seznam.cz", 465, "ssl"),
        ("pavel@post.cz", "seznam", "smtp.seznam.cz", 465, "ssl"),
        ("eva@centrum.cz", "centrum", "smtp.centrum.cz", 465, "ssl"),
        ("x@hotmail.com", "outlook", "smtp-mail.outlook.com", 587, "starttls"),
        ("x@icloud.com", "icloud", "smtp.mail.me.com", 587, "starttls"),
        ("x@gmx.de", "gmx", "mail.gmx.net", 465, "ssl"),
        ("x@gmx.com", "gmx_com", "mail.gmx.com", 465, "ssl"),
        ("x@inbox.lt", "inbox_lt", "mail.inbox.lt", 465, "ssl"),
        ("x@one.cz", "one_cz", "smtp.registrator.cz", 587, "starttls"),
    ],
)
def test_preset_for_email(
    address: str, preset_id: str, host: str, port: int, encryption: str
) -> None:
    preset = preset_for_email(address)
    assert preset is not None
    assert (preset.id, preset.host, preset.port, preset.encryption) == (
        preset_id, host, port, encryption)  # fmt: skip


def test_flags() -> None:
    outlook, centrum, gmail = (preset_by_id(i) for i in ("outlook", "centrum", "gmail"))
    assert outlook is not None and outlook.oauth_only
    assert centrum is not None and not centrum.verified
    assert gmail is not None and gmail.needs_app_password and gmail.guide == "gmail"
    assert preset_by_id("nope") is None


def test_unknown_domain_gets_thunderbird_guesses() -> None:
    assert preset_for_email("info@žalgiris.lt") is None
    assert preset_for_email("") is None
    assert guess_for_domain("Firma.LT.") == [
        ("smtp.firma.lt", 465, "ssl"),
        ("smtp.firma.lt", 587, "starttls"),
        ("mail.firma.lt", 465, "ssl"),
        ("mail.firma.lt", 587, "starttls"),
    ]
    assert [default_port(e) for e in ("ssl", "starttls", "none")] == [465, 587, 25]
