"""Invoice PDFs (reportlab): fonts, layout, payment QR codes.

Entry points: :func:`desktop.pdf.render.render_invoice_pdf` and
:func:`desktop.pdf.export.export_invoice_pdf`.  This package file imports nothing heavy, so
importing ``desktop.pdf`` at app start-up does not load reportlab.
"""
