"""The Rapport value: the order and the labels, decided once for every format."""

from datetime import date, time

import pytest

from rapporteur_app.domain.errors import InvalidInput
from rapporteur_app.domain.kinds import StatementKind
from rapporteur_app.domain.labels import LANGUAGES, labels_for
from rapporteur_app.services.app_services import Services
from tests.export.conftest import SECRET_NAME, Sample

EXPECTED_EN = [
    "Working Session 14: Protecting the rights of trafficked persons",
    "Rapporteur: Иван Петров, Delegation of the Russian Federation",
    "No. of statements: 4",
    "Delegations: 1",
    "Civil society: 2",
    "OSCE institutions: 1",
    "International organizations: 0",
    "Media: 0",
    "Rights of reply: 1",
    "The session examined access to justice.",
    "Interventions debated compensation; a survivor of trafficking spoke of her own case.",
    "Recommendations made by participants during this session include (non-exhaustive list):",
    "Recommendations to the OSCE participating States:",
    "Fund shelters.",
    "Apply non-punishment.",
    "Recommendations to the OSCE:",
    "Train staff.",
    "Recommendations to ODIHR:",
    "Update the handbook.",
]


def test_the_rapport_has_the_secretariats_order(services: Services, sample: Sample) -> None:
    rapport = services.documents.rapport(sample.session_id)
    assert rapport.document("x").text_lines() == EXPECTED_EN


def test_rights_of_reply_are_beside_the_count_not_in_it(services: Services, sample: Sample) -> None:
    tally = services.documents.rapport(sample.session_id).tally
    assert tally.statements == 4
    assert tally.rights_of_reply == 1


def test_labels_in_russian(services: Services, sample: Sample) -> None:
    lines = services.documents.rapport(sample.session_id, "ru").document("x").text_lines()
    assert lines[1:9] == [
        "Докладчик: Иван Петров, Delegation of the Russian Federation",
        "Количество выступлений: 4",
        "Делегации: 1",
        "Гражданское общество: 2",
        "Институты ОБСЕ: 1",
        "Международные организации: 0",
        "СМИ: 0",
        "Права на ответ: 1",
    ]
    assert "Рекомендации государствам – участникам ОБСЕ:" in lines


def test_french_sets_a_space_before_the_colon(services: Services, sample: Sample) -> None:
    lines = services.documents.rapport(sample.session_id, "fr").document("x").text_lines()
    assert lines[2] == "Nombre de déclarations\u00a0: 4"


def test_bilingual_english_russian(services: Services, sample: Sample) -> None:
    lines = services.documents.rapport(sample.session_id, "en-ru").document("x").text_lines()
    assert lines[2] == "No. of statements / Количество выступлений: 4"
    assert "Recommendations to the OSCE / Рекомендации ОБСЕ:" in lines


def test_every_language_has_every_label() -> None:
    for code, labels in LANGUAGES.items():
        assert labels.code == code
        for value in labels.__dataclass_fields__:
            if value != "parts":
                assert getattr(labels, value), f"{code}.{value} is empty"
    assert LANGUAGES["en-ru"].parts == (LANGUAGES["en"], LANGUAGES["ru"])


def test_dates_come_from_the_languages_own_conventions() -> None:
    july = (date(2022, 7, 18), date(2022, 7, 19))
    expected = {
        "en": ("18 July 2022", "Monday, 18 July 2022", "18-19 July 2022"),
        "de": ("18. Juli 2022", "Montag, 18. Juli 2022", "18.–19. Juli 2022"),
        "fr": ("18 juillet 2022", "Lundi 18 juillet 2022", "18–19 juillet 2022"),
        "ru": (
            "18 июля 2022\u202fг.",
            "Понедельник, 18 июля 2022\u202fг.",
            "18—19 июля 2022\u202fг.",
        ),
        "it": ("18 luglio 2022", "Lunedì 18 luglio 2022", "18–19 luglio 2022"),
        "es": ("18 de julio de 2022", "Lunes, 18 de julio de 2022", "18–19 de julio de 2022"),
    }
    for code, (long, full, both) in expected.items():
        labels = LANGUAGES[code]
        assert (labels.date_text(july[0]), labels.day_text(july[0])) == (long, full), code
        assert labels.dates_text(*july) == both, code
    june = (date(2022, 6, 30), date(2022, 7, 2))
    assert LANGUAGES["en"].dates_text(*june) == "30 June - 2 July 2022"
    # CLDR sets thin spaces around the dash of a range across months.
    assert LANGUAGES["it"].dates_text(*june) == "30 giugno\u2009–\u20092 luglio 2022"


def test_a_bilingual_title_is_two_grammatical_titles() -> None:
    assert LANGUAGES["en-ru"].title_lines("highlights_title", "15th Alliance Conference") == (
        "Highlights from the 15th Alliance Conference",
        "Основные итоги: 15th Alliance Conference",
    )


def test_an_unknown_language_is_refused_in_one_line() -> None:
    with pytest.raises(InvalidInput, match="Unknown language 'xx'"):
        labels_for("xx")


def test_an_anonymous_speaker_is_never_named(services: Services, sample: Sample) -> None:
    for language in LANGUAGES:
        for document in (
            services.documents.session_document(sample.session_id, "rapport", language),
            services.documents.session_document(sample.session_id, "working-group", language),
            services.documents.meeting_document(sample.meeting_id, "consolidated", language),
            services.documents.meeting_document(sample.meeting_id, "highlights", language),
            services.documents.meeting_document(sample.meeting_id, "agenda", language),
        ):
            text = "\n".join(document.text_lines()) + document.title + document.author
            assert SECRET_NAME.casefold() not in text.casefold()


def test_the_other_documents(services: Services, sample: Sample) -> None:
    conclusions = services.documents.session_document(sample.group_id, "working-group")
    assert conclusions.text_lines() == [
        "Conclusions and recommendations of Working Group II: Anti-trafficking issues",
        "Participants: Mission to Serbia",
        "Questions Raised",
        "How to co-ordinate?",
        "Recommendations",
        "Establish a position in each mission.",
        "Identified priorities",
        "Ending impunity",
    ]
    consolidated = services.documents.meeting_document(sample.meeting_id, "consolidated")
    lines = consolidated.text_lines()
    assert lines[:4] == [
        "Конференция «Альянс против торговли людьми»",
        "Vienna, Hofburg",
        "6-7 July 2015",
        "Consolidated report",
    ]
    assert "Working Session 14 | 4 | 1 | 2 | 1 | 0 | 0 | 1" in lines
    assert "Working Group II | 1 | 0 | 0 | 1 | 0 | 0 | 0" in lines
    assert "Total | 5 | 1 | 2 | 2 | 0 | 0 | 1" in lines
    assert lines.index("Working Session 14: Protecting the rights of trafficked persons") < (
        lines.index("Working Group II: Anti-trafficking issues")
    )
    highlights = services.documents.meeting_document(sample.meeting_id, "highlights")
    assert "Moderator: Мадина Джарбусынова, Special Representative" in highlights.text_lines()
    assert "Speakers: Laura Thompson, Deputy Director General, IOM" in highlights.text_lines()
    agenda = services.documents.meeting_document(sample.meeting_id, "agenda").text_lines()
    assert agenda[:3] == [
        "Конференция «Альянс против торговли людьми»",
        "Vienna, Hofburg, 6-7 July 2015",
        "ANNOTATED AGENDA",
    ]
    assert agenda.index("Day 1 – Monday, 6 July 2015") < agenda.index("10.00 – 13.00")
    assert agenda.index("Questions for Discussion:") < agenda.index("How to act?")
    assert agenda.index("Day 2 – Tuesday, 7 July 2015") < agenda.index("9.00 – 10.30")


def test_a_session_document_for_a_meeting_is_refused(services: Services, sample: Sample) -> None:
    with pytest.raises(InvalidInput, match="use --session"):
        services.documents.meeting_document(sample.meeting_id, "rapport")
    with pytest.raises(InvalidInput, match="use --meeting"):
        services.documents.session_document(sample.session_id, "agenda")


def test_checks_before_export_warn(services: Services, sample: Sample) -> None:
    assert [w.code for w in services.documents.checks.before_export(sample.session_id)] == []
    services.statements.add(
        sample.session_id, "Анна Смирнова", "Russian Federation",
        kind=StatementKind.RIGHT_OF_REPLY,
    )  # fmt: skip
    services.statements.add(sample.session_id, "B", "La Strada", start=time(12, 0))
    codes = [w.code for w in services.documents.checks.before_export(sample.session_id)]
    assert codes == ["reply-without-statement", "statement-on-floor"]
    codes = [w.code for w in services.documents.checks.before_export(sample.group_id)]
    assert codes == ["empty-narrative", "no-rapporteur"]
