"""Issue 15: the glossary's and the Acts' types are made after the app's first paint
(``content/model_later.py``), and are still ``content.model``'s: the same classes, equal,
hashable and shown as before, for code and for type checkers."""

from __future__ import annotations

import dataclasses
import subprocess
import sys

import pytest

import content.model as model
from content import model_later
from content.loader import load_library

ROOT = __import__("pathlib").Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("name", model.LATER_TYPES)
def test_each_later_type_is_content_models_own_frozen_dataclass(name):
    cls = getattr(model, name)
    assert cls is getattr(model_later, name)
    assert dataclasses.is_dataclass(cls) and cls.__dataclass_params__.frozen
    exec(f"from content.model import {name} as imported", ns := {})  # noqa: S102
    assert ns["imported"] is cls


def test_unknown_names_are_still_an_attribute_error():
    with pytest.raises(AttributeError, match="no attribute 'Nope'"):
        model.Nope  # noqa: B018
    with pytest.raises(ImportError):
        exec("from content.model import Nope", {})  # noqa: S102


def test_values_compare_hash_and_show_as_before():
    lib = load_library()
    st, term = lib.statutes[0], lib.glossary[0]
    assert type(st) is model.Statute and type(term) is model.GlossaryTerm
    assert dataclasses.replace(st) == st and hash(dataclasses.replace(st)) == hash(st)
    assert repr(term).startswith("GlossaryTerm(id=") and repr(st).startswith("Statute(id=")
    assert isinstance(st.risk_test, model.RiskTest) and isinstance(st.notice, model.NoticeRule)
    assert isinstance(st.law_enforcement, model.StatuteRoute)
    with pytest.raises(dataclasses.FrozenInstanceError):
        term.term = "x"  # type: ignore[misc]


def test_loading_what_the_first_screen_needs_does_not_make_them():
    code = ("import sys\nfrom content.loader import load_library\n"
            "lib = load_library(extras=False)\n"
            "print('content.model_later' in sys.modules)\n"
            "lib.glossary\n"
            "print('content.model_later' in sys.modules)\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         cwd=ROOT, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["False", "True"]
