"""How the agency's contacts (``content.agency``) are shown: HTML and plain text, no Qt.

One place for the wording, used by the start page, Help > Agency contacts, decision
outcomes that name roles to consult (their ``consult`` list), the decision printouts and
the quick reference card. With no ``agency.yaml`` every function returns "" (nothing
changes on screen or on paper).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from content.html_escape import esc
from desktop_app.i18n import translate

if TYPE_CHECKING:  # content.agency is read when an agency's contacts are shown (issue 15)
    from content.agency import Agency, Contact

#: The English; :func:`intro` says it in the current language.
INTRO = ("These contacts were set by your agency (in its agency.yaml file). They hold no "
         "client information.")


def intro() -> str:
    return translate("AgencyView", "These contacts were set by your agency (in its "
                     "agency.yaml file). They hold no client information.")


def role_words(role: str) -> str:
    """A role id ("privacy-officer") in words, in the current language."""
    words = {
        "privacy-officer": translate("AgencyView", "Privacy officer"),
        "supervisor": translate("AgencyView", "Supervisor on call"),
        "childrens-aid": translate("AgencyView", "Children's aid society"),
        "vaw-crisis-line": translate("AgencyView", "VAW crisis line"),
        "police-non-emergency": translate("AgencyView", "Police (non-emergency)"),
        "agency-lawyer": translate("AgencyView", "Agency lawyer"),
    }
    from content.agency import ROLES

    return words.get(role) or ROLES.get(role, role.replace("-", " ").capitalize())


def contact_line(c: Contact) -> str:
    """"Privacy officer (Sam Lee): 416-555-0100, Mon to Fri 9 to 5" as plain text."""
    who = role_words(c.role) + (f" ({c.name})" if c.name else "")
    line = translate("AgencyView", "{who}: {phone}").format(who=who, phone=c.phone)
    if c.hours:
        line += f", {c.hours}"
    return line


def contacts_text(contacts: Sequence[Contact]) -> list[str]:
    """One plain-text line per contact."""
    return [contact_line(c) for c in contacts]


def phone_html(phone: str) -> str:
    """A phone number in bold, at the start of its line so it is not broken up; its
    spaces ("ext. 21") do not break. No invisible characters: copied from the screen,
    it is the number as written."""
    return f"<b>{esc(phone.replace(' ', chr(0xA0)))}</b>"


def unbreakable(phone: str) -> str:
    """``phone`` for paper: no-break spaces, and word joiners (U+2060) around its
    hyphens, where line breaking would otherwise allow a break ("416-555-01 / 00" is a
    wrong number)."""
    return phone.replace(" ", "\u00a0").replace("-", "\u2060-\u2060")


def contacts_table_html(contacts: Sequence[Contact], *, table_class: str = "contacts") -> str:
    """Each contact as a short paragraph: the role (and name) on one line, the phone
    number and hours on the next; it reads in a narrow reader as on paper. "" when there
    are no contacts."""
    if not contacts:
        return ""
    out = []
    for c in contacts:
        who = f"<b>{esc(role_words(c.role))}</b>" + (f" \u00b7 {esc(c.name)}" if c.name else "")
        reach = phone_html(c.phone) + (f" \u00b7 {esc(c.hours)}" if c.hours else "")
        out.append(f'<p class="{table_class}">{who}<br>{reach}</p>')
    return "".join(out)


def consult_html(agency: Agency | None, roles: Iterable[str]) -> str:
    """For a decision outcome that names roles to consult: "Who to ask at <agency>" and
    their contacts. "" with no agency file or no contact for those roles."""
    from content.agency import contacts_for

    contacts = contacts_for(agency, roles)
    if not contacts or agency is None:
        return ""
    return ("<p><b>" + esc(translate("AgencyView", "Who to ask at {agency}").format(
        agency=agency.name)) + "</b></p>" + contacts_table_html(contacts))


def consult_text(agency: Agency | None, roles: Iterable[str]) -> list[str]:
    """The same as :func:`consult_html`, as plain-text lines ([] when there is nothing)."""
    from content.agency import contacts_for

    contacts = contacts_for(agency, roles)
    if not contacts or agency is None:
        return []
    return ([translate("AgencyView", "Who to ask at {agency}:").format(agency=agency.name)]
            + [f"  {line}" for line in contacts_text(contacts)])


def agency_block_html(agency: Agency | None, *, heading: str = "h2") -> str:
    """The full block for the start page and Help > Agency contacts: every contact and
    the local procedure. "" with no agency file."""
    if agency is None:
        return ""
    title = translate("AgencyView", "Your contacts at {agency}").format(agency=agency.name)
    parts = [f"<{heading}>{esc(title)}</{heading}>", contacts_table_html(agency.contacts)]
    if agency.procedure:
        parts.append("<p><b>" + esc(translate("AgencyView", "Our procedure")) + "</b></p><ul>"
                     + "".join(f"<li>{esc(line)}</li>" for line in agency.procedure) + "</ul>")
    note = intro()
    if agency.checked:
        note += " " + translate("AgencyView", "Contacts checked {date}.").format(
            date=agency.checked.isoformat())
    parts.append(f'<p class="legal">{esc(note)}</p>')
    return "\n".join(parts)
