"""The bundle's entry point: the program exactly as ``rapporteur-app`` starts it."""

import sys

from rapporteur_app.app import main

if __name__ == "__main__":
    sys.exit(main())
