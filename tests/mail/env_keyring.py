"""A keyring backend for app subprocesses in tests: the password comes from an env variable.

Select it with ``PYTHON_KEYRING_BACKEND=tests.mail.env_keyring.EnvKeyring`` (keyring's own
switch); the subprocess cannot see the test's in-memory keyring, and no file is written.
"""

from __future__ import annotations

import os

from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError, PasswordSetError

VARIABLE = "FAKTURA_TEST_SMTP_PASSWORD"


class EnvKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def get_password(self, service: str, username: str) -> str | None:
        return os.environ.get(VARIABLE)

    def set_password(self, service: str, username: str, password: str) -> None:
        raise PasswordSetError("read-only test keyring")

    def delete_password(self, service: str, username: str) -> None:
        raise PasswordDeleteError("read-only test keyring")
