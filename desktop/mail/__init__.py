"""The mail layer (no Qt): SMTP settings, passwords, presets, MIME, transport, diagnostics.

Public modules: ``settings`` (SmtpSettings), ``secrets`` (keyring), ``providers`` (presets),
``compose`` (build_message), ``tls`` (contexts, pinning), ``errors`` (SmtpFailure, classify),
``transport`` (SmtpConnection, Step), ``diagnostics`` (run_connection_test) and ``guidance``.
Helpers: ``steps``, ``link``, ``netio``, ``envelope``, ``x509``.  See ARCHITECTURE.md and
``../shared/docs/SMTP.md`` (beside the project root) for the rules encoded here.
"""
