"""Reports and the core's labels in the user's language: English, or Quebec French.

The French words come from resources/i18n/vetted_fr.ts, the Qt Linguist catalogue the window's
translations are compiled from, so one file holds every French word Vetted shows or writes.
`QT_TRANSLATE_NOOP` marks a label for lupdate; `Words.translate(context, text)` looks one up
(lupdate finds both by name, which is why they keep Qt's spelling).

Messages (errors, the command line's output) follow the process's language, set once: by the command line
from --lang or the locale, by the window from its language (`set_language`). A `Sentence` is an English
template and its arguments, said in that language whenever it is shown; `PlainError` is an exception that
carries one, so `str(error)` is the sentence in the user's language however deep it was raised.
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


_current = "en"


def set_language(lang: str) -> str:
    """The language messages are said in from now on ('en' or 'fr'); returns it."""
    global _current
    _current = lang if lang in LANGUAGES else "en"
    return _current


def current_language() -> str:
    return _current


def as_said(context: str, text: str) -> str:
    """`text` (marked with QT_TRANSLATE_NOOP(context, ...)) in the current language, as it is: no {names}
    are filled in (a template formatted later, once a line)."""
    return words(_current).translate(context, text)


def say(context: str, template: str, /, **args: object) -> str:
    """`template` (marked with QT_TRANSLATE_NOOP(context, ...)) in the current language, its {names} filled
    in: a whole number as the language writes it ('1 234'), a Sentence said in the same language."""
    w = words(_current)
    values = {name: _shown(value, w) for name, value in args.items()}
    translated = w.translate(context, template)
    try:
        return translated.format_map(values)
    except (KeyError, IndexError, ValueError):  # a translation whose placeholders do not match: English
        return template.format_map(values)


def _shown(value: object, w: Words) -> object:
    if isinstance(value, int) and not isinstance(value, bool):
        return w.number(value)
    if isinstance(value, Number):
        return w.number(value.value, value.decimals)
    if isinstance(value, Sentence):
        return str(value)
    return value


class Number:
    """A decimal number for a sentence, written as its language writes them ('1.5' or '1,5')."""

    __slots__ = ("decimals", "value")

    def __init__(self, value: float, decimals: int = 0):
        self.value, self.decimals = value, decimals


class Sentence:
    """An English template (marked for lupdate in `context`) and its arguments; str() says it in the current
    language. A plain str as the template is kept as it is (text from elsewhere, already in words)."""

    __slots__ = ("args", "context", "template")

    def __init__(self, template: "str | Sentence", /, context: str = "Errors", **args: object):
        if isinstance(template, Sentence):  # re-raised under another class: the same sentence
            context, args, template = template.context, {**template.args, **args}, template.template
        self.template, self.context, self.args = template, context, args

    def __str__(self) -> str:
        return (
            say(self.context, self.template, **self.args)
            if self.args
            else words(_current).translate(self.context, self.template)
        )

    def __repr__(self) -> str:
        return f"Sentence({self.template!r}, {self.args!r})"


class PlainError(Exception):
    """An error with one sentence for the user: `Error(QT_TRANSLATE_NOOP("Errors", "{name} is ..."), name=...)`.

    str(error) says it in the current language; another PlainError (or its Sentence) as the template keeps
    that sentence under this class; a plain str is shown as it is.
    """

    def __init__(self, template: "str | Sentence | PlainError" = "", /, **args: object):
        if isinstance(template, PlainError):
            template = template.sentence
        self.sentence = Sentence(template, **args)
        super().__init__(self.sentence.template)

    def __str__(self) -> str:
        return str(self.sentence)

    def __reduce__(self):
        return (_rebuilt, (type(self), self.sentence.template, self.sentence.context, self.sentence.args))


def _rebuilt(cls: type, template: str, context: str, args: dict) -> "PlainError":
    error = cls.__new__(cls)
    Exception.__init__(error, template)
    error.sentence = Sentence(template, context, **args)
    return error


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
