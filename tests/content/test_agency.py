"""The agency layer: agency.yaml loading and validation (content.agency), check-content,
and where the contacts are shown (start page, outcomes that name roles, decision
printouts and the copied text, Help menu)."""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path

import pytest

from content import load_library
from content.agency import ROLES, Agency, Contact, agency_of, contacts_for, parse_agency_text
from tests.tools.print_support import (
    PRINT_CONTENT,
    SIX_CONTACTS,
    load_print_library,
    text_of,
    with_agency,
)


def lib_with(tmp_path: Path, text: str | None):
    root = tmp_path / "content"
    shutil.copytree(PRINT_CONTENT, root)
    if text is not None:
        (root / "agency.yaml").write_text(text, encoding="utf-8")
    return load_library(root)


def agency_problems(library) -> list:
    return [p for p in library.problems if p.path.endswith("agency.yaml")]


# -- loading and validation ----------------------------------------------------------------

def test_a_valid_file_loads_in_role_order():
    agency, problems = parse_agency_text(SIX_CONTACTS)
    assert problems == []
    assert agency.name == "Riverside Women's Shelter"
    assert [c.role for c in agency.contacts] == list(ROLES)
    po = agency.contact("privacy-officer")
    assert (po.name, po.phone, po.hours) == ("Sam Lee", "416-555-0100 ext. 21",
                                             "Mon to Fri, 9 am to 5 pm")
    assert po.role_label == "Privacy officer"
    assert agency.procedure[0].startswith("Tell the shift supervisor")
    assert agency.checked.isoformat() == "2026-12-01"


def test_no_file_changes_nothing(tmp_path):
    library = lib_with(tmp_path, None)
    assert agency_of(library) is None
    assert library.extras["agency"] is None
    assert not agency_problems(library)


def test_the_library_carries_the_agency(tmp_path):
    library = lib_with(tmp_path, SIX_CONTACTS)
    assert not library.problems, library.problems
    assert agency_of(library).name == "Riverside Women's Shelter"


@pytest.mark.parametrize("text,line,words", [
    ("agency: X\ncontacts:\n  - role: privacy-officer\n    phone: 416-555-0100\n"
     "    hours: [unclosed\n", 6, "invalid YAML"),  # libyaml finds it at the end
    ("agency: X\ncontacts:\n  - role: priest\n    phone: 416-555-0100\n", 3,
     "unknown role 'priest'"),
    ("agency: X\ncontacts:\n  - role: supervisor\n    phone: 416-555-0100\n"
     "  - role: supervisor\n    phone: 416-555-0101\n", 5, "listed twice"),
    ("agency: X\ncontacts:\n  - role: supervisor\n    phone: call Bob\n", 4,
     "does not look like a phone number"),
    ("agency: X\ncontacts:\n  - role: supervisor\n    phone: 416-555-0100\n"
     "    email: a@b.c\n", 5, "unknown key 'email'"),
    ("contacts:\n  - role: supervisor\n    phone: 416-555-0100\n", 1,
     "missing required key 'agency'"),
    ("agency: X\nclients:\n  - Jane\ncontacts:\n  - role: supervisor\n"
     "    phone: 416-555-0100\n", 2, "unknown key 'clients'"),
    ("agency: X\ncontacts:\n  - role: supervisor\n    phone: 416-555-0100\n"
     "    hours: " + "open late " * 10 + "\n", 5, "too long"),
    ("agency: <b>X</b>\ncontacts:\n  - role: supervisor\n    phone: 416-555-0100\n", 1,
     "plain text"),
    ("agency: X\ncontacts: []\n", 2, "'contacts' is empty"),
    ("agency: X\ncontacts:\n  - role: supervisor\n    phone: 416-555-0100\nprocedure:\n"
     + "".join(f"  - Step {i}\n" for i in range(6)), 5, "at most 4"),
    ("- just\n- a list\n", 1, "must be a mapping"),
    ("agency: X\ncontacts:\n  - role: police-non-emergency\n    phone: 9-1-1\n", 4,
     "not 911"),
    ("agency: '  '\ncontacts:\n  - role: supervisor\n    phone: 416-555-0100\n", 1,
     "must not be empty"),
])
def test_a_broken_file_is_reported_with_its_line_and_ignored(tmp_path, text, line, words):
    library = lib_with(tmp_path, text)
    problems = agency_problems(library)
    assert problems, library.problems
    first = problems[0]
    assert first.line == line and words in first.message, problems
    assert str(first).endswith(f"agency.yaml:{line}: {first.message}")
    assert agency_of(library) is None  # ignored whole: never half a contact list
    assert problems[-1].message.startswith(("agency.yaml was not used", "invalid YAML"))
    # the rest of the content still loads: never fatal
    assert len(library.sections) == len(load_print_library().sections)


def test_a_file_that_is_not_text_or_a_link_outside_is_ignored(tmp_path):
    library = lib_with(tmp_path, None)
    root = Path(library.root)
    (root / "agency.yaml").write_bytes(b"agency: \xff\xfe\n")
    assert agency_of(load_library(root)) is None
    assert "not valid UTF-8" in agency_problems(load_library(root))[0].message
    (root / "agency.yaml").unlink()
    outside = tmp_path / "elsewhere.yaml"
    outside.write_text(SIX_CONTACTS, encoding="utf-8")
    (root / "agency.yaml").symlink_to(outside)
    library = load_library(root)
    assert agency_of(library) is None
    assert "outside the content folder" in agency_problems(library)[0].message


def test_only_the_content_folder_itself_is_read(tmp_path):
    """Never a folder an ordinary user writes to: not the parent, not a subfolder, not the
    settings folder (--basedir)."""
    library = lib_with(tmp_path, None)
    root = Path(library.root)
    (tmp_path / "agency.yaml").write_text(SIX_CONTACTS, encoding="utf-8")
    (root / "sections" / "agency.yaml").write_text(SIX_CONTACTS, encoding="utf-8")
    basedir = tmp_path / "basedir"
    basedir.mkdir()
    (basedir / "agency.yaml").write_text(SIX_CONTACTS, encoding="utf-8")
    assert agency_of(load_library(root)) is None


def test_check_content_validates_the_agency_file(tmp_path, capsys):
    from content import data_root
    from desktop_app.cli import main

    good = with_agency(data_root(), tmp_path / "a")
    assert main(["--content", str(good), "check-content"]) == 0
    out = capsys.readouterr().out
    assert "Agency contacts OK: Riverside Women's Shelter, 6 contact(s)" in out
    bad = with_agency(data_root(), tmp_path / "b",
                      "agency: X\ncontacts:\n  - role: nobody\n    phone: 1\n")
    assert main(["--content", str(bad), "check-content"]) == 1
    out = capsys.readouterr().out
    assert "agency.yaml:3: unknown role 'nobody'" in out
    assert "agency.yaml:0: agency.yaml was not used" in out
    assert "Agency contacts OK" not in out


# -- display -------------------------------------------------------------------------------

def test_contacts_for_roles_in_the_order_asked():
    agency, _ = parse_agency_text(SIX_CONTACTS)
    got = contacts_for(agency, ["supervisor", "privacy-officer", "agency-lawyer", "supervisor"])
    assert [c.role for c in got] == ["supervisor", "privacy-officer", "agency-lawyer"]
    assert contacts_for(None, ["supervisor"]) == ()
    only = Agency("A", (Contact("supervisor", "416-555-0100"),))
    assert contacts_for(only, ["privacy-officer"]) == ()


def test_start_page_shows_the_contacts_only_when_there_are_some(tmp_path):
    from desktop_app.reader_pages import home_html

    html = home_html(lib_with(tmp_path / "a", SIX_CONTACTS))
    assert "Your contacts at Riverside Women&#x27;s Shelter" in html
    # a phone number starts its line and does not break at its spaces
    assert "<br><b>416-555-0100\u00a0ext.\u00a021</b>" in html
    assert "Tell the shift supervisor" in html
    assert "no client information" in html
    plain = home_html(lib_with(tmp_path / "b", None))
    assert "Your contacts" not in plain and "416-555" not in plain


def test_outcomes_that_name_roles_show_who_to_ask(tmp_path):
    from content.decision import DecisionRecord, evaluate_facts, parse_facts
    from desktop_app.printouts import decision_doc, decision_job, decision_text, share_flow

    library = lib_with(tmp_path, SIX_CONTACTS)
    flow = share_flow(library)
    ev = evaluate_facts(flow, parse_facts("danger=no,organization=municipal,consent=no"))
    record = DecisionRecord.prefilled(ev.summary)
    doc = decision_doc(ev.summary, record, library=library,
                       consult=["privacy-officer", "supervisor"])
    assert "Who to ask at Riverside Women&#x27;s Shelter" in doc.consult_html
    for job in (decision_job(doc, record=True), decision_job(doc, record=False)):
        text = text_of(job.html)
        assert "Who to ask at Riverside Women's Shelter" in text
        assert "416-555-0100 ext. 21" in text and "416-555-0199" in text
        assert "416-555-0140" not in text  # only the roles the outcome names
    copied = decision_text(doc)
    assert "Who to ask at Riverside Women's Shelter:" in copied
    assert "Privacy officer (Sam Lee): 416-555-0100 ext. 21, Mon to Fri, 9 am to 5 pm" \
        in copied
    # no agency file: nothing changes
    plain = decision_doc(ev.summary, record, library=lib_with(tmp_path / "b", None),
                         consult=["privacy-officer"])
    assert plain.consult_html == "" and plain.consult_lines == ()
    assert "Who to ask" not in decision_text(plain)


def test_card_uses_the_library_agency_unless_given_one(tmp_path):
    from desktop_app.printouts import quick_reference_job

    library = lib_with(tmp_path, SIX_CONTACTS)
    text = text_of(quick_reference_job(library).html)
    assert "Your contacts at Riverside Women's Shelter" in text
    other = replace(agency_of(library), name="Other Place")
    assert "Your contacts at Other Place" in text_of(quick_reference_job(library, other).html)


def test_adding_contacts_does_not_make_the_search_index_stale(tmp_path):
    """The bundled search index is keyed by the content hash; agency.yaml is not indexed."""
    before = lib_with(tmp_path / "a", None).content_hash
    after = lib_with(tmp_path / "b", SIX_CONTACTS)
    assert agency_of(after) is not None and after.content_hash == before
    changed = lib_with(tmp_path / "c", None)
    (Path(changed.root) / "synonyms.yaml").write_text("{}\n", encoding="utf-8")
    assert load_library(changed.root).content_hash != before


def test_agency_roles_are_the_roles_outcomes_name():
    from content.decision.model import CONSULT_ROLES

    assert tuple(ROLES) == tuple(CONSULT_ROLES)


def test_shipped_outcomes_that_name_roles_show_the_agency_contacts(tmp_path):
    """Wired to the decision helper's data (an outcome's ``consult`` list), never to words
    in the text: every shipped outcome that names roles prints who to ask."""
    from content import data_root
    from desktop_app.printouts import decision_doc, decision_job, outcome_consult

    library = load_library(with_agency(data_root(), tmp_path / "content"))
    flow = library.extras["decisions"]["share"]
    naming = [o for o in flow.outcomes.values() if o.consult]
    assert naming
    for o in naming:
        assert outcome_consult(o) == tuple(o.consult)
    from content.decision import all_paths, evaluate_facts

    done = set()
    for path in all_paths(flow):
        oid = path.outcome
        if oid in done or not flow.outcomes[oid].consult:
            continue
        ev = evaluate_facts(flow, dict(path.facts))
        assert ev.summary is not None and ev.summary.outcome_id == oid
        done.add(oid)
        doc = decision_doc(ev.summary, None, library=library)
        text = text_of(decision_job(doc, record=True).html)
        assert "Who to ask at Riverside Women's Shelter" in text, oid
        for role in flow.outcomes[oid].consult:
            assert ROLES[role] in text, (oid, role)
    assert done == {o.id for o in naming}  # every outcome that names roles was printed
