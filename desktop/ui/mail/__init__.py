"""Compose, notification pane, SMTP settings and connection test, setup guides."""
