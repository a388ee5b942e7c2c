import sys

from rapporteur_app.app import main

sys.exit(main())
