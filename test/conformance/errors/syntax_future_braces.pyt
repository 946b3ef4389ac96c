# test an unknown __future__ feature (and braces: "not a chance")
"""A docstring may come first."""
from __future__ import annotations
from __future__ import braces
