"""The demo meeting's frame around its working sessions: an opening session, a
high-level panel, a side event, a working group and a closing session, so that
every document of the rapport's family has something to show."""

from datetime import date, timedelta
from typing import Any


def frame_sessions(first_day: date, days: int) -> list[dict[str, Any]]:
    last_day = first_day + timedelta(days=days - 1)
    return [
        {
            "kind": "opening",
            "label": "Opening session",
            "title": "Opening session",
            "day": first_day.isoformat(),
            "start": "09:00",
            "end": "10:00",
            "room": "Neuer Saal",
            "background": "Opening remarks\n\nIntroductory addresses\n\nTechnical information",
        },
        {
            "kind": "side-event",
            "label": "Side event",
            "title": "Preventing trafficking among institutionalized children",
            "day": first_day.isoformat(),
            "start": "13:15",
            "end": "14:15",
            "room": "Ratsaal",
            "narrative": (
                "offered a platform to exchange lessons learned between national authorities "
                "and other stakeholders."
            ),
        },
        {
            "kind": "panel",
            "label": "High-level Introductory Panel",
            "title": "Setting the scene",
            "day": last_day.isoformat(),
            "start": "08:30",
            "end": "09:45",
            "room": "Neuer Saal",
            "moderator": "Ms. Valiant Richey, OSCE Special Representative",
            "introducers": [
                {
                    "name": "Ms. Laura Thompson",
                    "function": "Deputy Director General",
                    "organization": "IOM",
                    "role": "keynote",
                },
                {
                    "name": "Mr. Юрий Федотов",
                    "function": "Executive Director",
                    "organization": "UNODC",
                    "role": "panellist",
                },
            ],
            "narrative": (
                "This panel was moderated by **Ms. Valiant Richey** and set the scene for the "
                "thematic sessions. Speakers included the Deputy Director General of IOM "
                "**Ms. Laura Thompson** and the Executive Director of UNODC **Mr. Юрий Федотов**."
                "\n\nSpeakers stressed that trafficking along migration routes calls for a "
                "victim-centred approach, as the *OSCE Action Plan to Combat Trafficking in Human "
                "Beings* recommends."
            ),
            "documents": {"findings_lead_in": "Concrete findings of the panel included:"},
            "lists": {
                "findings": [
                    "Mixed migration flows increase the vulnerability of people on the move;",
                    "Early identification at reception centres saves victims months of abuse.",
                ]
            },
        },
        {
            "kind": "working-group",
            "label": "Working Group II",
            "title": "Anti-trafficking work of field operations",
            "day": last_day.isoformat(),
            "start": "13:15",
            "end": "14:45",
            "room": "Ratsaal",
            "rapporteur": "Ms. Ingrid Berg, ODIHR",
            "documents": {
                "conclusions_title": "CONCLUSIONS AND RECOMMENDATIONS OF WORKING GROUP II: "
                "ANTI-TRAFFICKING WORK OF FIELD OPERATIONS",
                "participants": "OSCE field operations in Albania and Serbia & ODIHR",
            },
            "narrative": (
                "Recognising the diversity among the field operations, the group discussed "
                "whether common priorities could be promoted across the OSCE region."
            ),
            "lists": {
                "questions-raised": [
                    "How can anti-trafficking work be made a priority in every field operation?",
                    "How can field operations co-ordinate with other international organizations?",
                ],
                "priorities": [
                    "Effective and inclusive national referral mechanisms.",
                    "Ending impunity for those involved in trafficking in human beings.",
                ],
            },
            "statements": [
                {
                    "id": 900001,
                    "speaker": "Mr. Arben Hoxha",
                    "on_behalf_of": "OSCE Presence in Albania",
                    "category": "osce-institution",
                    "kind": "statement",
                },
                {
                    "id": 900002,
                    "speaker": "Ms. Jelena Marić",
                    "on_behalf_of": "OSCE Mission to Serbia",
                    "category": "osce-institution",
                    "kind": "statement",
                },
            ],
            "recommendations": [
                {
                    "addressee": "osce",
                    "text": "Establish a focal point on trafficking in each field operation.",
                },
                {"addressee": "odihr", "text": "Act as a clearing house for training materials."},
            ],
        },
        {
            "kind": "closing",
            "label": "Closing session",
            "title": "Closing session",
            "day": last_day.isoformat(),
            "start": "18:00",
            "end": "18:30",
            "room": "Neuer Saal",
            "background": (
                "Rapports from the working sessions\n\nComments from the floor\n\nClosing remarks"
            ),
        },
        {
            "kind": "item",
            "label": "Closing of the meeting",
            "title": "Closing of the meeting",
            "day": last_day.isoformat(),
            "start": "18:30",
        },
    ]
