"""The recommendations of a session as the rapporteur tidies them: who made each,
whom its words address, and which say the same thing. Only proposals: nothing
changes until the rapporteur accepts one."""

from dataclasses import dataclass

from rapporteur_app.domain.draft.addressee_proposal import AddresseeProposal
from rapporteur_app.domain.model import Recommendation


@dataclass(frozen=True, slots=True)
class Source:
    """A statement a recommendation was heard in."""

    statement_id: int
    who: str
    """The delegation or organization, or only the chosen description of a speaker
    who asked not to be named."""


@dataclass(frozen=True, slots=True)
class ReviewedRecommendation:
    recommendation: Recommendation
    sources: tuple[Source, ...]
    proposal: AddresseeProposal | None
    """Set only when the text addresses someone other than the addressee stored."""

    @property
    def made_by(self) -> str:
        return ", ".join(source.who for source in self.sources)


@dataclass(frozen=True, slots=True)
class RecommendationReview:
    items: tuple[ReviewedRecommendation, ...]
    duplicate_groups: tuple[tuple[int, ...], ...]
    """Ids of recommendations that say the same thing, each group in the session's order."""
