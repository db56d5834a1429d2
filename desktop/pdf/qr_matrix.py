"""The modules of a payment QR code, with the standard's best data mask found quickly.

ISO/IEC 18004 §7.8.3 has the encoder try all eight data masks and keep the one with the lowest
penalty.  segno does that module by module in Python, which cost about as much as laying out the
rest of the invoice.  Here segno encodes once with mask 0, the mask is undone, and each of the
eight masks is scored on the whole symbol held as one integer (and as strings for the runs),
with segno's exact scoring rules.  The result is the same mask and the same symbol
``segno.make`` would give (tests/pdf/test_qr_matrix.py compares them), in a fraction of the time.

The per-version layout (data region, function patterns, mask patterns) comes from segno's
encoder module, which is not public API: a segno upgrade that changes it fails those tests.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import Any

_RUN = re.compile(r"0{5,}|1{5,}")  # N1: five or more modules of one colour in a line
_FINDER_LIKE = "1011101"  # N3: dark-light-dark-dark-dark-light-dark
_TO_DIGITS = bytes.maketrans(b"\x00\x01", b"01")
_SEPARATOR = "----"  # between lines: wide enough that N3's four-module look-around stops


@dataclass(frozen=True)
class _Layout:
    """Everything about a QR version that does not depend on the payload.

    Each field is a whole symbol as one int, one bit per module in reading order (row 0,
    column 0 in the highest bit), so a mask or a comparison is one integer operation.
    """

    width: int
    data: int  # the encoding region (the only modules a mask flips)
    fixed: int  # dark function-pattern modules as scored (format areas still light)
    flips: tuple[int, ...]  # per mask: the data modules it inverts
    format_area: int  # format information and the dark module
    formats: tuple[int, ...]  # per mask: its format information's dark modules
    block_corners: int  # modules that close a 2 × 2 block: neither in row 0 nor in column 0


def _bits(matrix: Iterable[Iterable[int]]) -> int:
    """A matrix of 0/1 (or true/false) module values as one int."""
    return int(b"".join(bytes(map(bool, row)) for row in matrix).translate(_TO_DIGITS), 2)


@cache
def _layout(version: int) -> _Layout:
    """Built once per version and process: it depends on nothing else."""
    from segno import consts, encoder

    enc: Any = encoder  # untyped internals; tests/pdf/test_qr_matrix.py pins their behaviour

    width = enc.calc_matrix_size(version)
    patterns = enc.make_matrix(width, width)
    enc.add_finder_patterns(patterns, width, width)
    enc.add_alignment_patterns(patterns, width, width)
    data = _bits([v > 1 for v in row] for row in patterns)
    fixed = _bits([v == 1 for v in row] for row in patterns)
    size = range(width)
    flips = tuple(
        _bits([fn(i, j) for j in size] for i in size) & data
        for fn in enc.get_data_mask_functions(False)
    )
    formats = []
    for mask in range(8):
        matrix = tuple(bytearray(width) for _ in size)
        enc.add_format_info(matrix, version, consts.ERROR_LEVEL_M, mask)
        formats.append(_bits(matrix))
    area = tuple(bytearray([2] * width) for _ in size)
    enc.add_format_info(area, version, consts.ERROR_LEVEL_M, 0)
    format_area = _bits([v < 2 for v in row] for row in area)
    corners = _bits([i > 0 and j > 0 for j in size] for i in size)
    return _Layout(width, data, fixed, flips, format_area, tuple(formats), corners)


def _finder_like_penalty(lines: str) -> int:
    """N3, counted exactly as segno's ``mask_scores`` counts it, over lines separated by at
    least four characters other than "1" (so a look-around never reaches the next line)."""
    count = 0
    index = lines.find(_FINDER_LIKE)
    while index != -1:
        after = index + 7
        if "1" not in lines[max(index - 4, 0) : index] or "1" not in lines[after : after + 4]:
            count += 40
        else:
            after = index + 4  # dark modules on both sides: look again from the middle
        index = lines.find(_FINDER_LIKE, after)
    return count


def _penalty(symbol: int, layout: _Layout) -> int:
    """N1 + N2 + N3 + N4 of ISO/IEC 18004 Table 11 for a symbol without format information."""
    width = layout.width
    text = format(symbol, f"0{width * width}b")
    rows = [text[i : i + width] for i in range(0, width * width, width)]
    columns = [text[j::width] for j in range(width)]
    lines = _SEPARATOR.join(rows + columns)
    runs = _RUN.findall(lines)
    n1 = sum(map(len, runs)) - 2 * len(runs)
    same_as_left = ~(symbol ^ (symbol >> 1))
    same_as_above = ~(symbol ^ (symbol >> width))
    blocks = same_as_left & (same_as_left >> width) & same_as_above & layout.block_corners
    n2 = 3 * blocks.bit_count()
    n3 = _finder_like_penalty(lines)
    n4 = 10 * int(abs(symbol.bit_count() / width**2 * 100 - 50) / 5)
    return n1 + n2 + n3 + n4


def qr_rows(payload: str) -> list[str]:
    """The symbol for ``payload`` (level M, UTF-8, no quiet zone) as rows of "0"/"1" characters.

    Level M is required by both the EPC and the SPAYD specification.
    """
    import segno

    code = segno.make(payload, error="m", boost_error=False, micro=False, encoding="utf-8", mask=0)
    layout = _layout(code.version)
    masked = _bits(code.matrix)
    plain = (masked ^ layout.flips[0]) & layout.data  # the codewords as placed, before any mask
    scores = [_penalty(layout.fixed | (plain ^ flips), layout) for flips in layout.flips]
    best = scores.index(min(scores))  # the first of equal scores, as segno picks
    final = (
        (masked & ~(layout.data | layout.format_area))
        | layout.formats[best]
        | (plain ^ layout.flips[best])
    )
    width = layout.width
    text = format(final, f"0{width * width}b")
    return [text[i : i + width] for i in range(0, width * width, width)]
