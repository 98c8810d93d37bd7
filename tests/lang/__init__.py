"""Per-language test rows: tests/lang/<code>/test_<area>.py hold tables, <area>_rows.py the checks."""

import pkgutil

import pytest

# The checks run outside test modules; rewrite their asserts so a failing row shows its values.
pytest.register_assert_rewrite(*(f"{__name__}.{m.name}" for m in pkgutil.iter_modules(__path__)
                                 if m.name.endswith("_rows") or m.name == "table"))
