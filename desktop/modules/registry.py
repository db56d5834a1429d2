"""Installable integrations ("modules"): what exists, and which ones the user installed.

The Modules dialog only iterates a ``ModuleRegistry``; adding a module means registering one
more ``ModuleSpec`` (see ``smtp_module``), never editing the dialog.  This package imports
no widgets: a module names its settings widget by a ``"package.module:Factory"`` path that
the UI layer imports when the page is first shown.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator

from desktop import settings
from desktop.modules.smtp_module import SMTP_MODULE
from desktop.modules.spec import TR_CONTEXT, ModuleSpec
from desktop.storage import kv
from desktop.storage.database import Database

log = logging.getLogger(__name__)


class ModuleRegistry:
    """The known modules in display order, and their installed state in the database."""

    def __init__(self, db: Database) -> None:
        self._db = db
        self._modules: dict[str, ModuleSpec] = {}

    def register(self, spec: ModuleSpec) -> None:
        if spec.id in self._modules:
            raise ValueError(f"module {spec.id!r} is registered twice")
        self._modules[spec.id] = spec

    def __iter__(self) -> Iterator[ModuleSpec]:
        return iter(self._modules.values())

    def __len__(self) -> int:
        return len(self._modules)

    def get(self, module_id: str) -> ModuleSpec:
        return self._modules[module_id]

    def installed_ids(self) -> set[str]:
        with self._db.session() as session:
            return set(kv.read(session, settings.INSTALLED_MODULES))

    def is_installed(self, module_id: str) -> bool:
        return module_id in self.installed_ids()

    def _store(self, ids: set[str]) -> None:
        with self._db.session() as session:
            kv.write(session, settings.INSTALLED_MODULES, sorted(ids))
            session.commit()

    def install(self, module_id: str) -> None:
        """Run the module's install hook, then mark it installed (idempotent)."""
        spec = self.get(module_id)
        spec.on_install(self._db)
        self._store(self.installed_ids() | {module_id})
        log.info("module %s installed", module_id)

    def uninstall(self, module_id: str) -> None:
        """Remove the module's data (hook first, so a failure leaves it installed)."""
        spec = self.get(module_id)
        spec.on_uninstall(self._db)
        self._store(self.installed_ids() - {module_id})
        log.info("module %s removed", module_id)


def default_registry(db: Database) -> ModuleRegistry:
    """Every module this build ships, in the order the dialog lists them."""
    registry = ModuleRegistry(db)
    registry.register(SMTP_MODULE)
    return registry


__all__ = ["TR_CONTEXT", "ModuleRegistry", "ModuleSpec", "default_registry"]
