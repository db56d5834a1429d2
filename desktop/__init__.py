"""Faktura: offline-first desktop invoicing."""

from __future__ import annotations

__version__ = "0.1.0"
APP_NAME = "Faktura"
APP_ID = "faktura"
