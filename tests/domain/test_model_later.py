"""The values the first paint does not use are made when first asked for, and given by
``domain.model`` as before: the same classes, whichever way they are imported."""

import subprocess
import sys

import pytest

from rapporteur_app.domain import model, model_later
from rapporteur_app.domain.kinds import Category


def test_the_later_values_are_given_by_model() -> None:
    from rapporteur_app.domain.model import MeetingOverview, Organization, Speaker

    assert (MeetingOverview, Organization, Speaker) == (
        model_later.MeetingOverview,
        model_later.Organization,
        model_later.Speaker,
    )
    assert model.Speaker is model_later.Speaker
    organization = Organization(1, "Norway", Category.DELEGATION)
    assert repr(organization).startswith("Organization(id=1, name='Norway'")
    meeting = model.Meeting(1, "Human Dimension Meeting")
    assert MeetingOverview(meeting).sessions == ()


def test_a_name_model_does_not_have_is_refused() -> None:
    with pytest.raises(AttributeError, match="no attribute 'Speakers'"):
        model.Speakers  # noqa: B018


def test_importing_model_does_not_make_them() -> None:
    done = subprocess.run(
        [sys.executable, "-c", "import sys, rapporteur_app.domain.model as m; "
         "print('rapporteur_app.domain.model_later' in sys.modules, 'Speaker' in vars(m))"],
        capture_output=True, text=True, check=True, timeout=60,
    )  # fmt: skip
    assert done.stdout.split() == ["False", "False"]
