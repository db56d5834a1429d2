"""One line of an invoice's history, as the editor and the command line show it.

``kind`` is the event's stored code (``created``, ``issued``, ``email_sent`` …); the
interface says it in words.  ``user`` is who did it ("" for events older than the names).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class HistoryEntry:
    at: datetime
    kind: str
    user: str
    detail: str
