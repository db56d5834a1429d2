"""ISDOC 6.0.2, the Czech e-invoice XML (namespace ``http://isdoc.cz/namespace/2013``).

Built with the standard library from the same :class:`desktop.core.document.InvoiceDocument`
the PDF renders, so every amount is the one printed.  Entry points:
:func:`desktop.isdoc.build.isdoc_bytes` and :func:`desktop.isdoc.build.isdoc_file_name`.
"""
