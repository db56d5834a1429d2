"""The schema revisions this build knows, without importing Alembic.

Keep in step with ``migrations/versions``; ``tests/test_migrations.py`` checks that they match.
"""

from __future__ import annotations

KNOWN_REVISIONS: tuple[str, ...] = (
    "0001_initial",
    "0002_invoice_search",
    "0003_outbox",
    "0004_invoice_words",
    "0005_list_order_keys",
    "0006_legal_basis",
    "0007_isdoc_seller_details",
    "0008_team_mode",
    "0009_draft_versions",
    "0010_change_notices",
    "0011_invoice_trigrams",
    "0012_sent_copy",
    "0013_invoice_search_column",
    "0014_event_user",
    "0015_party_versions",
)
HEAD_REVISION = KNOWN_REVISIONS[-1]
