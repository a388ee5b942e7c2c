"""PySide's look at each newly imported module, answered from the file's bytes: the
same answers as PySide's own, no source tokenized or kept; PySide's check left alone
when its private names are gone."""

import builtins
import inspect
import sys
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.support import feature

from rapporteur_app.ui import pyside_source_check
from rapporteur_app.ui.pyside_source_check import check_imports_cheaply, uses_pyside


@pytest.fixture
def pyside_check(monkeypatch: pytest.MonkeyPatch) -> object:
    """PySide's own check, put back after the test whatever the test did to it."""
    check = feature._mod_uses_pyside
    original = getattr(check, "pyside_check", check)
    monkeypatch.setattr(feature, "_mod_uses_pyside", original)
    return original


def _module(folder: Path, name: str, text: str) -> ModuleType:
    (folder / f"{name}.py").write_text(text, encoding="utf-8")
    # By the import statement's way, PySide's __import__ hook, as a program imports; named
    # by its own builtins entry, not ``__import__``: while another thread's import is in
    # PySide's look at a module, PySide puts the plain import in ``__import__`` for the
    # whole process (a worker left by an earlier test importing lazily), and an import
    # through it in that moment is not looked at.
    hook = getattr(builtins, "__feature_import__", None)
    module = hook(name) if callable(hook) else __import__(name)
    assert isinstance(module, ModuleType)
    return module


def test_a_new_module_is_looked_at_from_its_bytes(
    pyside_check: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert check_imports_cheaply() is True
    assert check_imports_cheaply() is True  # a second call changes nothing
    assert feature._mod_uses_pyside is not pyside_check
    assert feature._mod_uses_pyside.pyside_check is pyside_check

    def no_source_reading(*args: object, **kwargs: object) -> str:
        raise AssertionError("PySide read a module's source")

    monkeypatch.setattr(inspect, "getsource", no_source_reading)
    monkeypatch.syspath_prepend(str(tmp_path))
    with_qt = _module(tmp_path, "probe_with_qt", "import PySide6.QtCore\nVALUE = 1\n")
    without = _module(tmp_path, "probe_without_qt", "VALUE = 2\n")
    try:
        assert feature.pyside_feature_dict["probe_with_qt"] == 0  # "no feature"
        assert feature.pyside_feature_dict["probe_without_qt"] == -1  # "left out"
        assert (with_qt.VALUE, without.VALUE) == (1, 2)
    finally:
        for name in ("probe_with_qt", "probe_without_qt"):
            sys.modules.pop(name, None)
            feature.pyside_feature_dict.pop(name, None)


def test_the_answers_are_pysides(pyside_check: object) -> None:
    check = pyside_check
    assert callable(check)
    modules = [m for m in list(sys.modules.values()) if isinstance(m, ModuleType)]
    # The program's, the standard library's, PySide's, built-in ones and extensions.
    assert len(modules) > 200
    for module in modules:
        assert uses_pyside(module, check) == check(module), module.__name__
    assert uses_pyside(pyside_source_check, check) is True
    assert uses_pyside(sys, check) is False


def test_a_module_not_on_disk_is_asked_pysides_way(tmp_path: Path) -> None:
    gone = ModuleType("gone")
    gone.__file__ = str(tmp_path / "gone.py")
    asked: list[str] = []

    def pysides(module: ModuleType) -> bool:
        asked.append(module.__name__)
        return False

    assert uses_pyside(gone, pysides) is False
    assert asked == ["gone"]


@pytest.mark.parametrize("missing", ["_mod_uses_pyside", "feature_imported", "pyside_feature_dict"])
def test_without_pysides_private_names_its_own_check_runs(
    pyside_check: object, monkeypatch: pytest.MonkeyPatch, missing: str
) -> None:
    # A later PySide, as far as this module can tell: the same module, one name gone
    # (a copy: the real one goes on serving the imports meanwhile).
    later = ModuleType(feature.__name__)
    later.__dict__.update({k: v for k, v in vars(feature).items() if k != missing})
    monkeypatch.setitem(sys.modules, "PySide6.support.feature", later)
    assert check_imports_cheaply() is False
    assert getattr(later, "_mod_uses_pyside", None) is (
        None if missing == "_mod_uses_pyside" else pyside_check
    )


def test_without_pysides_feature_module_nothing_is_changed(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delitem(sys.modules, "PySide6.support.feature")
    assert check_imports_cheaply() is False
