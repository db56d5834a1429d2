"""SMTP passwords in the OS keyring, after Vorta's keyring abstraction (``vorta/keyring``).

Passwords never touch SQLite, settings files or logs (ARCHITECTURE.md "Data").  When no usable
keyring exists (bare Linux without a Secret Service), the UI offers "remember for this session
only": the password then lives in this process's memory and nowhere else.
"""

from __future__ import annotations

import logging
import secrets as _random
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

import keyring
import keyring.backends.chainer
import keyring.backends.fail
import keyring.backends.null
import keyring.errors
from keyring.backend import KeyringBackend

SERVICE = "faktura-smtp"
_PROBE_ACCOUNT = "__faktura_probe__"

log = logging.getLogger(__name__)


class PasswordStoreError(Exception):
    """The keyring refused to store or read a password (locked, denied, broken backend)."""


class PasswordUnavailable(PasswordStoreError):  # noqa: N818 - a state, like KeyringLocked
    """The keyring gave no answer: ``locked`` (the user dismissed the unlock prompt, or
    has not answered it yet) or unavailable (no daemon, a D-Bus error).  Not the same as
    "no password stored": sending waits for the keyring instead of logging in without one."""

    def __init__(self, detail: str, *, locked: bool) -> None:
        super().__init__(detail)
        self.locked = locked


#: How long a read waits for the keyring (an unlock prompt may be on screen) before the
#: caller hears "locked"; the read itself goes on, and the next ``read`` takes its answer.
READ_WAIT_S = 20.0
_POLL_S = 0.1


@dataclass(frozen=True)
class KeyringStatus:
    """Where a saved password would go, for the form's "stored in …" hint."""

    usable: bool
    backend_name: str
    detail: str


def _backend_name(backend: KeyringBackend) -> str:
    cls = type(backend)
    return f"{cls.__module__}.{cls.__qualname__}"


def _is_null_backend(backend: KeyringBackend) -> bool:
    if isinstance(backend, keyring.backends.fail.Keyring):
        return True
    return isinstance(backend, keyring.backends.null.Keyring)


def _target(backend: KeyringBackend) -> KeyringBackend | None:
    """The backend a password would really go to: the chainer writes to its first link."""
    if isinstance(backend, keyring.backends.chainer.ChainerBackend):
        links = list(backend.backends)
        return links[0] if links else None
    return backend


def keyring_status() -> KeyringStatus:
    """Judge the active backend without writing to it; never raises.

    Cheap enough for every form open: nothing is stored, so a locked keyring does not ask
    for its password here.  A backend that looks fine can still refuse the first write
    (locked and the user cancels the prompt): ``probe_keyring`` finds that out on save.
    """
    name = "unknown"
    try:
        backend = keyring.get_keyring()
        name = _backend_name(backend)
        target = _target(backend)
        if target is None:
            return KeyringStatus(False, name, "no keyring backend is available")
        name = _backend_name(target)
        if _is_null_backend(target):
            return KeyringStatus(False, name, "no keyring backend is available")
        # keyring's own viability test; Secret Service asks D-Bus whether its daemon answers
        # (a question, not a write).
        priority = float(type(target).priority)
    except Exception as exc:  # a broken keyring config must not crash the form
        return KeyringStatus(False, name, f"{type(exc).__name__}: {exc}")
    if priority <= 0:
        return KeyringStatus(False, name, "the keyring backend is not usable here")
    return KeyringStatus(True, name, "")


_probed: KeyringBackend | None = None  # the backend whose probe succeeded in this process
_probe_lock = threading.Lock()


def probe_keyring() -> KeyringStatus:
    """Store, read back and delete a throw-away entry: once per process after a success.

    Only for the moment a password is about to be saved, because the write may make a locked
    keyring ask for its password (as the real write would).  A failure is not remembered:
    the form tells the user to unlock the keyring and save again, and then it is tried again.
    Never raises.
    """
    global _probed
    status = keyring_status()
    if not status.usable:
        return status
    with _probe_lock:
        backend = keyring.get_keyring()
        if backend is _probed:
            return status
        probe = _random.token_hex(8)
        try:
            backend.set_password(SERVICE, _PROBE_ACCOUNT, probe)
            read_back = backend.get_password(SERVICE, _PROBE_ACCOUNT)
            backend.delete_password(SERVICE, _PROBE_ACCOUNT)
        except Exception as exc:  # locked collection, D-Bus errors, denied access...
            return KeyringStatus(False, status.backend_name, f"{type(exc).__name__}: {exc}")
        if read_back != probe:
            detail = "the keyring did not return what was stored"
            return KeyringStatus(False, status.backend_name, detail)
        _probed = backend
    return status


def _call(function: Callable[..., object], *args: str) -> None:
    """Run a keyring write; raise PasswordStoreError *outside* the handler, so neither the
    backend's exception nor a traceback whose locals hold the password is chained to it."""
    error = ""
    try:
        function(*args)
    except keyring.errors.PasswordDeleteError:
        pass  # deleting what is not there
    except Exception as exc:  # locked, denied, no backend, D-Bus failure
        error = f"{type(exc).__name__}: {exc}"
        for arg in args[2:]:  # the password, if any
            error = error.replace(arg, "***")
    if error:
        raise PasswordStoreError(error)


class _Read:
    """One keyring read on a daemon thread of its own, like the DNS look-up in ``netio``.

    A locked Secret Service answers a read with an unlock prompt and waits for the user, as
    long as they take; nothing interrupts it.  On a thread of the mailer's that would hold up
    quitting, so the read runs here and the mailer only waits for it, as long as it wants.
    The thread does that one call and nothing else; it ends when the keyring answers.
    """

    def __init__(self, account: str) -> None:
        self.done = threading.Event()
        self.value: str | None = None
        self.error: PasswordUnavailable | None = None
        threading.Thread(
            target=self._run, args=(account,), name="keyring-read", daemon=True
        ).start()

    def _run(self, account: str) -> None:
        try:
            self.value = keyring.get_password(SERVICE, account)
        except keyring.errors.KeyringLocked as exc:
            self.error = PasswordUnavailable(f"{type(exc).__name__}: {exc}", locked=True)
        except Exception as exc:  # no daemon, D-Bus failure, a broken backend
            self.error = PasswordUnavailable(f"{type(exc).__name__}: {exc}", locked=False)
        finally:
            self.done.set()


class PasswordStore:
    """One per app run. Session-only passwords shadow keyring entries for that account."""

    def __init__(self) -> None:
        self._session: dict[str, str] = {}
        self._lock = threading.Lock()
        self._reads: dict[str, _Read] = {}

    def __repr__(self) -> str:  # never show the session passwords
        return f"<PasswordStore session_accounts={len(self._session)}>"

    def set(self, account: str, password: str, *, session_only: bool = False) -> None:
        """Store; with ``session_only`` the keyring is not touched (nothing is written)."""
        with self._lock:
            if session_only:
                self._session[account] = password
                return
            self._session.pop(account, None)
        _call(keyring.set_password, SERVICE, account, password)

    def get(self, account: str) -> str | None:
        """Session value first, then the keyring; None when absent or unreadable."""
        with self._lock:
            if account in self._session:
                return self._session[account]
        try:
            return keyring.get_password(SERVICE, account)
        except Exception as exc:
            log.warning("keyring read failed for %s: %s", account, type(exc).__name__)
            return None

    def read(
        self,
        account: str,
        *,
        stop: Callable[[], bool] = lambda: False,
        wait_s: float = READ_WAIT_S,
    ) -> str | None:
        """For sending: the password, None when none is stored, ``PasswordUnavailable`` when
        the keyring does not answer (locked, not running) -- ``get`` reads both as None.

        Waits for the keyring at most ``wait_s`` and only while ``stop()`` is false (quitting
        never waits for an unlock prompt); a read still going on is joined, not repeated,
        so a slow keyring shows one prompt, not one per try.
        """
        with self._lock:
            if account in self._session:
                return self._session[account]
            pending = self._reads.get(account)
            if pending is None:
                pending = self._reads[account] = _Read(account)
        deadline = time.monotonic() + wait_s
        while not pending.done.wait(_POLL_S):
            if stop() or time.monotonic() >= deadline:
                raise PasswordUnavailable("the keyring did not answer in time", locked=True)
        with self._lock:
            if self._reads.get(account) is pending:
                del self._reads[account]
        if pending.error is not None:
            raise pending.error
        return pending.value

    def delete(self, account: str) -> None:
        """Forget everywhere; a missing entry is not an error."""
        with self._lock:
            self._session.pop(account, None)
        _call(keyring.delete_password, SERVICE, account)

    def is_session_only(self, account: str) -> bool:
        with self._lock:
            return account in self._session
