"""Regenerate docs/samples/: every document of the demo meeting, DOCX and PDF,
and PNG pictures of the PDF pages for the README.

Run through `./dev.sh samples`, which installs pdftoppm (poppler-utils) when
run as root. The demo meeting is generated with a fixed seed, so the samples'
text only changes when the program does (the files' dates change every time).
"""

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from rapporteur_app.services.app_services import Services
from rapporteur_app.services.demo import add_demo_meeting

SAMPLES = Path(__file__).resolve().parent.parent / "docs" / "samples"
# (file stem, session label or None for the meeting, document, language, pages to picture)
WANTED = [
    ("rapport-working-session-2", "Working Session 2", "rapport", "en", 1),
    ("rapport-working-session-2-ru", "Working Session 2", "rapport", "ru", 1),
    ("working-group-conclusions", "Working Group II", "working-group", "en", 1),
    ("consolidated-report", None, "consolidated", "en", 2),
    ("conference-highlights", None, "highlights", "en", 1),
    ("annotated-agenda", None, "agenda", "en", 1),
]


def main() -> int:
    SAMPLES.mkdir(parents=True, exist_ok=True)
    pictures = SAMPLES / "png"
    pictures.mkdir(exist_ok=True)
    pdftoppm = shutil.which("pdftoppm")
    with tempfile.TemporaryDirectory() as folder:
        services = Services.open(Path(folder) / "demo.sqlite3")
        try:
            meeting = add_demo_meeting(services)
            sessions = {s.label: s.id for s in services.sessions.of_meeting(meeting.id)}
            for stem, label, document, language, pages in WANTED:
                for fmt in ("docx", "pdf"):
                    out = SAMPLES / f"{stem}.{fmt}"
                    if label is None:
                        services.documents.export_meeting(
                            meeting.id, fmt=fmt, out=out, document=document, language=language
                        )
                    else:
                        services.documents.export_session(
                            sessions[label], fmt=fmt, out=out, document=document, language=language
                        )
                    print(out.relative_to(SAMPLES.parent.parent))
                if pdftoppm is None:
                    print("pdftoppm is missing: no pictures (apt-get install poppler-utils)")
                    continue
                for old in pictures.glob(f"{stem}-*.png"):
                    old.unlink()
                subprocess.run(
                    [pdftoppm, "-png", "-r", "60", "-f", "1", "-l", str(pages),
                     str(SAMPLES / f"{stem}.pdf"), str(pictures / stem)],
                    check=True,
                )  # fmt: skip
        finally:
            services.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
