"""No silent overwrite of clients, products or the company profile: a save over a newer one
(another app of the team saved since this one loaded it) is refused with who and when;
"keep mine" saves over it on purpose, "reload theirs" shows theirs.  On SQLite and on
PostgreSQL (``database_url``); the second app names itself as a colleague would."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import datetime
from decimal import Decimal
from typing import Any

import pytest

from desktop.core.errors import StaleError
from desktop.paths import DataPaths
from desktop.services import Services
from desktop.services.parties import ClientRecord, ProductRecord
from tests.services.books import opened, set_up_seller

COLLEAGUE = "Marta Kavaliauskienė"


@pytest.fixture
def two_apps(data_paths: DataPaths, database_url: str) -> Iterator[tuple[Services, Services]]:
    with (
        opened(data_paths, database_url) as first,
        opened(data_paths, database_url, lock=False) as second,
    ):
        second.books.act_as(COLLEAGUE)
        set_up_seller(first)
        yield first, second


def _client(services: Services) -> tuple[Callable[[], Any], Callable[[Any], Any], str]:
    record_id = services.parties.save_client(ClientRecord(name="UAB Klientas", emails="a@b.lt"))
    return (lambda: services.parties.client(record_id)), services.parties.save_client, "notes"


def _product(services: Services) -> tuple[Callable[[], Any], Callable[[Any], Any], str]:
    record_id = services.parties.save_product(ProductRecord(name="Konsultacija", unit="val."))
    return (lambda: services.parties.product(record_id)), services.parties.save_product, "unit"


def _company(services: Services) -> tuple[Callable[[], Any], Callable[[Any], Any], str]:
    return services.parties.company, services.parties.save_company, "phone"


KINDS = {"client": _client, "product": _product, "company": _company}


@pytest.mark.parametrize("kind", KINDS)
def test_a_save_over_a_newer_one_is_refused_with_who_and_when(
    two_apps: tuple[Services, Services], kind: str
) -> None:
    first, second = two_apps
    load, _, field = KINDS[kind](first)
    save_here = getattr(first.parties, f"save_{kind}")
    save_there = getattr(second.parties, f"save_{kind}")
    load_there = {
        "client": lambda r: second.parties.client(r.id),
        "product": lambda r: second.parties.product(r.id),
        "company": lambda r: second.parties.company(),
    }[kind]
    mine = load()
    theirs = load_there(mine)
    assert mine.version == theirs.version
    setattr(theirs, field, "jų")
    save_there(theirs)  # the colleague saves first
    setattr(mine, field, "mano")
    with pytest.raises(StaleError) as refused:
        save_here(mine)
    assert refused.value.kind == kind and refused.value.by == COLLEAGUE
    assert isinstance(refused.value.at, datetime)
    assert refused.value.version == theirs.version
    assert getattr(load(), field) == "jų"  # nothing was overwritten
    reloaded = load()  # "reload theirs": what the colleague saved, at their version
    assert (getattr(reloaded, field), reloaded.version) == ("jų", theirs.version)
    mine.version = refused.value.version  # "keep mine": over theirs, on the user's word
    save_here(mine)
    kept = load()
    assert getattr(kept, field) == "mano" and kept.version == theirs.version + 1
    with pytest.raises(StaleError) as again:  # and now the colleague's copy is the old one
        setattr(theirs, field, "vėl jų")
        save_there(theirs)
    assert again.value.by == first.books.user


def test_archiving_counts_as_a_change(two_apps: tuple[Services, Services]) -> None:
    first, second = two_apps
    product = ProductRecord(name="Auditas", unit="val.", unit_price=Decimal("80"))
    first.parties.save_product(product)
    assert product.id is not None and product.version == 1
    second.parties.set_product_archived(product.id, True)
    product.unit_price = Decimal("90")
    with pytest.raises(StaleError) as refused:
        first.parties.save_product(product)
    assert refused.value.by == COLLEAGUE
    assert first.parties.product(product.id).archived


def test_a_record_without_a_version_still_saves(two_apps: tuple[Services, Services]) -> None:
    first, _ = two_apps
    record = ClientRecord(name="UAB Skriptas")
    first.parties.save_client(record)
    assert record.version == 1
    record.version, record.notes = None, "komandinė eilutė"  # a script that never loaded it
    first.parties.save_client(record)
    assert first.parties.client(record.id).version == 2  # type: ignore[arg-type]
