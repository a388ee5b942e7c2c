"""the session as it stood after its last hand-off import

``sessions.handoff_local_digest`` is a digest of the session as this database held it
just after a hand-off file was imported into it. A newer file for the same session is
then refused (unless forced) when the session was edited here since: the
secretariat's corrections are not replaced without a word.

Revision ID: 0024
Revises: 0022
"""

from alembic import op
import sqlalchemy as sa


revision = "0024"
down_revision = "0022"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A plain ADD COLUMN: no copy of the table (its triggers and the search index stay).
    op.add_column("sessions", sa.Column("handoff_local_digest", sa.String(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("sessions") as batch:
        batch.drop_column("handoff_local_digest")
