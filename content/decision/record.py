"""The decision record form as data, its Markdown, and the name-like-text warning."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from content.decision.model import DEFAULT_LABELS

if TYPE_CHECKING:
    from content.decision.summary import DecisionSummary


_FIELD_KEYS = ("decided_at", "role", "authority", "route", "shared", "what", "to_whom", "why",
               "consent", "notice", "follow_up", "risk_factors")
#: The decision record form, in order: (key, English label). A flow's own labels, in its
#: language: :func:`record_fields`.
RECORD_FIELDS: tuple[tuple[str, str], ...] = tuple(
    (key, DEFAULT_LABELS[f"field_{key}"]) for key in _FIELD_KEYS)
SHARED_VALUES = ("", "shared", "not-shared", "partly")
SHARED_LABELS = {"": "", **{v: DEFAULT_LABELS["shared_" + v.replace("-", "_")]
                            for v in SHARED_VALUES if v}}


def _label(labels: Mapping[str, str] | None, label_id: str) -> str:
    return (labels or DEFAULT_LABELS).get(label_id) or DEFAULT_LABELS[label_id]


def record_fields(labels: Mapping[str, str] | None = None) -> tuple[tuple[str, str], ...]:
    """The record form, in order: (key, label in the language of ``labels``, a flow's)."""
    return tuple((key, _label(labels, f"field_{key}")) for key in _FIELD_KEYS)


def shared_label(value: str, labels: Mapping[str, str] | None = None) -> str:
    """"Shared", "Not shared"... for a ``shared`` value, in the language of ``labels``."""
    if value not in SHARED_VALUES or not value:
        return value
    return _label(labels, "shared_" + value.replace("-", "_"))
#: Free-text record fields checked for name-like strings.
FREE_TEXT_FIELDS = ("role", "route", "what", "to_whom", "why", "consent", "notice", "follow_up")


@dataclass(frozen=True)
class DecisionRecord:
    """The decision record form as data. Never saved by the app; printed only on request."""

    decided_at: str = ""
    role: str = ""
    authority: str = ""
    route: str = ""
    shared: str = ""
    what: str = ""
    to_whom: str = ""
    why: str = ""
    consent: str = ""
    notice: str = ""
    follow_up: str = ""
    risk_factors: tuple[str, ...] = ()
    outcome_id: str = ""
    outcome_title: str = ""

    @classmethod
    def prefilled(cls, summary: DecisionSummary, now: datetime | None = None) -> DecisionRecord:
        """A record with what the answers already say (the user can change all of it)."""
        facts = summary.facts
        by_fact = {a.question.fact: a.choice for a in summary.answers}
        consent = by_fact.get("consent")
        recipient = by_fact.get("recipient")
        shared = {"may-share": "", "must-report": "shared", "consent-only": "not-shared",
                  "seek-consent": "not-shared"}.get(summary.verdict, "")
        return cls(
            decided_at=now.strftime("%Y-%m-%d %H:%M") if now else "",
            authority="; ".join(summary.provisions),
            route=summary.route,
            shared=shared,
            to_whom=recipient.label if recipient and facts.get("recipient") != "unsure" else "",
            consent=consent.label if consent else "",
            outcome_id=summary.outcome_id,
            outcome_title=summary.title,
        )

    def as_dict(self) -> dict[str, Any]:
        d = {k: getattr(self, k) for k, _ in RECORD_FIELDS}
        d["risk_factors"] = list(self.risk_factors)
        d["outcome_id"] = self.outcome_id
        d["outcome_title"] = self.outcome_title
        return d

    def rows(self, labels: Mapping[str, str] | None = None) -> list[tuple[str, str]]:
        """(label, value) rows for printing, in form order, labelled in the language of
        ``labels`` (a flow's; English without)."""
        rows = []
        for key, label in record_fields(labels):
            value = getattr(self, key)
            if key == "risk_factors":
                value = "; ".join(value)
            elif key == "shared":
                value = shared_label(value, labels)
            rows.append((label, value))
        return rows

    def is_empty(self) -> bool:
        return not any(getattr(self, k) for k in FREE_TEXT_FIELDS + ("shared", "risk_factors"))

    def name_warnings(self) -> list[tuple[str, str]]:
        """(field key, suspicious text) for every free-text field that may hold a name."""
        out = []
        for key in FREE_TEXT_FIELDS:
            hit = name_warning(getattr(self, key))
            if hit:
                out.append((key, hit))
        return out


def record_markdown(summary: DecisionSummary | None, record: DecisionRecord) -> str:
    """The record as Markdown (a table), for printing or PDF export on request."""
    labels = summary.labels if summary is not None else None
    out = ["## " + _label(labels, "record_title"), ""]
    if summary is not None:
        out += [_label(labels, "record_outcome").format(
            title=f"**{_md_escape(summary.title)}**"), ""]
    out += ["| | |", "|---|---|"]
    for label, value in record.rows(labels):
        one_line = " / ".join(part.strip() for part in value.splitlines() if part.strip())
        cell = _md_escape(one_line) if one_line else "—"
        out.append(f"| {label} | {cell} |")
    out += ["", "*" + _md_escape(_label(labels, "record_footer")) + "*", ""]
    return "\n".join(out)


_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]<>()#+!|~])")


def _md_escape(text: str) -> str:
    return _MD_SPECIAL.sub(r"\\\1", text)


# -- the name-like warning -------------------------------------------------------------------

_NOT_NAMES = {
    # function words that start sentences
    "a", "an", "the", "i", "he", "she", "they", "we", "you", "it", "his", "her", "their",
    "this", "that", "these", "those", "there", "then", "when", "after", "before", "on", "in",
    "at", "to", "for", "from", "with", "without", "by", "no", "not", "yes", "if", "but",
    "and", "or", "so", "as", "our", "my", "me", "us", "them", "all", "some", "any", "one",
    "two", "both", "each", "per", "via", "re", "see", "call", "called", "told", "asked",
    "shared", "gave", "sent", "faxed", "emailed", "phoned", "met", "spoke", "talked",
    "consent", "client", "patient", "resident", "worker", "officer", "staff", "manager",
    "supervisor", "counsellor", "nurse", "doctor", "physician", "social", "case",
    # organizations, places and titles that are not people
    "police", "ontario", "canada", "toronto", "ottawa", "crown", "court", "courts",
    "children's", "childrens", "aid", "society", "societies", "services", "service",
    "board", "hospital", "health", "ministry", "victim", "witness", "assistance", "program",
    "probation", "parole", "provincial", "municipal", "community", "centre", "center",
    "shelter", "house", "emergency", "department", "unit", "table", "situation", "high",
    "risk", "team", "family", "legal", "clinic", "privacy", "officer's", "women's",
    "mental", "public", "city", "town", "county", "region", "regional", "first", "nation",
    "nations", "inuit", "métis", "metis", "indigenous", "opp", "cas", "vaw", "ipv",
    "dvdrc", "ipc", "er", "icu", "act", "part", "section", "schedule", "commissioner",
    "information", "protection", "personal", "coordinator",
    # calendar words
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "today", "tomorrow", "yesterday",
}
_TITLES = {"mr", "mrs", "ms", "miss", "mx", "dr", "sgt", "cst", "det", "insp"}
_WORD = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿ][A-Za-zÀ-ÖØ-öø-ÿ'’-]*\.?")
_NAME_CUE = re.compile(
    r"\b(?:named|name is|called|name was|known as)\s+([A-ZÀ-Ö][a-zà-öø-ÿ'’-]+)")


def name_warning(text: str) -> str | None:
    """The part of ``text`` that looks like a person's name, or None.

    A heuristic, used only to warn: two or more capitalized words in a row that are not
    common words, organizations, places or months ("Jane Doe"); a title before a
    capitalized word ("Ms. Doe"); or "named X" / "called X".
    """
    if not text:
        return None
    m = _NAME_CUE.search(text)
    if m:
        return m.group(0)
    words = [(w.group(0), w.start()) for w in _WORD.finditer(text)]
    for i, (w, _) in enumerate(words[:-1]):
        bare = w.rstrip(".").lower()
        nxt = words[i + 1][0].rstrip(".")
        if bare in _TITLES and nxt[:1].isupper():
            return f"{w} {nxt}"
    run: list[str] = []
    for w, _ in words + [("", 0)]:
        bare = w.rstrip(".")
        candidate = (bare[:1].isupper() and not bare.isupper() and len(bare) > 1
                     and bare.lower().strip("'’") not in _NOT_NAMES)
        if candidate:
            run.append(bare)
            if w.endswith(".") and len(run) < 2:
                run = []  # sentence ended after one word
            continue
        if len(run) >= 2:
            return " ".join(run)
        run = []
    return None
