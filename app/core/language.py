"""Reports and the core's labels in the user's language: English, or Quebec French.

The French words come from resources/i18n/vetted_fr.ts, the Qt Linguist catalogue the window's
translations are compiled from, so one file holds every French word Vetted shows or writes.
`QT_TRANSLATE_NOOP` marks a label for lupdate; `Words.translate(context, text)` looks one up
(lupdate finds both by name, which is why they keep Qt's spelling).
"""

import os
from functools import cache

from defusedxml import ElementTree

from app.core.kb.paths import RESOURCES

LANGUAGES = {"en": "English", "fr": "Français"}
CATALOGUES = RESOURCES / "i18n"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark `text` for translation in `context`; it stays as it is until a `Words` looks it up."""
    return text


class Words:
    """One language's words: `translate` returns the French of an English text, or the text itself."""

    def __init__(self, lang: str = "en"):
        self.lang = lang if lang in LANGUAGES else "en"
        self._table = _catalogue(self.lang) if self.lang != "en" else {}

    def translate(self, context: str, text: str) -> str:
        return self._table.get((context, text), text)

    def number(self, value: float, decimals: int = 0) -> str:
        """'1,234.5' in English, '1 234,5' in French (a no-break space between thousands)."""
        text = f"{value:,.{decimals}f}"
        if self.lang == "fr":
            text = text.replace(",", "\u00a0").replace(".", ",")
        return text


@cache
def words(lang: str = "en") -> Words:
    return Words(lang)


def language_from_environment(environ=os.environ) -> str:
    """'fr' when the locale the program runs under is French (LC_ALL, LC_MESSAGES or LANG), else 'en'."""
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(name, "")
        if value:
            return "fr" if value.lower().startswith("fr") else "en"
    return "en"


@cache
def _catalogue(lang: str) -> dict[tuple[str, str], str]:
    """(context, source) -> translation for the finished messages of vetted_<lang>.ts; {} if it is absent."""
    path = CATALOGUES / f"vetted_{lang}.ts"
    try:
        root = ElementTree.parse(path).getroot()
    except (OSError, ElementTree.ParseError):
        return {}
    table = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
                continue
            forms = [form.text or "" for form in translation.iter("numerusform")]
            text = forms[-1] if forms else translation.text or ""
            if text:
                table[(name, message.findtext("source") or "")] = text
    return table
