"""panel speakers (presentation kind, panel time limit) and recommendation sources

Revision ID: 0012
Revises: 0001
Create Date: 2026-12-01 22:40:00

The moderator's opening and the introducers' presentations are logged as
statements of kind 'presentation' (never counted in the tally): the kind
checks of statements and queue entries accept it. Sessions get a time limit
for panellists. Recommendations merged from several statements keep every
source in recommendation_sources. Existing rows are kept as they are (the
runner switches foreign keys off for the batch re-creates).
"""

from alembic import op
import sqlalchemy as sa


revision = '0012'
down_revision = '0001'
branch_labels = None
depends_on = None

_OLD_KINDS = "kind IN ('statement', 'right-of-reply')"
_NEW_KINDS = "kind IN ('statement', 'right-of-reply', 'presentation')"


def _kinds(table: str, check: str) -> None:
    with op.batch_alter_table(table, schema=None) as batch_op:
        batch_op.drop_constraint(op.f(f'ck_{table}_kind'), type_='check')
        batch_op.create_check_constraint(op.f(f'ck_{table}_kind'), check)


def upgrade() -> None:
    with op.batch_alter_table('sessions', schema=None) as batch_op:
        batch_op.add_column(
            sa.Column('panel_limit_s', sa.Integer(), nullable=False, server_default='600')
        )
        batch_op.create_check_constraint(op.f('ck_sessions_panel_limit'), 'panel_limit_s > 0')
    _kinds('statements', _NEW_KINDS)
    _kinds('queue_entries', _NEW_KINDS)
    op.create_table('recommendation_sources',
    sa.Column('recommendation_id', sa.Integer(), nullable=False),
    sa.Column('statement_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['recommendation_id'], ['recommendations.id'], name=op.f('fk_recommendation_sources_recommendation_id_recommendations'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['statement_id'], ['statements.id'], name=op.f('fk_recommendation_sources_statement_id_statements'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('recommendation_id', 'statement_id', name=op.f('pk_recommendation_sources'))
    )
    with op.batch_alter_table('recommendation_sources', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_recommendation_sources_statement_id'), ['statement_id'], unique=False)


def downgrade() -> None:
    op.drop_table('recommendation_sources')
    op.execute("DELETE FROM queue_entries WHERE kind = 'presentation'")
    op.execute("DELETE FROM statements WHERE kind = 'presentation'")
    _kinds('queue_entries', _OLD_KINDS)
    _kinds('statements', _OLD_KINDS)
    with op.batch_alter_table('sessions', schema=None) as batch_op:
        batch_op.drop_constraint(op.f('ck_sessions_panel_limit'), type_='check')
        batch_op.drop_column('panel_limit_s')
