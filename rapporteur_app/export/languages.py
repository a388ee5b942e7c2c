"""Language tags for the files' metadata (BCP 47, as Word and PDF readers expect)."""

_TAGS = {"en": "en-GB", "fr": "fr-FR", "de": "de-DE", "it": "it-IT", "ru": "ru-RU", "es": "es-ES"}


def language_tag(code: str) -> str:
    """'ru' -> 'ru-RU'; a bilingual 'en-ru' document is tagged with its first language."""
    return _TAGS.get(code.split("-", maxsplit=1)[0], "en-GB")
