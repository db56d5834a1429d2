"""The modules of a payment QR code, with the standard's best data mask found quickly.

ISO/IEC 18004 §7.8.3 has the encoder try all eight data masks and keep the one with the lowest
penalty.  segno does that module by module in Python, which cost about as much as laying out the
rest of the invoice.  Here segno encodes once with mask 0, the mask is undone, and each of the
eight masks is scored on the whole symbol held as one integer (and as strings for the runs),
with segno's exact scoring rules.  The result is the same mask and the same symbol
``segno.make`` would give (tests/pdf/test_qr_matrix.py compares them), in a fraction of the time.

Only segno's public API is used (``segno.make`` with a given version and mask, and the symbol's
``matrix``).  The per-version layout (data region, function patterns, mask patterns) is the
standard's geometry, and the dark modules of the function patterns and of each mask's format
information are read from segno's own symbols, eight encodings once per version and process.
Measured on the sample invoice (benchmarks/pdf_bench.py): segno's own mask search costs
about 10 ms per code against about 4 ms here, some 30 % of ``pdf_ms``, which is why this module
exists at all.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
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


def _alignment_centres(version: int, width: int) -> list[int]:
    """Row/column centres of the alignment patterns (ISO/IEC 18004 Annex E, as a formula)."""
    if version == 1:
        return []
    count = version // 7 + 2
    step = (version * 8 + count * 3 + 5) // (count * 4 - 4) * 2
    return [6, *reversed([width - 7 - i * step for i in range(count - 1)])]


def _regions(version: int, width: int) -> tuple[int, int, int]:
    """(function patterns, format area with the dark module, version areas) as bit sets.

    Positions from the standard's geometry; which of them are dark comes from segno's symbol.
    """
    function = [bytearray(width) for _ in range(width)]
    formats = [bytearray(width) for _ in range(width)]
    versions = [bytearray(width) for _ in range(width)]

    def fill(grid: list[bytearray], rows: range, columns: range) -> None:
        for i in rows:
            for j in columns:
                grid[i][j] = 1

    near, far = range(8), range(width - 8, width)
    fill(function, near, near)  # finder patterns with their separators
    fill(function, near, far)
    fill(function, far, near)
    fill(function, range(6, 7), range(width))  # timing patterns
    fill(function, range(width), range(6, 7))
    centres = _alignment_centres(version, width)
    corners = {(6, 6), (6, centres[-1] if centres else 6), (centres[-1] if centres else 6, 6)}
    for i in centres:
        for j in centres:
            if (i, j) not in corners:
                fill(function, range(i - 2, i + 3), range(j - 2, j + 3))
    fill(formats, range(9), range(8, 9))  # around the top-left finder
    fill(formats, range(8, 9), range(9))
    fill(formats, range(8, 9), range(width - 8, width))  # top right
    fill(formats, range(width - 8, width), range(8, 9))  # bottom left, with the dark module
    if version >= 7:
        fill(versions, range(6), range(width - 11, width - 8))
        fill(versions, range(width - 11, width - 8), range(6))
    return _bits(function), _bits(formats), _bits(versions)


def _encode(payload: str, version: int | None = None, mask: int | None = None) -> Any:
    """segno's public ``make`` with the payment codes' fixed options (level M, UTF-8)."""
    import segno

    return segno.make(
        payload, error="m", version=version, mask=mask, boost_error=False, micro=False,
        encoding="utf-8",
    )  # fmt: skip


@cache
def _mask_flips(width: int) -> tuple[int, ...]:
    """Per data mask (ISO/IEC 18004 Table 10), the modules it inverts, anywhere."""
    size = range(width)
    return tuple(_bits([fn(i, j) for j in size] for i in size) for fn in _MASKS)


_MASKS: tuple[Callable[[int, int], bool], ...] = (
    lambda i, j: (i + j) % 2 == 0,
    lambda i, j: i % 2 == 0,
    lambda i, j: j % 3 == 0,
    lambda i, j: (i + j) % 3 == 0,
    lambda i, j: (i // 2 + j // 3) % 2 == 0,
    lambda i, j: (i * j) % 2 + (i * j) % 3 == 0,
    lambda i, j: ((i * j) % 2 + (i * j) % 3) % 2 == 0,
    lambda i, j: ((i + j) % 2 + (i * j) % 3) % 2 == 0,
)

_layouts: dict[int, _Layout] = {}


def _layout(version: int, payload: str) -> _Layout:
    """Built once per version and process (``payload`` is any of that version)."""
    found = _layouts.get(version)
    if found is not None:
        return found
    symbols = [_bits(_encode(payload, version, mask).matrix) for mask in range(8)]
    width = 17 + 4 * version
    function, format_area, version_area = _regions(version, width)
    data = ((1 << width * width) - 1) & ~(function | format_area | version_area)
    fixed = symbols[0] & function  # as scored: format and version areas still light
    flips = tuple(flip & data for flip in _mask_flips(width))
    formats = tuple(symbol & format_area for symbol in symbols)
    size = range(width)
    corners = _bits([i > 0 and j > 0 for j in size] for i in size)
    layout = _Layout(width, data, fixed, flips, format_area, formats, corners)
    _layouts[version] = layout
    return layout


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
    code = _encode(payload, mask=0)
    layout = _layout(code.version, payload)
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
