"""Chains of rights of reply: a reply answers a statement or another reply.

Russian Federation → Ukraine → Russian Federation: the last reply answers the
one before it, which answers the statement. A chain is followed through the
statements of one session; a link to a statement no longer there, or a loop
(which the services refuse, but an old file could hold), ends it.
"""

from collections.abc import Mapping, Sequence

from rapporteur_app.domain.model import Statement


def answered_chain(statement: Statement, by_id: Mapping[int, Statement]) -> tuple[Statement, ...]:
    """What ``statement`` answers, nearest first: (the reply it answers, the statement
    that reply answers, …); () for a statement that answers nothing."""
    chain: list[Statement] = []
    seen = {statement.id}
    target = statement.replying_to_id
    while target is not None and target not in seen:
        answered = by_id.get(target)
        if answered is None:
            break
        chain.append(answered)
        seen.add(target)
        target = answered.replying_to_id
    return tuple(chain)


def who(statement: Statement) -> str:
    """Whom a reply is said to answer: the delegation, else the speaker, else the number."""
    return statement.on_behalf_of or statement.speaker


def by_id(statements: Sequence[Statement]) -> dict[int, Statement]:
    return {s.id: s for s in statements}


def chain_text(statement: Statement, statements: Mapping[int, Statement]) -> str:
    """'3. Ukraine → 1. Russian Federation' for a reply to Ukraine's reply; '' if none.
    ``statements``: the session's, by id (see :func:`by_id`)."""
    return " → ".join(
        f"{s.number}. {who(s)}" if who(s) else str(s.number)
        for s in answered_chain(statement, statements)
    )
