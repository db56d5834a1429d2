"""A keyring backend for app subprocesses in tests that must keep a password between runs.

Select it with ``PYTHON_KEYRING_BACKEND=tests.file_keyring.FileKeyring`` and name the file in
``FAKTURA_TEST_KEYRING_FILE`` (inside the test's temporary folder): ``faktura db password``
stores there, the next command reads it back, as the OS keyring would between two runs.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError

VARIABLE = "FAKTURA_TEST_KEYRING_FILE"


class FileKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    @staticmethod
    def _file() -> Path:
        return Path(os.environ[VARIABLE])

    def _read(self) -> dict[str, str]:
        file = self._file()
        return json.loads(file.read_text(encoding="utf-8")) if file.exists() else {}

    def get_password(self, service: str, username: str) -> str | None:
        return self._read().get(f"{service}/{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        stored = self._read()
        stored[f"{service}/{username}"] = password
        self._file().write_text(json.dumps(stored), encoding="utf-8")

    def delete_password(self, service: str, username: str) -> None:
        stored = self._read()
        if stored.pop(f"{service}/{username}", None) is None:
            raise PasswordDeleteError(username)
        self._file().write_text(json.dumps(stored), encoding="utf-8")
