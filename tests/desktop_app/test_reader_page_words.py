"""The words the reader puts around a section (the check box's label, the headings, the
not-legal-advice line) are said in the current language, on the section page, the
glossary page and the start page alike: the French screenshots showed them in English.
(The widget walker of test_i18n.py reads widgets' texts, not the reader's page.)"""

from __future__ import annotations

import re

import pytest

from desktop_app import i18n

pytestmark = pytest.mark.gui

ENGLISH_FRAME = ("Check the official text", "Provisions cited", "Related sections",
                 "This is plain-language information, not legal advice")


@pytest.fixture
def french(qapp):
    from content import load_library

    assert i18n.set_language("fr") == []  # every .qm built and current
    yield load_library(language="fr")
    i18n.set_language("en")


def _text(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


def test_a_french_section_page_is_framed_in_french(french):
    from desktop_app.reader_pages import section_html

    section = next(s for s in french.sections
                   if s.needs_check and s.provisions and s.related and s.sources)
    text = _text(section_html(french, section))
    for words in ENGLISH_FRAME + ("Sources cited",):
        assert words not in text, words
    assert "Vérifiez le texte officiel." in text
    assert "Dispositions citées" in text
    assert "Ces renseignements en langage clair ne constituent pas un avis juridique" in text


def test_the_glossary_and_start_pages_say_it_is_not_legal_advice_in_french(french):
    from desktop_app.reader_pages import glossary_html, home_html

    for html in (glossary_html(french), home_html(french)):
        text = _text(html)
        assert not [w for w in ENGLISH_FRAME if w in text]
        assert "avis juridique" in text


def test_the_english_page_keeps_its_english_words(qapp):
    from content import load_library
    from desktop_app.reader_pages import section_html

    library = load_library()
    section = next(s for s in library.sections if s.needs_check and s.related)
    text = _text(section_html(library, section))
    assert "Check the official text." in text and "Related sections" in text
