#!/usr/bin/env bash
# The README's two commands:
#   ./dev.sh run  [ARGS...]   set up, then open Rapporteur (ARGS go to rapporteur-app)
#   ./dev.sh test [PYTEST ARGS...]  set up, then run every check and test
#   ./dev.sh samples          regenerate docs/samples/ (documents of the demo meeting)
#   ./dev.sh screenshots      regenerate docs/screenshots/ (the real program under Xvfb)
#   ./dev.sh bench [--smoke]  the benchmark suite (a few minutes; results in benchmark-results/)
#   ./dev.sh translations     extract the strings into resources/i18n/*.ts and build the .qm files
#   ./dev.sh bundle           the installer: a one-folder PyInstaller bundle in dist/rapporteur-app/
# Set-up is idempotent: the Debian libraries Qt needs (installed with apt-get when
# run as root, named exactly otherwise), a virtual environment in .venv, and the
# pinned Python packages of requirements/constraints.txt.
set -euo pipefail
cd "$(dirname "$0")"

PYTHON=${PYTHON:-python3}
VENV=${VENV:-.venv}

# Qt (even offscreen) needs these; a real X11 window also needs the xcb set.
QT_DEBS="libegl1 libgl1 libfontconfig1 libfreetype6 libglib2.0-0 libx11-6 libxkbcommon0
libdbus-1-3 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0
libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 libxkbcommon-x11-0 fonts-dejavu-core"

# The tests also run on a real PostgreSQL server they start themselves (initdb in a
# temporary folder; tests/postgres_server.py): Debian's server programs. LibreOffice's
# spreadsheet opens the log's CSV export to prove no cell becomes a formula
# (tests/reliability/test_privacy.py).
TEST_DEBS="postgresql libreoffice-calc-nogui"

# The benchmark's reference for the whole-process PDF, and a PDF reader.
BENCH_DEBS="libreoffice-writer-nogui poppler-utils"

say() { printf 'dev.sh: %s\n' "$*" >&2; }

# apt-get, waiting for the package lock when another install holds it (an unattended
# upgrade on a fresh CI machine) instead of failing at once.
apt_get() {
    local tries=0 err
    err=$(mktemp)
    until apt-get -o DPkg::Lock::Timeout=600 "$@" 2>"$err"; do
        if ! grep -qi "lock" "$err" || [ "$tries" -ge 60 ]; then
            cat "$err" >&2
            rm -f "$err"
            return 1
        fi
        tries=$((tries + 1))
        say "apt is busy with another install; waiting for its lock ($tries)"
        sleep 10
    done
    rm -f "$err"
}

missing_debs() {
    command -v dpkg-query >/dev/null 2>&1 || return 0
    local pkg
    for pkg in $QT_DEBS "$@"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || printf '%s ' "$pkg"
    done
}

ensure_debs() {
    local missing
    missing=$(missing_debs "$@")
    [ -z "$missing" ] && return 0
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
        say "installing Debian packages: $missing"
        apt_get update -qq
        DEBIAN_FRONTEND=noninteractive apt_get install -y -qq --no-install-recommends $missing >/dev/null
    else
        say "Debian packages are missing (Qt's libraries; for the tests, PostgreSQL too). Install them, then run this again:"
        say "  sudo apt-get install $missing"
        exit 1
    fi
}

# What the real-window tests need (an X server, real key events, screenshots): installed
# when run as root; otherwise those tests are skipped with the reason, nothing else.
REAL_WINDOW_DEBS="xvfb xauth xdotool imagemagick"

# Debian packages a part of the checks needs, installed when run as root; otherwise
# that part is skipped with the reason (offer_debs WHAT-FOR WHAT-IS-SKIPPED PACKAGES...).
offer_debs() {
    local for_what=$1 skipped=$2 missing
    shift 2
    missing=$(QT_DEBS="" missing_debs "$@")
    [ -z "$missing" ] && return 0
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
        say "installing Debian packages for $for_what: $missing"
        apt_get update -qq
        DEBIAN_FRONTEND=noninteractive apt_get install -y -qq --no-install-recommends $missing >/dev/null
    else
        say "$skipped without: sudo apt-get install $missing"
    fi
}

offer_real_window_debs() {
    offer_debs "the real-window tests" "the real-window tests will be skipped" $REAL_WINDOW_DEBS
}

# The bench runs without them and its whole-process PDF figure says that the
# comparison was skipped.
offer_bench_debs() {
    offer_debs "the benchmark's references" "the PDF's comparison with LibreOffice will be skipped" $BENCH_DEBS
}

ensure_python() {
    if ! "$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
        say "Rapporteur needs Python 3.11 or newer; '$PYTHON' is $("$PYTHON" --version 2>&1 || echo missing)."
        say "Set PYTHON=/path/to/python3.11 and run this again."
        exit 1
    fi
    # Debian's python3 has venv only with its python3-venv package.
    if ! "$PYTHON" -c 'import ensurepip, venv' 2>/dev/null; then
        ensure_debs python3-venv
    fi
}

# The program's own modules byte-compiled, as pip install and the bundle have them:
# an editable checkout has no .pyc otherwise where PYTHONDONTWRITEBYTECODE is set (this
# sandbox, many CI machines), and every start would compile them again (a third of the
# first paint). compileall skips what is up to date, so this is cheap on every call.
compile_program() {
    "$VENV/bin/python" -m compileall -q -j 0 rapporteur_app >/dev/null
}

ensure_venv() {
    local stamp="$VENV/.rapporteur-setup" want
    want=$(cat pyproject.toml requirements/constraints.txt | sha256sum | cut -d' ' -f1)
    if [ -x "$VENV/bin/python" ] && [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then
        compile_program
        return 0
    fi
    [ -x "$VENV/bin/python" ] || "$PYTHON" -m venv "$VENV"
    say "installing Python packages into $VENV (pinned in requirements/constraints.txt)"
    "$VENV/bin/python" -m pip install -q --upgrade "pip>=23.2"
    "$VENV/bin/python" -m pip install -q -c requirements/constraints.txt -e ".[test]"
    echo "$want" > "$stamp"
    compile_program
}

cmd=${1:-}
[ $# -gt 0 ] && shift
case "$cmd" in
    run)
        ensure_python; ensure_debs; ensure_venv
        exec "$VENV/bin/rapporteur-app" "$@"
        ;;
    test)
        # appstream: the test that validates the AppStream metainfo.
        ensure_python; ensure_debs $TEST_DEBS appstream; offer_real_window_debs; ensure_venv
        export QT_QPA_PLATFORM=offscreen
        say "ruff (lint and format), mypy (strict on the whole package), import-linter (layers)"
        say "pytest on SQLite and on a throw-away PostgreSQL server (RAPPORTEUR_TEST_ENGINES=sqlite: SQLite alone)"
        "$VENV/bin/ruff" check --quiet .
        "$VENV/bin/ruff" format --check --quiet .
        "$VENV/bin/mypy" --no-error-summary
        "$VENV/bin/lint-imports" --no-cache >/dev/null || "$VENV/bin/lint-imports" --no-cache
        say "translations (a .ts out of step with the code, or a string left untranslated, fails)"
        "$VENV/bin/python" tools/translations.py check
        status=0
        "$VENV/bin/python" -m pytest "$@" || status=$?
        # pytest says 5 when it collected nothing: that is a failure here, not a pass.
        exit "$status"
        ;;
    samples)
        ensure_python; ensure_debs poppler-utils; ensure_venv
        exec "$VENV/bin/python" tools/make_samples.py
        ;;
    bench)
        # LibreOffice is the whole-process PDF's reference (its Writer converts our DOCX);
        # poppler's tools read the PDFs back.
        ensure_python; ensure_debs $TEST_DEBS; offer_bench_debs; ensure_venv
        export QT_QPA_PLATFORM=offscreen
        "$VENV/bin/python" -m tests.benchmarks.run "$@"
        "$VENV/bin/python" -m tests.benchmarks.draft_probe "$@"
        "$VENV/bin/python" -m tests.benchmarks.search_probe "$@"
        # The year across meetings: 1,000,000 statements over 200 meetings.
        "$VENV/bin/python" -m tests.benchmarks.year_probe "$@"
        # PostgreSQL beside SQLite in the same run (a throw-away server, as the tests').
        exec "$VENV/bin/python" -m tests.benchmarks.team_probe "$@"
        ;;
    bundle)
        ensure_python; ensure_debs; ensure_venv
        "$VENV/bin/pyinstaller" --noconfirm --log-level WARN --distpath dist \
            --workpath build/pyinstaller packaging/rapporteur.spec
        say "built dist/rapporteur-app/ (run dist/rapporteur-app/rapporteur-app; see packaging/README.md)"
        ;;
    translations)
        ensure_python; ensure_debs; ensure_venv
        exec "$VENV/bin/python" tools/translations.py update
        ;;
    screenshots)
        ensure_python; ensure_debs xvfb xauth; ensure_venv
        unset QT_QPA_PLATFORM
        exec xvfb-run -a -s "-screen 0 1600x1000x24" "$VENV/bin/python" tools/make_screenshots.py "$@"
        ;;
    *)
        echo "usage: ./dev.sh run [ARGS...] | ./dev.sh test [PYTEST ARGS...] | ./dev.sh samples | ./dev.sh screenshots | ./dev.sh bench | ./dev.sh translations | ./dev.sh bundle" >&2
        exit 2
        ;;
esac
