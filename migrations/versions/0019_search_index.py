"""the full-text index over every meeting's texts (store/search_index.py)

Revision ID: 0019
Revises: 0017
"""

from alembic import op

from rapporteur_app.store import search_index


revision = '0019'
down_revision = '0017'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Made and filled from every row the database already holds.
    search_index.install(op.get_bind())


def downgrade() -> None:
    search_index.uninstall(op.get_bind())
