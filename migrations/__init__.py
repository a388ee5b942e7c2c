"""Alembic environment and revisions, shipped inside the package as rapporteur_app.migrations."""
