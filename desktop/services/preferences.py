"""The user's choices that are not business data: the interface language, the window's layout."""

from __future__ import annotations

from desktop import settings
from desktop.paths import DataPaths
from desktop.services import history_name
from desktop.services.database import Books, saved_setting


class PreferenceService:
    def __init__(self, books: Books, paths: DataPaths | None = None) -> None:
        self._books = books
        self._paths = paths

    def history_name(self) -> str:
        """The name chosen for the invoice history on this computer, "" when none."""
        return history_name.saved(self._paths) if self._paths is not None else ""

    def default_history_name(self) -> str:
        """What the history shows without a chosen name: the database role or the login."""
        return self._books.default_user

    def set_history_name(self, name: str) -> str:
        """Keep the name for this computer (``OSError`` when the folder cannot be written)
        and record it on every later change; "" goes back to the role or the login."""
        kept = history_name.save(self._paths, name) if self._paths is not None else name.strip()
        self._books.act_as(kept)
        return kept

    def language(self) -> str | None:
        """The saved interface language (en, lt, cs), or None when never chosen."""
        value: str | None = saved_setting(self._books, settings.LANGUAGE)
        return value

    def set_language(self, code: str) -> None:
        from desktop.storage import kv

        with self._books.transaction() as session:
            kv.write(session, settings.LANGUAGE, code)

    def pane_visible(self) -> bool | None:
        """Whether the notification pane was left shown; None until the first send."""
        value: bool | None = saved_setting(self._books, settings.NOTIFICATION_PANE)
        return value

    def set_pane_visible(self, visible: bool) -> None:
        from desktop.storage import kv

        with self._books.transaction() as session:
            kv.write(session, settings.NOTIFICATION_PANE, visible)

    def layout(self) -> dict[str, int]:
        """Widths the user set (side panels, list columns), by name."""
        value: dict[str, int] = saved_setting(self._books, settings.WINDOW_LAYOUT)
        return dict(value)

    def set_layout(self, widths: dict[str, int]) -> None:
        """Store the whole layout (the window keeps it in memory and writes it as one)."""
        from desktop.storage import kv

        kept = {name: int(width) for name, width in widths.items() if 0 < int(width) < 10000}
        with self._books.transaction() as session:
            kv.write(session, settings.WINDOW_LAYOUT, kept)
