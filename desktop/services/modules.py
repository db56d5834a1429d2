"""Installable integrations: which exist, which the user installed, installing and removing."""

from __future__ import annotations

from desktop.modules.registry import ModuleRegistry, ModuleSpec, default_registry
from desktop.services.database import Books


class ModuleService:
    def __init__(self, books: Books, registry: ModuleRegistry | None = None) -> None:
        self._registry = registry or default_registry(books.database)

    def specs(self) -> list[ModuleSpec]:
        """Every module this build ships, in display order."""
        return list(self._registry)

    def spec(self, module_id: str) -> ModuleSpec:
        return self._registry.get(module_id)

    def installed(self) -> set[str]:
        return self._registry.installed_ids()

    def is_installed(self, module_id: str) -> bool:
        return self._registry.is_installed(module_id)

    def install(self, module_id: str) -> None:
        self._registry.install(module_id)

    def uninstall(self, module_id: str) -> None:
        """Removes the module's data too (its SMTP account and stored password)."""
        self._registry.uninstall(module_id)
