"""Icons from ``resources/icons`` (SVG, so they stay sharp at any scale)."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from desktop.paths import icons_dir


@cache
def icon(name: str) -> QIcon:
    return QIcon(str(icons_dir() / f"{name}.svg"))
