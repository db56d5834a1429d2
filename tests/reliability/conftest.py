"""The mail drills' database and STARTTLS server: the outbox tests' own fixtures."""

from tests.mail.outbox_fixtures import db, server  # noqa: F401 - fixtures
