"""The use cases: the only code that opens a database session.

Start with :class:`rapporteur_app.services.app_services.Services`, which holds
one service per subject over one open database.
"""

# A final rapport stays final on every path: the lock's guard listens on every
# database session the services open (services/final_lock.py).
from rapporteur_app.services import final_lock as _final_lock  # noqa: F401
