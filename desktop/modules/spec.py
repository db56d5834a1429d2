"""What a module is: its id, its texts for the Modules dialog, and its install hooks.

Apart from the registry, so a module's own file (``smtp_module``) can describe itself
without importing the registry that lists it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from desktop.storage.database import Database

Hook = Callable[[Database], None]


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks ``text`` for extraction; the UI translates it with this context at show time."""
    return text


#: The translation context of module names and descriptions.
TR_CONTEXT = "Modules"


def _no_hook(db: Database) -> None:
    return None


@dataclass(frozen=True)
class ModuleSpec:
    """One installable integration.

    ``name`` and ``description`` are English source texts (translated by the UI in context
    ``TR_CONTEXT``); ``icon`` is an icon name from ``resources/icons``; ``settings_widget``
    is ``"module.path:callable"`` taking ``(context, parent)`` and returning a widget, or
    empty when the module has nothing to set up.  ``on_uninstall`` must remove everything the
    module stored, secrets included.
    """

    id: str
    name: str
    description: str
    icon: str
    settings_widget: str = ""
    on_install: Hook = _no_hook
    on_uninstall: Hook = _no_hook
