"""The keyring entry of an OAuth2 refresh token: next to the SMTP password's, apart from it.

A module of its own with no imports of ours, so ``settings_repo`` (which moves and deletes
keyring entries) can name it without importing the token code that imports it back.
"""

from __future__ import annotations

from desktop.mail.settings import SmtpSettings

_ACCOUNT_PREFIX = "oauth2-refresh:"


def oauth_account(settings: SmtpSettings) -> str:
    """Switching between password and OAuth2 loses neither credential."""
    return _ACCOUNT_PREFIX + settings.keyring_account()
