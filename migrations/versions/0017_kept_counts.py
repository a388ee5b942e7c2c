"""kept counts per session (session_tallies, kept by triggers) and the on-the-floor index

Revision ID: 0017
Revises: 0011
"""

from alembic import op
import sqlalchemy as sa

from rapporteur_app.store import kept_counts


revision = '0017'
down_revision = '0011'
branch_labels = None
depends_on = None


def upgrade() -> None:
    counts = [
        sa.Column(name, sa.Integer(), nullable=False, server_default='0')
        for name in kept_counts.COUNTED
    ]
    op.create_table(
        'session_tallies',
        sa.Column('session_id', sa.Integer(), nullable=False),
        *counts,
        sa.ForeignKeyConstraint(
            ['session_id'], ['sessions.id'],
            name=op.f('fk_session_tallies_session_id_sessions'), ondelete='CASCADE',
        ),
        sa.PrimaryKeyConstraint('session_id', name=op.f('pk_session_tallies')),
    )
    on_floor = sa.text('start_time IS NOT NULL AND end_time IS NULL')
    op.create_index(
        'ix_statements_on_floor', 'statements', ['session_id'],
        sqlite_where=on_floor, postgresql_where=on_floor,
    )
    connection = op.get_bind()
    kept_counts.install_triggers(connection)
    kept_counts.recount(connection)


def downgrade() -> None:
    connection = op.get_bind()
    if connection.dialect.name == 'sqlite':
        for name in ('tr_statements_count_insert', 'tr_statements_count_delete',
                     'tr_statements_count_update'):
            op.execute(f'DROP TRIGGER IF EXISTS {name}')
    else:
        op.execute('DROP TRIGGER IF EXISTS tr_statements_count ON statements')
        op.execute('DROP FUNCTION IF EXISTS rapporteur_count_statements()')
    op.drop_index('ix_statements_on_floor', table_name='statements')
    op.drop_table('session_tallies')
