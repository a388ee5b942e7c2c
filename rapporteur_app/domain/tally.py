"""The tally rule of the rapport.

The number of statements is the sum of the five categories. Rights of reply
are counted beside it, never in it: in one real rapport, 50 statements =
15 + 33 + 1 + 1 + 0, and, beside them, 10 rights of reply. The panel's own
speakers (the moderator's opening, the introducers' presentations) are not
statements from the floor and are not counted at all.
"""

from collections.abc import Iterable
from dataclasses import dataclass

from rapporteur_app.domain.kinds import Category, StatementKind


@dataclass(frozen=True, slots=True)
class Tally:
    """How many statements a session heard, by who made them."""

    delegations: int = 0
    civil_society: int = 0
    osce_institutions: int = 0
    international_organizations: int = 0
    media: int = 0
    rights_of_reply: int = 0

    @property
    def statements(self) -> int:
        return (
            self.delegations
            + self.civil_society
            + self.osce_institutions
            + self.international_organizations
            + self.media
        )

    def count_of(self, category: Category) -> int:
        return getattr(self, _FIELD_OF[category])  # type: ignore[no-any-return]

    def __add__(self, other: "Tally") -> "Tally":
        return Tally(
            self.delegations + other.delegations,
            self.civil_society + other.civil_society,
            self.osce_institutions + other.osce_institutions,
            self.international_organizations + other.international_organizations,
            self.media + other.media,
            self.rights_of_reply + other.rights_of_reply,
        )

    def as_dict(self) -> dict[str, int]:
        """The seven counts, keyed as in ``tally --json``, in the rapport's order."""
        return {
            "statements": self.statements,
            "delegations": self.delegations,
            "civil_society": self.civil_society,
            "osce_institutions": self.osce_institutions,
            "international_organizations": self.international_organizations,
            "media": self.media,
            "rights_of_reply": self.rights_of_reply,
        }

    @classmethod
    def from_counts(cls, counts: Iterable[tuple[StatementKind, Category, int]]) -> "Tally":
        """Build from (kind, category, count) rows, as one GROUP BY query gives them."""
        values = dict.fromkeys(_FIELD_OF.values(), 0)
        replies = 0
        for kind, category, count in counts:
            if kind is StatementKind.RIGHT_OF_REPLY:
                replies += count
            elif kind is StatementKind.PRESENTATION:
                continue
            else:
                values[_FIELD_OF[category]] += count
        return cls(rights_of_reply=replies, **values)

    @classmethod
    def of(cls, items: Iterable[tuple[StatementKind, Category]]) -> "Tally":
        return cls.from_counts((kind, category, 1) for kind, category in items)


_FIELD_OF: dict[Category, str] = {
    Category.DELEGATION: "delegations",
    Category.CIVIL_SOCIETY: "civil_society",
    Category.OSCE_INSTITUTION: "osce_institutions",
    Category.INTERNATIONAL_ORGANIZATION: "international_organizations",
    Category.MEDIA: "media",
}
