"""The values the window's first paint imports each have a docstring of their own:
for a class without one, ``dataclasses`` writes one from ``inspect.signature`` while
the class is made (some 0.15 ms a class, at every start)."""

import dataclasses
import importlib

import pytest

# (The command line's GuiRequest and the store's BackupInfo are NamedTuples since
# round 10: see tests/ui/test_first_paint_imports.py.)
ON_THE_FIRST_PAINTS_PATH = (
    "rapporteur_app.domain.model",
    "rapporteur_app.domain.tally",
    "rapporteur_app.domain.first_fill",
    "rapporteur_app.domain.floor_request",
)


@pytest.mark.parametrize("name", ON_THE_FIRST_PAINTS_PATH)
def test_each_value_has_a_docstring(name: str) -> None:
    module = importlib.import_module(name)
    values = [
        value
        for value in vars(module).values()
        if isinstance(value, type) and dataclasses.is_dataclass(value) and value.__module__ == name
    ]
    assert values, name
    # A docstring dataclasses made begins with the class's name and its signature.
    made = [v.__name__ for v in values if (v.__doc__ or "").startswith(f"{v.__name__}(")]
    assert made == []
