"""program-wide settings (the DOCX template every meeting starts from)

Revision ID: 0023
Revises: 0020
"""

from alembic import op
import sqlalchemy as sa


revision = '0023'
down_revision = '0020'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'program_settings',
        sa.Column('name', sa.String(length=100), nullable=False),
        sa.Column('value', sa.Text(), nullable=False, server_default=''),
        sa.PrimaryKeyConstraint('name', name=op.f('pk_program_settings')),
    )


def downgrade() -> None:
    op.drop_table('program_settings')
