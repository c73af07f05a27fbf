"""How many examples a property test tries: its own count at Hypothesis's standard budget of
100 examples, scaled to the loaded profile's budget (tests/conftest.py: 25 by default, 200 with
``--hypothesis-profile=thorough``)."""

from __future__ import annotations

import math

from hypothesis import settings

STANDARD = 100


def examples(at_standard: int) -> int:
    """The count for this run: ``at_standard`` scaled, at least one."""
    return max(1, math.ceil(at_standard * settings.default.max_examples / STANDARD))
