"""A generated sample meeting, for `gui --demo`, the documentation samples and benchmarks.

It is built as an exchange document and loaded in one unit of work, so even
the benchmark's two-week meeting (20 sessions of 100 statements) loads at once.
The speakers' names mix scripts and accents on purpose; one speaker in each
working session asked not to be named.
"""

import random
from datetime import date, time, timedelta
from typing import Any

from rapporteur_app.domain.model import Meeting
from rapporteur_app.services.app_services import Services
from rapporteur_app.services.demo_frame import frame_sessions

_DELEGATIONS = [
    ("Austria", "Ms. Elisabeth Gruber"),
    ("Germany", "Mr. Jürgen Schäfer"),
    ("France", "Mme Hélène Lefèvre"),
    ("Russian Federation", "Mr. Дмитрий Соколов"),
    ("Ukraine", "Ms. Олена Коваленко"),
    ("United States of America", "Mr. Michael Harris"),
    ("Kazakhstan", "Mr. Нурлан Абенов"),
    ("Spain", "Sra. Lucía Martínez"),
    ("Italy", "Ms. Giulia Ricci"),
    ("Poland", "Mr. Łukasz Wiśniewski"),
    ("Türkiye", "Mr. Emre Yıldız"),
    ("Serbia", "Ms. Јелена Петровић"),
    ("European Union", "Ms. Ana Sørensen"),
]
_CIVIL_SOCIETY = [
    ("La Strada International", "Ms. Suzanne Hoff"),
    ("Anti-Slavery International", "Mr. Tomás Ó Briain"),
    ("Юристы за права человека", "Ms. Мария Иванова"),
    ("Fundación Esperanza", "Sra. Marta González"),
    ("KOK e.V.", "Ms. Naile Tanış"),
    ("Institute for Migration Research", "Prof. Zoë Papadopoulou"),
]
_OSCE = [
    ("ODIHR", "Ms. Kateryna Ryabiko"),
    (
        "Office of the Special Representative and Co-ordinator for Combating Trafficking "
        "in Human Beings",
        "Mr. Tarik Kemal",
    ),
]
_IO = [
    ("UNHCR", "Ms. Amélie Durand"),
    ("IOM", "Mr. Jonas Lindqvist"),
    ("Council of Europe (GRETA)", "Ms. Petya Nestorova"),
]
_MEDIA = [("Balkan Investigative Reporting Network", "Mr. Dragan Ilić")]

_THEMES = [
    (
        "Identification and referral of trafficked persons",
        "national referral mechanisms and early identification",
    ),
    ("Access to justice and remedies", "compensation, legal aid and the non-punishment principle"),
    (
        "Trafficking along migration routes",
        "protection of people on the move and screening at borders",
    ),
    (
        "Technology and online exploitation",
        "online recruitment, platforms' responsibility and digital evidence",
    ),
    (
        "Labour exploitation in supply chains",
        "due diligence, labour inspection and public procurement",
    ),
    ("Child victims of trafficking", "guardianship, child-sensitive procedures and prevention"),
]
_NOTE_STARTS = [
    "Underlined the importance of {focus}.",
    "Shared national experience with {focus}; described a new action plan.",
    "Called for closer co-operation between States and civil society on {focus}.",
    "Expressed concern about gaps in {focus}, in particular for women and children.",
    "Presented findings of a recent study on {focus}.",
]
_RECOMMENDATIONS = {
    "participating-states": [
        "Ensure that national referral mechanisms include civil society and are adequately funded.",
        "Apply the non-punishment principle in law and in practice.",
        "Guarantee access to compensation for all trafficked persons, regardless of status.",
        "Train labour inspectors, police and judges to identify victims early.",
    ],
    "osce": [
        "Continue to support participating States in reviewing their national action plans.",
        "Strengthen co-operation between field operations on cross-border cases.",
    ],
    "odihr": [
        "Update the National Referral Mechanisms handbook with survivors' input.",
    ],
    "civil-society": [
        "Involve survivors in the design and evaluation of assistance programmes.",
    ],
}


_LONGEST_TURN = 230 + 40  # the longest statement and pause a demo session draws, in seconds
_REPLIES_TIME = 2 * 70  # the two rights of reply after the floor's statements
_DAY_END = 23 * 3600 + 59 * 60


def _pace(clock: int, statements: int) -> float:
    """How much shorter than usual a demo session's statements are, so that its last one
    ends before midnight however many it has (a clock past midnight is no time of day)."""
    room = _DAY_END - clock - _REPLIES_TIME
    return min(1.0, room / max(1, statements * _LONGEST_TURN))


def demo_document(
    sessions: int = 4,
    statements_per_session: int = 14,
    recommendations_per_session: int = 6,
    seed: int = 2022,
    frame: bool = True,
) -> dict[str, Any]:
    """An exchange document of a sample Human Dimension meeting.

    ``frame`` adds the opening, panel, side event, working group and closing
    sessions around the working sessions (see :mod:`demo_frame`).
    """
    rng = random.Random(seed)
    first_day = date(2022, 7, 18)
    days = max(1, (sessions + 1) // 2)
    session_docs: list[dict[str, Any]] = []
    statement_id = 0
    for index in range(sessions):
        theme, focus = _THEMES[index % len(_THEMES)]
        day = first_day + timedelta(days=index // 2)
        start = time(10, 0) if index % 2 == 0 else time(15, 0)
        end = time(13, 0) if index % 2 == 0 else time(18, 0)
        statements: list[dict[str, Any]] = []
        clock = 10 * 3600 + 40 * 60 if index % 2 == 0 else 15 * 3600 + 40 * 60
        pace = _pace(clock, statements_per_session)
        first_ids: list[int] = []
        for number in range(statements_per_session):
            statement_id += 1
            category, (org, speaker) = _pick(rng, number)
            length = max(1, round(rng.randint(95, 230) * pace))
            statements.append(
                {
                    "id": statement_id,
                    "speaker": speaker,
                    "on_behalf_of": org,
                    "category": category,
                    "kind": "statement",
                    "start": _clock(clock),
                    "end": _clock(clock + length),
                    "notes": rng.choice(_NOTE_STARTS).format(focus=focus),
                    "anonymous": False,
                }
            )
            if category == "delegation":
                first_ids.append(statement_id)
            clock += length + max(1, round(rng.randint(10, 40) * pace))
        if statements:
            survivor = statements[min(3, len(statements) - 1)]
            survivor.update(
                category="civil-society",
                speaker="Ms. Aigerim N.",
                on_behalf_of="Survivors' Voices Network",
                anonymous=True,
                anonymous_description="a survivor of trafficking speaking for a survivors' network",
                notes="Spoke of her own experience of exploitation and of the months before "
                "she was identified; asked that survivors be heard when policies are made.",
            )
        if first_ids:
            # A joint statement: one delegation speaking for others too, counted once.
            joint = next(s for s in statements if s["id"] == first_ids[0])
            others = ("Czechia", "Slovakia", "Slovenia")
            joint["cosignatories"] = [n for n in others if n != joint["on_behalf_of"]][:2]
        replies = min(2, len(first_ids)) if statements_per_session >= 6 else 0
        for target in first_ids[:replies]:
            statement_id += 1
            statements.append(
                {
                    "id": statement_id,
                    "speaker": "Mr. Дмитрий Соколов" if target % 2 else "Ms. Олена Коваленко",
                    "on_behalf_of": "Russian Federation" if target % 2 else "Ukraine",
                    "category": "delegation",
                    "kind": "right-of-reply",
                    "replying_to": target,
                    "start": _clock(clock),
                    "end": _clock(clock + 55),
                    "notes": "Replied to the previous statement.",
                }
            )
            clock += 70
        # The panel's own speakers open the session (10.00-10.40): logged with notes,
        # never counted in the tally. Their ids follow the floor's, so that the floor's
        # statements stay as they were in earlier versions of the sample.
        presentations = []
        panel_clock = (10 if index % 2 == 0 else 15) * 3600
        for speaker, org, category, notes, length in _panel(focus):
            statement_id += 1
            presentations.append(
                {
                    "id": statement_id,
                    "speaker": speaker,
                    "on_behalf_of": org,
                    "category": category,
                    "kind": "presentation",
                    "start": _clock(panel_clock),
                    "end": _clock(panel_clock + length),
                    "notes": notes,
                    "anonymous": False,
                }
            )
            panel_clock += length + 30
        recommendations = []
        pool = [(a, t) for a, texts in _RECOMMENDATIONS.items() for t in texts]
        for number in range(recommendations_per_session):
            addressee, text = pool[(number + index) % len(pool)]
            if number >= len(pool):
                text = f"{text} ({number // len(pool) + 1})"
            source = statements[number % len(statements)]["id"] if statements else None
            recommendations.append(
                {"addressee": addressee, "text": text, "from_statement": source, "included": True}
            )
        session_docs.append(
            {
                "kind": "working-session",
                "label": f"Working Session {index + 1}",
                "title": theme,
                "day": day.isoformat(),
                "start": start.strftime("%H:%M"),
                "end": end.strftime("%H:%M"),
                "room": "Neuer Saal",
                "moderator": "Ms. Valiant Richey, OSCE Special Representative",
                "rapporteur": "Mr. Pavel Novák, Delegation of Czechia",
                "background": f"The session examines {focus} across the OSCE region.",
                "narrative": (
                    f"The session examined {focus}. The moderator, **Ms. Valiant Richey**, "
                    "opened the discussion by recalling the *OSCE Action Plan to Combat "
                    "Trafficking in Human Beings* and ODIHR's [Practical Handbook on National "
                    "Referral Mechanisms](https://www.osce.org/odihr/510551).\n\n"
                    "Interventions from participating States and civil society organizations "
                    f"debated the practical obstacles to {focus}. Several interventions voiced "
                    "support for a survivor-centred approach."
                ),
                "introducers": [
                    {
                        "name": "Dr. Sofía Ramírez",
                        "function": "Senior Adviser",
                        "organization": "ODIHR",
                        "role": "introducer",
                    },
                    {
                        "name": "Mr. Алексей Морозов",
                        "function": "Professor of International Law",
                        "organization": "Moscow State University",
                        "role": "panellist",
                    },
                ],
                "lists": {
                    "questions-for-discussion": [
                        f"What are the main obstacles to {focus}?",
                        "How can survivors be involved in shaping the response?",
                    ]
                },
                "statements": presentations + statements,
                "recommendations": recommendations,
            }
        )
    return {
        "format": "rapporteur-meeting",
        "version": 2,
        "meeting": {
            "title": "Supplementary Human Dimension Meeting on Protecting the Rights of "
            "Trafficked Persons",
            "venue": "Vienna, Hofburg",
            "start": first_day.isoformat(),
            "end": (first_day + timedelta(days=days - 1)).isoformat(),
            "background": (
                "A sample meeting generated by Rapporteur for trying the program. It offers a "
                "platform to OSCE participating States, OSCE institutions, international "
                "organizations and civil society to take stock of the commitments on "
                "protecting the rights of trafficked persons, in line with the *OSCE Action "
                "Plan to Combat Trafficking in Human Beings* (PC.DEC/557).\n\n"
                "The meeting will:\n\n"
                "- take stock of the commitments;\n"
                "- allow participants to exchange **good practices**;\n"
                "- formulate recommendations."
            ),
            "documents": {
                "issuer": "Organization for Security and Co-operation in Europe\n"
                "Office for Democratic Institutions and Human Rights",
                "symbol": "PC.SHDM.GAL/3/22",
                "distribution": "ENGLISH only",
                "speaker_lines": False,
                "upper_headings": True,
                "annex_title": "Annex of relevant OSCE commitments",
                "annex": (
                    "Relevant OSCE commitments include the *Maastricht Ministerial Council "
                    "Decision No. 2/03* on Combating Trafficking in Human Beings (2003) and the "
                    "[Vienna Ministerial Council Decision No. 6/17]"
                    "(https://www.osce.org/chairmanship/362046) on Strengthening Efforts to "
                    "Prevent Human Trafficking (2017)."
                ),
            },
            "sessions": (frame_sessions(first_day, days) if frame else []) + session_docs,
        },
    }


def _panel(focus: str) -> list[tuple[str, str, str, str, int]]:
    """(speaker, organization, category, notes, seconds) of a working session's panel."""
    return [
        (
            "Ms. Valiant Richey",
            "Office of the Special Representative and Co-ordinator for Combating Trafficking "
            "in Human Beings",
            "osce-institution",
            f"Recalled the OSCE commitments on {focus} and invited the introducers to set "
            "the scene.",
            240,
        ),
        (
            "Dr. Sofía Ramírez",
            "ODIHR",
            "osce-institution",
            f"Presented ODIHR's recent assessment of {focus}; stressed that survivors must be "
            "involved at every stage.",
            600,
        ),
        (
            "Mr. Алексей Морозов",
            "Moscow State University",
            "civil-society",
            f"Подчеркнул значение международного сотрудничества; presented case law on {focus}.",
            540,
        ),
    ]


def add_demo_meeting(services: Services, *, frame: bool = True, **size: int) -> Meeting:
    return services.exchange.load(demo_document(frame=frame, **size))


def _pick(rng: random.Random, number: int) -> tuple[str, tuple[str, str]]:
    roll = rng.random()
    if number == 0 or roll < 0.35:
        return "delegation", rng.choice(_DELEGATIONS)
    if roll < 0.80:
        return "civil-society", rng.choice(_CIVIL_SOCIETY)
    if roll < 0.88:
        return "osce-institution", rng.choice(_OSCE)
    if roll < 0.97:
        return "international-organization", rng.choice(_IO)
    return "media", rng.choice(_MEDIA)


def _clock(seconds: int) -> str:
    seconds %= 24 * 3600
    return f"{seconds // 3600:02d}:{seconds % 3600 // 60:02d}:{seconds % 60:02d}"
