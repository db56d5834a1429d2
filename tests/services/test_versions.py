"""No silent overwrite: a draft saved by another app since this one loaded it is refused
with who changed it and when; saving again from their version keeps mine (the user's word).
On SQLite and on PostgreSQL (``database_url``)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

import pytest

from desktop.core.errors import StaleError
from desktop.paths import DataPaths
from desktop.services import Services
from tests.services.books import new_draft, opened, set_up_seller


@pytest.fixture
def two_apps(data_paths: DataPaths, database_url: str) -> Iterator[tuple[Services, Services, int]]:
    with (
        opened(data_paths, database_url) as first,
        opened(data_paths, database_url, lock=False) as second,
    ):
        yield first, second, set_up_seller(first)


def test_a_save_over_a_newer_change_is_refused_with_who_and_when(
    two_apps: tuple[Services, Services, int],
) -> None:
    first, second, client = two_apps
    draft = new_draft(first, client)
    mine, theirs = first.invoices.load(draft), second.invoices.load(draft)
    assert mine.version == theirs.version == 1
    mine.notes = "mano"
    first.invoices.save_draft(mine)
    first.invoices.save_draft(mine)  # my own saves follow each other (autosave)
    assert mine.version == 3
    theirs.notes = "jų"
    with pytest.raises(StaleError) as refused:
        second.invoices.save_draft(theirs)
    assert refused.value.by == first.books.user and refused.value.version == 3
    assert isinstance(refused.value.at, datetime)
    assert second.invoices.load(draft).notes == "mano"  # nothing was overwritten
    theirs.version = refused.value.version  # "keep mine": save over theirs, knowingly
    second.invoices.save_draft(theirs)
    assert first.invoices.load(draft).notes == "jų"


def test_a_form_without_a_version_still_saves(two_apps: tuple[Services, Services, int]) -> None:
    first, _, client = two_apps
    draft = new_draft(first, client)
    form = first.invoices.load(draft)
    form.version, form.notes = None, "komandinė eilutė"
    first.invoices.save_draft(form)
    assert first.invoices.load(draft).version == 2
