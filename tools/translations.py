"""The translation pipeline: ``./dev.sh translations`` and its check in ``./dev.sh test``.

    python tools/translations.py update   extract the strings into resources/i18n/*.ts
                                          (pyside6-lupdate), then build the .qm files
                                          the program loads (pyside6-lrelease)
    python tools/translations.py check    fail if a .ts misses a string of the code, keeps
                                          one the code lost, leaves one untranslated, or
                                          if a .qm is not the build of its .ts

Both tools come with PySide6-Essentials. The .ts files are written without line
numbers, so that moving code does not change them; the .qm files are checked in
so that a wheel or a bundle needs no Qt tool to be built.
"""

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from xml.etree import ElementTree

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"
LANGUAGES = ("ru", "fr")


def _tool(name: str) -> str:
    beside = Path(sys.executable).parent / name
    return str(beside) if beside.exists() else name


def sources() -> list[str]:
    ui = ROOT / "rapporteur_app" / "ui"
    return [str(p.relative_to(ROOT)) for p in sorted(ui.rglob("*.py"))]


def ts_path(language: str, folder: Path = I18N) -> Path:
    return folder / f"rapporteur_{language}.ts"


def qm_path(language: str, folder: Path = I18N) -> Path:
    return folder / f"rapporteur_{language}.qm"


def _lupdate(ts: Path) -> None:
    subprocess.run(
        [
            _tool("pyside6-lupdate"),
            *sources(),
            "-locations",
            "none",
            "-no-obsolete",
            "-ts",
            str(ts),
        ],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )


def _lrelease(ts: Path, qm: Path) -> None:
    subprocess.run(
        [_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)],
        check=True,
        capture_output=True,
    )


def update() -> None:
    I18N.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        _lupdate(ts_path(language))
        _lrelease(ts_path(language), qm_path(language))
        left = len(untranslated(ts_path(language)))
        print(f"{ts_path(language).relative_to(ROOT)}: {left} to translate")


def untranslated(ts: Path) -> list[str]:
    tree = ElementTree.parse(ts)
    missing = []
    for message in tree.iter("message"):
        translation = message.find("translation")
        done = translation is not None and translation.get("type") is None
        if translation is not None and message.get("numerus") == "yes":
            texts = [form.text or "" for form in translation.iter("numerusform")]
        else:
            texts = [translation.text or ""] if translation is not None else []
        if not done or not texts or not all(text.strip() for text in texts):
            missing.append(message.findtext("source") or "")
    return missing


def check() -> list[str]:
    problems = []
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        for language in LANGUAGES:
            kept = ts_path(language)
            if not kept.exists():
                problems.append(f"{kept.relative_to(ROOT)} is missing: run ./dev.sh translations")
                continue
            fresh = ts_path(language, folder)
            shutil.copy(kept, fresh)
            _lupdate(fresh)
            if fresh.read_bytes() != kept.read_bytes():
                problems.append(
                    f"{kept.relative_to(ROOT)} is stale (the code's strings changed): "
                    "run ./dev.sh translations and translate what is new"
                )
            for source in untranslated(kept):
                problems.append(f"{kept.relative_to(ROOT)}: not translated: {source!r}")
            built = qm_path(language, folder)
            _lrelease(kept, built)
            if (
                not qm_path(language).exists()
                or built.read_bytes() != qm_path(language).read_bytes()
            ):
                problems.append(
                    f"{qm_path(language).relative_to(ROOT)} is not the build of its .ts: "
                    "run ./dev.sh translations"
                )
    return problems


def main(argv: list[str]) -> int:
    if argv[1:] == ["update"]:
        update()
        return 0
    if argv[1:] == ["check"]:
        problems = check()
        for problem in problems:
            print(f"translations: {problem}", file=sys.stderr)
        return 1 if problems else 0
    print("usage: tools/translations.py update|check", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
