"""The use cases: the only code that opens a database session.

Start with :class:`rapporteur_app.services.app_services.Services`, which holds
one service per subject over one open database.
"""
