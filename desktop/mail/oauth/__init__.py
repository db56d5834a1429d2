"""OAuth2 sign-in for SMTP (and IMAP): the authorization-code flow with PKCE through the
system browser and a loopback redirect (RFC 8252), and access tokens for SASL XOAUTH2.

Qt-free: the window opens the URL ``SignIn.start`` returns and runs ``SignIn.finish`` on
the job runner.  The refresh token lives in the keyring only (``tokens``).
"""
