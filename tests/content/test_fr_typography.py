"""The French typography fixer: non-breaking spaces in prose, never in links, keys or URLs."""

from tools.fr_typography import NBSP, fix_text, problems


def test_spaces_become_non_breaking_before_high_punctuation_and_inside_guillemets():
    assert fix_text("Qui décide ? Elle : oui ; « non »!") == (
        f"Qui décide{NBSP}? Elle{NBSP}: oui{NBSP}; «{NBSP}non{NBSP}»{NBSP}!")
    assert fix_text("«texte»") == f"«{NBSP}texte{NBSP}»"


def test_links_keys_times_and_web_addresses_are_left_alone():
    text = ("title: Voir [le risque](section:serious-harm) à 10:30\n"
            "url: https://www.ontario.ca/lois?lang=fr!")
    assert fix_text(text) == text
    assert problems(text) == []


def test_fixing_twice_changes_nothing_and_check_reports_lines():
    once = fix_text("a ?\nb\nc :")
    assert fix_text(once) == once
    assert [line for line, _ in problems("a ?\nb\nc :")] == [1, 3]
