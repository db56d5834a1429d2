"""ARES and VIES look-ups against a local server answering with recorded responses: found,
not found, malformed, slow, unavailable, and no server at all (offline)."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from datetime import date

import pytest

from desktop import settings
from desktop.paths import DataPaths
from desktop.services import Services
from desktop.services.lookups import LookupFailedError
from desktop.storage import kv
from tests.lookup_server import lookup_server
from tests.services.books import opened


def point_at(services: Services, base: str, timeout: float = 1.0) -> None:
    with services.books.transaction() as session:
        kv.write(session, settings.ARES_URL, f"{base}/ares")
        kv.write(session, settings.VIES_URL, f"{base}/vies")
        kv.write(session, settings.LOOKUP_TIMEOUT, timeout)


@pytest.fixture
def services(data_paths: DataPaths) -> Iterator[tuple[Services, list[str]]]:
    with opened(data_paths) as found, lookup_server() as (base, requests):
        point_at(found, base)
        yield found, requests


def failure(call: object) -> str:
    with pytest.raises(LookupFailedError) as raised:
        call()  # type: ignore[operator]
    return raised.value.code


def test_ares_finds_a_company_by_ico(services: tuple[Services, list[str]]) -> None:
    lookups, requests = services[0].lookups, services[1]
    found = lookups.ares(" 27074358 ")
    assert found.name == "Asseco Central Europe, a.s."
    assert found.address == "Budějovická 778/3a\n140 00 Praha 4"
    assert (found.company_code, found.vat_code) == ("27074358", "CZ27074358")
    assert found.vat_payer is True  # the VAT register is active
    assert requests == ["/ares/ekonomicke-subjekty/27074358"]


def test_ares_says_why_it_found_nothing(services: tuple[Services, list[str]]) -> None:
    lookups = services[0].lookups
    assert failure(lambda: lookups.ares("12345679")) == "not_found"
    assert failure(lambda: lookups.ares("11111111")) == "malformed"
    assert failure(lambda: lookups.ares("33333333")) == "unavailable"
    assert failure(lambda: lookups.ares("12-34")) == "invalid_input"


def test_a_slow_answer_times_out(services: tuple[Services, list[str]]) -> None:
    assert failure(lambda: services[0].lookups.ares("22222222")) == "timeout"


def test_vies_answers_valid_invalid_and_unavailable(services: tuple[Services, list[str]]) -> None:
    lookups = services[0].lookups
    check = lookups.vies("lt 100009998811", today=date(2026, 3, 5))
    assert check.valid and check.vat_code == "LT100009998811"
    assert check.name == 'UAB "ŽALGIRIO" PREKYBA' and "Savanorių pr. 176" in check.address
    assert check.checked_on == date(2026, 3, 5)
    invalid = lookups.vies("CZ99999999")
    assert not invalid.valid and invalid.name == "" and invalid.address == ""
    assert failure(lambda: lookups.vies("DE123456789")) == "unavailable"
    assert failure(lambda: lookups.vies("PL1234567890")) == "malformed"
    assert failure(lambda: lookups.vies("not a code")) == "invalid_input"


def test_without_a_server_it_is_offline(data_paths: DataPaths) -> None:
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with opened(data_paths) as services:
        point_at(services, f"http://127.0.0.1:{port}")
        assert failure(lambda: services.lookups.ares("27074358")) == "offline"
        assert failure(lambda: services.lookups.vies("LT100009998811")) == "offline"


def test_the_check_is_stored_on_the_client(services: tuple[Services, list[str]]) -> None:
    from desktop.services.parties import ClientRecord

    parties = services[0].parties
    client = ClientRecord(name="UAB Žalgirio prekyba", country="LT", vat_code="LT100009998811")
    client_id = parties.save_client(client)
    check = services[0].lookups.vies(client.vat_code, today=date(2026, 3, 5))
    record = parties.client(client_id)
    record.vies_checked_on, record.vies_valid = check.checked_on, check.valid
    parties.save_client(record)
    assert (parties.client(client_id).vies_checked_on, parties.client(client_id).vies_valid) == (
        date(2026, 3, 5),
        True,
    )
