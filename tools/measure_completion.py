"""How long the quick entry's ranking takes per key: `python tools/measure_completion.py`.

The full reference lists plus 2,000 organizations and 500 people of the meeting, in
a temporary database; every prefix of a few names typed as a rapporteur types them
(typing mistakes included), each search repeated. Prints the median, p99 and worst
per key, and the time to read the directory again after a change. A figure for
docs/console.md, not a test: the machines are shared and noisy.
"""

import statistics
import tempfile
import time
from pathlib import Path

from rapporteur_app.domain.kinds import Category
from rapporteur_app.domain.text import search_key
from rapporteur_app.services.app_services import Services
from rapporteur_app.store.models import OrganizationRow, SpeakerRow

TYPED = ("France", "Austira", "united kingdom", "odhir", "European Union", "Association 17",
         "Grmany", "La Strada", "Ms. Person 42", "минорит")  # fmt: skip
REPEAT = 5


def main() -> int:
    with tempfile.TemporaryDirectory() as folder:
        services = Services.open(Path(folder) / "measure.sqlite3")
        meeting = services.meetings.add("Measured meeting")
        with services.db.writing() as db:
            for i in range(2000):
                name = f"Association {i} for Human Rights in Region {i % 37}"
                db.add(OrganizationRow(name=name, name_key=search_key(name),
                                       category=Category.CIVIL_SOCIETY.value))  # fmt: skip
            db.flush()
            for i in range(500):
                name = f"Ms. Person {i}"
                db.add(SpeakerRow(meeting_id=meeting.id, name=name, name_key=search_key(name)))
        directory = services.directory
        rebuilds = []
        for _ in range(REPEAT):
            directory.forget()
            started = time.perf_counter()
            directory.search(meeting.id, "a")
            rebuilds.append((time.perf_counter() - started) * 1000)
        per_key: list[float] = []
        for word in TYPED:
            for end in range(1, len(word) + 1):
                for _ in range(REPEAT):
                    started = time.perf_counter()
                    directory.search(meeting.id, word[:end])
                    per_key.append((time.perf_counter() - started) * 1000)
        services.close()
    per_key.sort()
    p99 = per_key[int(len(per_key) * 0.99) - 1]
    print(f"searches per key: {len(per_key)}")
    print(f"per key: median {statistics.median(per_key):.2f} ms, p99 {p99:.2f} ms, "
          f"worst {per_key[-1]:.2f} ms")  # fmt: skip
    print(
        f"reading the directory again after a change: median {statistics.median(rebuilds):.0f} ms"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
