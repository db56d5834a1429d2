"""PasswordStore, keyring_status and probe_keyring: in-memory keyring, the fail backend, a real
Secret Service."""

from __future__ import annotations

import os
import secrets as random
import threading
import time

import keyring
import keyring.backends.chainer
import keyring.backends.fail
import keyring.errors
import pytest
from keyring.compat import properties

from desktop.mail.secrets import (
    SERVICE,
    PasswordStore,
    PasswordStoreError,
    PasswordUnavailable,
    keyring_status,
    probe_keyring,
)
from tests.conftest import MemoryKeyring

ACCOUNT = "jonas@example.lt@smtp.example.lt"


def test_store_get_delete(memory_keyring: MemoryKeyring) -> None:
    store = PasswordStore()
    assert store.get(ACCOUNT) is None
    store.set(ACCOUNT, "slaptažodis-ž")
    assert memory_keyring.store[(SERVICE, ACCOUNT)] == "slaptažodis-ž"
    assert store.get(ACCOUNT) == "slaptažodis-ž"
    assert not store.is_session_only(ACCOUNT)
    store.delete(ACCOUNT)
    store.delete(ACCOUNT)  # absent is fine
    assert store.get(ACCOUNT) is None


def test_session_only_never_touches_the_keyring(
    memory_keyring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch
) -> None:
    def forbidden(*args: object) -> None:
        raise AssertionError("session_only must not call keyring.set_password")

    monkeypatch.setattr(keyring, "set_password", forbidden)
    store = PasswordStore()
    store.set(ACCOUNT, "tik-šiai-sesijai", session_only=True)
    assert store.get(ACCOUNT) == "tik-šiai-sesijai"
    assert store.is_session_only(ACCOUNT)
    assert memory_keyring.store == {}
    assert "tik-šiai" not in repr(store)
    assert PasswordStore().get(ACCOUNT) is None  # the next app run has forgotten it
    store.delete(ACCOUNT)
    assert store.get(ACCOUNT) is None and not store.is_session_only(ACCOUNT)


def test_saving_to_keyring_replaces_session_value(memory_keyring: MemoryKeyring) -> None:
    store = PasswordStore()
    store.set(ACCOUNT, "a", session_only=True)
    store.set(ACCOUNT, "b")
    assert not store.is_session_only(ACCOUNT)
    assert store.get(ACCOUNT) == "b"


class CountingKeyring(MemoryKeyring):
    """Counts writes, the thing a locked keyring answers with an unlock prompt."""

    def __init__(self) -> None:
        super().__init__()
        self.writes = 0

    def set_password(self, service: str, username: str, password: str) -> None:
        self.writes += 1
        super().set_password(service, username, password)


class LockedKeyring(CountingKeyring):
    def set_password(self, service: str, username: str, password: str) -> None:
        self.writes += 1
        raise keyring.errors.KeyringLocked("collection is locked")


def test_status_is_judged_without_writing() -> None:
    backend = CountingKeyring()
    keyring.set_keyring(backend)  # the autouse fixture restores it
    for _ in range(3):
        status = keyring_status()
        assert status.usable and status.backend_name.endswith("CountingKeyring")
    assert backend.writes == 0 and backend.store == {}


def test_probe_writes_once_per_process_and_cleans_up() -> None:
    backend = CountingKeyring()
    keyring.set_keyring(backend)
    assert probe_keyring().usable and probe_keyring().usable
    assert backend.writes == 1 and backend.store == {}  # written once, then deleted


def test_locked_keyring_looks_usable_until_a_save_probes_it() -> None:
    backend = LockedKeyring()
    keyring.set_keyring(backend)
    assert keyring_status().usable and backend.writes == 0
    status = probe_keyring()
    assert not status.usable and "KeyringLocked" in status.detail
    probe_keyring()  # a failure is not remembered: after "unlock it and try again", it is
    assert backend.writes == 2


def test_probe_notices_a_keyring_that_loses_what_it_stores() -> None:
    class Forgetful(CountingKeyring):
        def get_password(self, service: str, username: str) -> str | None:
            return None

    keyring.set_keyring(Forgetful())
    status = probe_keyring()
    assert not status.usable and "did not return" in status.detail


@pytest.mark.expected_log("WARNING", r"keyring read failed")
def test_fail_backend_is_unusable_and_errors_are_wrapped() -> None:
    keyring.set_keyring(keyring.backends.fail.Keyring())  # the autouse fixture restores it
    status = keyring_status()
    assert not status.usable
    assert "fail" in status.backend_name
    assert not probe_keyring().usable
    store = PasswordStore()
    with pytest.raises(PasswordStoreError) as info:
        store.set(ACCOUNT, "secret-ž")
    assert "secret" not in str(info.value) and info.value.__context__ is None
    assert store.get(ACCOUNT) is None


def test_chainer_is_judged_by_what_it_chains(monkeypatch: pytest.MonkeyPatch) -> None:
    chainer = keyring.backends.chainer.ChainerBackend
    monkeypatch.setattr(chainer, "backends", [])
    keyring.set_keyring(chainer())
    status = keyring_status()
    assert not status.usable and "chainer" in status.backend_name
    monkeypatch.setattr(chainer, "backends", [CountingKeyring()])
    status = keyring_status()
    assert status.usable and status.backend_name.endswith("CountingKeyring")


def test_backend_whose_viability_check_fails_is_unusable() -> None:
    class NoDaemon(CountingKeyring):
        @properties.classproperty  # as keyring's Secret Service backend declares it
        def priority(cls) -> float:  # noqa: N805 - a class property
            raise RuntimeError("The Secret Service daemon is neither running nor activatable")

    keyring.set_keyring(NoDaemon())
    status = keyring_status()
    assert not status.usable and "daemon" in status.detail


def _no_secret_service(reason: str) -> None:
    """Skip on a developer machine without gnome-keyring; CI requires the real thing."""
    if os.environ.get("FAKTURA_REQUIRE_SECRET_SERVICE"):
        pytest.fail(f"a real Secret Service is required here: {reason}")
    pytest.skip(reason)


@pytest.mark.secret_service
def test_real_secret_service_round_trip() -> None:
    if not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        _no_secret_service("no DBUS_SESSION_BUS_ADDRESS: run under dbus-run-session")
    from keyring.backends import SecretService

    backend = SecretService.Keyring()
    try:
        backend.get_password(SERVICE, "__faktura_probe__")
    except Exception as exc:  # no Secret Service on the bus, or it is locked
        _no_secret_service(f"Secret Service not reachable: {type(exc).__name__}: {exc}")
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    account = f"test-{random.token_hex(4)}@smtp.example.lt"
    try:
        assert keyring_status().usable
        assert probe_keyring().usable  # a real write, read back and delete
        assert backend.get_password(SERVICE, "__faktura_probe__") is None
        store = PasswordStore()
        store.set(account, "slaptažodis-ž")
        assert PasswordStore().get(account) == "slaptažodis-ž"  # a new run reads it back
        store.delete(account)
        assert store.get(account) is None
    finally:
        keyring.set_keyring(previous)


class ReadLockedKeyring(MemoryKeyring):
    """Reads like Secret Service with a locked collection (the unlock prompt dismissed)."""

    def get_password(self, service: str, username: str) -> str | None:
        raise keyring.errors.KeyringLocked("Failed to unlock the collection!")


def test_read_tells_absent_from_locked_from_unavailable(memory_keyring: MemoryKeyring) -> None:
    store = PasswordStore()
    assert store.read(ACCOUNT) is None  # the keyring answered: nothing stored
    store.set(ACCOUNT, "slaptažodis-ž")
    assert store.read(ACCOUNT) == "slaptažodis-ž"
    keyring.set_keyring(ReadLockedKeyring())
    with pytest.raises(PasswordUnavailable) as locked:
        store.read(ACCOUNT)
    assert locked.value.locked
    keyring.set_keyring(keyring.backends.fail.Keyring())  # no keyring at all
    with pytest.raises(PasswordUnavailable) as missing:
        store.read(ACCOUNT)
    assert not missing.value.locked
    store.set(ACCOUNT, "tik-šiai-sesijai", session_only=True)
    assert store.read(ACCOUNT) == "tik-šiai-sesijai"  # memory first: no keyring asked


class PromptingKeyring(MemoryKeyring):
    """A read that waits for the user to answer an unlock prompt."""

    def __init__(self) -> None:
        super().__init__()
        self.answered = threading.Event()
        self.reads = 0

    def get_password(self, service: str, username: str) -> str | None:
        self.reads += 1
        self.answered.wait(10)
        return "slaptažodis-ž"


def test_a_read_waiting_for_a_prompt_lets_the_caller_stop() -> None:
    backend = PromptingKeyring()
    keyring.set_keyring(backend)
    store = PasswordStore()
    began = time.monotonic()
    with pytest.raises(PasswordUnavailable):
        store.read(ACCOUNT, stop=lambda: time.monotonic() - began > 0.3)  # quitting
    assert time.monotonic() - began < 1.0
    with pytest.raises(PasswordUnavailable):
        store.read(ACCOUNT, wait_s=0.2)  # the same prompt, not a second one
    backend.answered.set()
    assert store.read(ACCOUNT) == "slaptažodis-ž"
    assert backend.reads == 1
