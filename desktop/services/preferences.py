"""The user's choices that are not business data: for now, the interface language."""

from __future__ import annotations

from desktop import settings
from desktop.services.database import Books, saved_setting


class PreferenceService:
    def __init__(self, books: Books) -> None:
        self._books = books

    def language(self) -> str | None:
        """The saved interface language (en, lt, cs), or None when never chosen."""
        value: str | None = saved_setting(self._books, settings.LANGUAGE)
        return value

    def set_language(self, code: str) -> None:
        from desktop.storage import kv

        with self._books.transaction() as session:
            kv.write(session, settings.LANGUAGE, code)
