"""Performance harness: ``python -m benchmarks [--quick] [--json]`` (not run by the tests).

Every figure is measured beside its floor in the same run, because shared machines are noisy.
"""

from __future__ import annotations
