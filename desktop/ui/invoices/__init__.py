"""The invoice screens: list, editor, lines, totals."""
