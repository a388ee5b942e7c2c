"""Opening the services for a command, after its arguments have all been checked."""

import argparse
import sys
from collections.abc import Iterator
from contextlib import contextmanager

from rapporteur_app.services.app_services import Services


@contextmanager
def services(args: argparse.Namespace) -> Iterator[Services]:
    opened = Services.open(args.db)
    if opened.db.backup_problem:
        print(f"rapporteur-app: warning: {opened.db.backup_problem}", file=sys.stderr)
    try:
        yield opened
    finally:
        opened.close()
