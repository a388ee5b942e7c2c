"""The team on a server: which role may write which session (see store/row_security.py).

Run by the role that owns the database's tables (the one that first opened it) or
by the server's administrator: ``rapporteur-app team setup-roles`` once, then
``team grant`` for each rapporteur's sessions and the secretariat. The login roles
themselves are the server administrator's to make (``createuser --pwprompt``): the
program never sees, and never keeps, a password.
"""

from dataclasses import dataclass

from sqlalchemy import delete, select, text
from sqlalchemy.orm import Session as DbSession

from rapporteur_app.domain.errors import InvalidInput, NotFound
from rapporteur_app.domain.text import quoted
from rapporteur_app.store import row_security
from rapporteur_app.store.database import Database
from rapporteur_app.store.models import SessionGrantRow, SessionRow, TeamMemberRow


@dataclass(frozen=True)
class TeamMember:
    role: str
    secretariat: bool
    sessions: tuple[int, ...]


class TeamService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def _server_only(self) -> None:
        if self._db.url.get_backend_name() != "postgresql":
            raise InvalidInput.coded("roles-server-only")

    def setup_roles(self) -> list[str]:
        """Switch the server's row security on (again, after an upgrade); the tables
        it now guards. Grants already given are given again on the tables added since."""
        self._server_only()
        with self._db.writing() as db:
            guarded = row_security.install(db.connection())
            for role in db.scalars(select(TeamMemberRow.role_name)):
                row_security.grant_team_role(db.connection(), role)
            return guarded

    def grant(self, role: str, sessions: list[int], *, secretariat: bool = False) -> TeamMember:
        """Let ``role`` write ``sessions`` (or, as the secretariat, every session)."""
        self._server_only()
        if not sessions and not secretariat:
            raise InvalidInput.coded("grant-what")
        with self._db.writing() as db:
            _check_set_up(db)
            _check_role(db, role)
            for session_id in sessions:
                if db.get(SessionRow, session_id) is None:
                    raise NotFound.coded("grant-no-session", id=session_id)
            member = db.get(TeamMemberRow, role)
            if member is None:
                member = TeamMemberRow(role_name=role, secretariat=secretariat)
                db.add(member)
            member.secretariat = member.secretariat or secretariat
            db.flush()
            held = set(_sessions_of(db, role))
            for session_id in sessions:
                if session_id not in held:
                    db.add(SessionGrantRow(role_name=role, session_id=session_id))
            row_security.grant_team_role(db.connection(), role)
            db.flush()
            return _member(db, role)

    def revoke(
        self, role: str, sessions: list[int], *, secretariat: bool = False
    ) -> TeamMember | None:
        """Take ``sessions`` (or the secretariat's right) from ``role``; with neither,
        take everything: the role may then read, and write nothing. None when it holds
        nothing any more."""
        self._server_only()
        with self._db.writing() as db:
            member = db.get(TeamMemberRow, role)
            if member is None:
                raise NotFound.coded("role-not-in-team", role=quoted(role))
            if secretariat:
                member.secretariat = False
            if sessions:
                db.execute(
                    delete(SessionGrantRow).where(
                        SessionGrantRow.role_name == role, SessionGrantRow.session_id.in_(sessions)
                    )
                )
            if not sessions and not secretariat:
                db.delete(member)
            db.flush()
            left = db.get(TeamMemberRow, role)
            if left is None or (not left.secretariat and not _sessions_of(db, role)):
                if left is not None:
                    db.delete(left)
                row_security.revoke_team_role(db.connection(), role)
                return None
            return _member(db, role)

    def members(self) -> list[TeamMember]:
        self._server_only()
        with self._db.reading() as db:
            roles = db.scalars(select(TeamMemberRow.role_name).order_by(TeamMemberRow.role_name))
            return [_member(db, role) for role in list(roles)]


def _sessions_of(db: DbSession, role: str) -> list[int]:
    return list(
        db.scalars(
            select(SessionGrantRow.session_id)
            .where(SessionGrantRow.role_name == role)
            .order_by(SessionGrantRow.session_id)
        )
    )


def _member(db: DbSession, role: str) -> TeamMember:
    row = db.get(TeamMemberRow, role)
    return TeamMember(role, bool(row and row.secretariat), tuple(_sessions_of(db, role)))


def _check_role(db: DbSession, role: str) -> None:
    exists = db.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": role}).first()
    if exists is None:
        raise NotFound.coded("no-role", role=quoted(role), name=role)


def _check_set_up(db: DbSession) -> None:
    if not row_security.installed(db.connection()):
        raise InvalidInput.coded("roles-not-set-up")
