"""The agency layer: an optional ``agency.yaml`` with the agency's own contacts, by role.

The guide tells people to "talk to your privacy officer" or "call the children's aid
society"; an agency can say who and how, once, in ``agency.yaml``:

.. code-block:: yaml

    agency: Example Women's Shelter
    checked: 2026-12-01            # optional: when these contacts were last checked
    contacts:
      - role: privacy-officer
        name: Privacy office, Sam Lee     # optional
        phone: 416-555-0100
        hours: Mon to Fri, 9 am to 5 pm
      - role: supervisor
        phone: 416-555-0101
        hours: 24 hours (on-call cell)
    procedure:                     # optional: a few short lines of local practice
      - Tell the shift supervisor before you call police about a resident.

The file is read **only** from the content folder the app was built or started with,
never from a settings folder an ordinary user can write to: a phone number printed next
to legal guidance is exactly what an abuser with access to the computer would change.
It holds no client information.

Pure Python, no Qt. :func:`content.loader.add_extras` loads it with the decision flows:
``library.agency`` is an
:class:`Agency`, or None when there is no file or when the file has any problem (a
broken file is reported as ``path:line: message`` and ignored as a whole, never half
shown: a wrong phone number is worse than none).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from content.messages import Msg, msg
from content.model import Library
from content.yamlio import Lines, Path_, YamlSyntaxError, line_of, load_with_lines, parse_text

FILE_NAME = "agency.yaml"
MAX_FILE_BYTES = 20_000
#: In a content folder made by laying an agency pack over the guide: the ids of the sections
#: that came from the agency, one a line (:func:`desktop_app.content_source.agency_sections`).
AGENCY_LIST = ".agency-sections"

#: Role id -> how the role is named on screen and on paper, in a fixed display order.
ROLES: dict[str, str] = {
    "privacy-officer": "Privacy officer",
    "supervisor": "Supervisor on call",
    "childrens-aid": "Children's aid society",
    "vaw-crisis-line": "VAW crisis line",
    "police-non-emergency": "Police (non-emergency)",
    "agency-lawyer": "Agency lawyer",
}

MAX_NAME = 80          # agency name, contact name
MAX_PHONE = 40
MAX_HOURS = 60
MAX_PROCEDURE_LINES = 4
MAX_PROCEDURE_CHARS = 160

_TOP_KEYS = {"agency", "checked", "contacts", "procedure"}
_CONTACT_KEYS = {"role", "name", "phone", "hours"}
_PHONE_RE = re.compile(r"^\+?[0-9][0-9 ().\-]*[0-9](?:\s*(?:ext\.?|x)\s*[0-9]{1,6})?$",
                       re.IGNORECASE)

Report = Callable[[Path, int, Msg], None]
NOT_USED = msg("agency-not-used")


@dataclass(frozen=True)
class Contact:
    """One contact: ``role`` is a key of :data:`ROLES`."""

    role: str
    phone: str
    hours: str = ""
    name: str = ""

    @property
    def role_label(self) -> str:
        return ROLES.get(self.role, self.role)


@dataclass(frozen=True)
class Agency:
    """What ``agency.yaml`` says. ``contacts`` are in the order of :data:`ROLES`."""

    name: str
    contacts: tuple[Contact, ...] = ()
    procedure: tuple[str, ...] = ()
    checked: date | None = None
    path: str = ""

    def contact(self, role: str) -> Contact | None:
        return next((c for c in self.contacts if c.role == role), None)


def contacts_for(agency: Agency | None, roles: Iterable[str]) -> tuple[Contact, ...]:
    """The agency's contacts for ``roles`` (role ids, e.g. an outcome's ``consult``
    list), in the order given, each once; roles the agency has no contact for are left
    out. Empty when there is no agency file."""
    if agency is None:
        return ()
    out: list[Contact] = []
    for role in roles:
        c = agency.contact(role)
        if c is not None and c not in out:
            out.append(c)
    return tuple(out)


def role_label(role: str) -> str:
    """How a role id is named ("privacy-officer" -> "Privacy officer")."""
    return ROLES.get(role, role.replace("-", " ").capitalize())


# -- parsing -----------------------------------------------------------------------------

def _phone_ok(phone: str) -> bool:
    return bool(_PHONE_RE.match(phone)) and sum(ch.isdigit() for ch in phone) >= 3


def parse_agency(data: Any, lines: Lines, path: Path, report: Report) -> Agency | None:
    """An :class:`Agency` from parsed YAML, or None if anything is wrong (every problem
    is reported through ``report(path, line, message)``)."""
    problems = 0

    def err(line: int, message: Msg) -> None:
        nonlocal problems
        problems += 1
        report(path, line, message)

    if not isinstance(data, dict):
        err(line_of(lines), msg("agency-not-mapping"))
        report(path, 0, NOT_USED)
        return None
    for key in data:
        if key not in _TOP_KEYS:
            err(line_of(lines, key), msg("agency-unknown-key", key=key,
                                         allowed=", ".join(sorted(_TOP_KEYS))))

    def text(value: Any, where: Path_, what: str, limit: int, *, required: bool) -> str:
        if value is None:
            value = ""
        if isinstance(value, int) and not isinstance(value, bool) and what == "phone":
            value = str(value)
        if not isinstance(value, str):
            err(line_of(lines, *where), msg("not-text", key=what, type=type(value).__name__))
            return ""
        words = " ".join(value.split())
        if required and not words:
            err(line_of(lines, *where), msg("empty-value", key=what))
        if len(words) > limit:
            err(line_of(lines, *where), msg("agency-too-long", key=what, n=len(words),
                                            limit=limit))
        if any(ch in words for ch in "<>{}"):
            err(line_of(lines, *where), msg("agency-not-plain", key=what))
        return words

    if "agency" not in data:
        err(line_of(lines), msg("agency-no-name"))
    name = text(data.get("agency"), ("agency",), "agency", MAX_NAME, required=True)
    checked = data.get("checked")
    if checked is not None and not isinstance(checked, date):
        err(line_of(lines, "checked"), msg("agency-bad-checked"))
        checked = None

    contacts: dict[str, Contact] = {}
    raw_contacts = data.get("contacts")
    if raw_contacts is None:
        err(line_of(lines), msg("agency-no-contacts"))
        raw_contacts = []
    if not isinstance(raw_contacts, list):
        err(line_of(lines, "contacts"), msg("agency-contacts-not-list"))
        raw_contacts = []
    elif not raw_contacts and "contacts" in data:
        err(line_of(lines, "contacts"), msg("agency-contacts-empty"))
    for i, item in enumerate(raw_contacts):
        where = ("contacts", i)
        if not isinstance(item, dict):
            err(line_of(lines, *where), msg("agency-contact-not-mapping"))
            continue
        for key in item:
            if key not in _CONTACT_KEYS:
                err(line_of(lines, *where, key), msg("agency-contact-unknown-key", key=key,
                                                     allowed=", ".join(sorted(_CONTACT_KEYS))))
        role = item.get("role")
        if role not in ROLES:
            err(line_of(lines, *where, "role"), msg("agency-unknown-role", role=str(role),
                                                    allowed=", ".join(ROLES)))
            continue
        if role in contacts:
            err(line_of(lines, *where, "role"), msg("agency-role-twice", role=role))
            continue
        phone = text(item.get("phone"), (*where, "phone"), "phone", MAX_PHONE, required=True)
        if phone and not _phone_ok(phone):
            err(line_of(lines, *where, "phone"), msg("agency-bad-phone", phone=phone))
        elif role == "police-non-emergency" and "".join(filter(str.isdigit, phone)) == "911":
            err(line_of(lines, *where, "phone"), msg("agency-police-911"))
        hours = text(item.get("hours"), (*where, "hours"), "hours", MAX_HOURS, required=False)
        cname = text(item.get("name"), (*where, "name"), "name", MAX_NAME, required=False)
        contacts[role] = Contact(role=role, phone=phone, hours=hours, name=cname)

    procedure: list[str] = []
    raw_proc = data.get("procedure") or []
    if isinstance(raw_proc, str):
        raw_proc = [raw_proc]
    if not isinstance(raw_proc, list):
        err(line_of(lines, "procedure"), msg("agency-procedure-not-list"))
        raw_proc = []
    if len(raw_proc) > MAX_PROCEDURE_LINES:
        err(line_of(lines, "procedure"), msg("agency-procedure-too-long", n=len(raw_proc),
                                             limit=MAX_PROCEDURE_LINES))
    for i, line in enumerate(raw_proc):
        value = text(line, ("procedure", i), "procedure", MAX_PROCEDURE_CHARS, required=True)
        if value:
            procedure.append(value)

    if problems:
        report(path, 0, NOT_USED)
        return None
    ordered = tuple(contacts[r] for r in ROLES if r in contacts)
    return Agency(name=name, contacts=ordered, procedure=tuple(procedure), checked=checked,
                  path=str(path))


def parse_agency_text(text: str, path: str = FILE_NAME) -> tuple[Agency | None,
                                                                  list[tuple[int, str]]]:
    """Parse YAML text (for tests and tools): (agency or None, [(line, message)])."""
    return parse_text(text, lambda data, lines, report: parse_agency(data, lines, Path(path),
                                                                      report))


def load_agency(root: Path, library: Any, report: Report) -> Agency | None:
    """Loader hook: ``<content root>/agency.yaml`` -> :class:`Agency`, or None.

    Called by :func:`content.loader.add_extras`. Only the content folder
    itself is looked in (``root``), never a settings or user folder.
    """
    path = Path(root) / FILE_NAME
    if not path.exists() and not path.is_symlink():
        return None
    try:
        if path.is_symlink() and not path.resolve().is_relative_to(Path(root).resolve()):
            report(path, 0, msg("link-outside"))
            return None
        if not path.is_file():
            report(path, 0, msg("not-a-file"))
            return None
        raw = path.read_bytes()
    except OSError as exc:
        report(path, 0, msg("cannot-read-ignored", reason=str(exc.strerror or exc)))
        return None
    if len(raw) > MAX_FILE_BYTES:
        report(path, 0, msg("file-too-large", size=len(raw), limit=MAX_FILE_BYTES))
        return None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        report(path, raw[: exc.start].count(b"\n") + 1, msg("not-utf8-ignored"))
        return None
    if not text.strip():
        report(path, 0, msg("file-empty-ignored"))
        return None
    try:
        data, lines = load_with_lines(text)
    except YamlSyntaxError as exc:
        report(path, exc.line, msg("agency-yaml-invalid", error=exc.msg))
        return None
    return parse_agency(data, lines, path, report)


def _quiet_load(path: Path) -> tuple[Agency | None, Any, Lines]:
    """``path`` parsed, its raw data and key lines; problems ignored (the loader reports
    them)."""
    try:
        data, lines = load_with_lines(path.read_bytes().decode("utf-8-sig"))
    except (OSError, UnicodeDecodeError, YamlSyntaxError):
        return None, None, {}
    return parse_agency(data, lines, path, lambda *_: None), data, lines


def parity_problems(en_root: Path, fr_root: Path) -> list[tuple[Path, int, Msg]]:
    """How the French ``agency.yaml`` in ``fr_root`` differs from the English one in
    ``en_root``: ``(file, line, message)`` each; empty when they match or neither exists.

    The French file mirrors the English: the same roles, and the same phone numbers and
    "checked" date (a number that differs between the two languages is a number someone
    will dial wrong); only the agency's name, the contacts' names, the hours and the
    procedure lines are translated. A missing French file is reported as "no French
    translation yet" (the English contacts are shown in French meanwhile). A file that
    does not load is left to the loader, which reports why.
    """
    en_path, fr_path = Path(en_root) / FILE_NAME, Path(fr_root) / FILE_NAME
    if not fr_path.exists():
        if en_path.exists():
            return [(fr_path, 0, msg("agency-fr-missing", file=FILE_NAME))]
        return []
    if not en_path.exists():
        return [(fr_path, 0, msg("agency-fr-no-english", file=FILE_NAME))]
    english, _, _ = _quiet_load(en_path)
    french, data, lines = _quiet_load(fr_path)
    if english is None or french is None:
        return []
    raw = data.get("contacts") if isinstance(data, dict) else None
    position = {item.get("role"): i for i, item in enumerate(raw or [])
                if isinstance(item, dict)}

    def where(role: str, key: str) -> int:
        return line_of(lines, "contacts", position.get(role, 0), key) or 1

    out: list[tuple[Path, int, Msg]] = []
    for c in english.contacts:
        f = french.contact(c.role)
        if f is None:
            out.append((fr_path, line_of(lines, "contacts") or 1,
                        msg("agency-fr-role-missing", role=c.role, file=FILE_NAME)))
        elif f.phone != c.phone:
            out.append((fr_path, where(c.role, "phone"),
                        msg("agency-fr-phone-differs", role=c.role, fr=f.phone, en=c.phone)))
    for f in french.contacts:
        if english.contact(f.role) is None:
            out.append((fr_path, where(f.role, "role"),
                        msg("agency-fr-role-extra", role=f.role, file=FILE_NAME)))
    if french.checked != english.checked:
        out.append((fr_path, line_of(lines, "checked") or 1,
                    msg("agency-fr-checked-differs",
                        fr=str(french.checked) if french.checked else msg("value-none"),
                        en=str(english.checked) if english.checked else msg("value-none"))))
    return out


def layered_sections(root: Path | str) -> frozenset[str]:
    """The ids listed in ``root``'s :data:`AGENCY_LIST` (empty: not an agency's layer)."""
    try:
        text = (Path(root) / AGENCY_LIST).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return frozenset()
    return frozenset(line.strip() for line in text.splitlines() if line.strip())


def agency_of(library: Library) -> Agency | None:
    """The library's agency layer, or None (the same as ``library.agency``)."""
    return library.agency
