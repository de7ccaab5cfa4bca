"""English and French side by side: what one language has and the other lacks, and where the
French skeleton differs from the English.

The French content (``content/data/fr/``) mirrors the English: the same ids, provisions,
statutes, sources, sectors, related sections, link targets and decision-flow structure,
with only the words people read translated. :func:`parity_report` lists, each with its file
and line:

* items (sections, glossary terms, statutes, sources, decision questions and outcomes) that
  exist in one language and not the other;
* any difference in a machine value between the two (a section's ``parent``, ``order``,
  ``kind``, ``statutes``, ``sectors``, ``provisions``, ``sources``, ``related``,
  ``reviewed``; the link targets in its body; a term's ``provisions`` and ``see``; a
  statute's provisions and ``notice.required``...);
* the decision flow with its prose removed, compared key by key: the same questions,
  choices, values, routes, outcomes, verdicts and sections (``status`` and ``check_note``
  may differ: a French legal test restated in our own words is ``check-official-text``);
* **staleness**: a French section whose ``source_sha256``, or a French YAML file whose
  ``translated-from.yaml`` hash, is not the SHA-256 of the English file as it is today;
* French typography (:mod:`content.typography`): a missing non-breaking space.

No Qt, no index. ``check-content`` prints the report (see ``desktop_app/cli/content_cmds``).

The checks, by what they compare: :mod:`~content.parity.sections`,
:mod:`~content.parity.yaml_files` (glossary, statutes, sources, manifest, translated-from
hashes), :mod:`~content.parity.flows` (decision flows); :mod:`~content.parity.report` runs
them all (with the typography check) and says whether the translation is ready.
"""

from __future__ import annotations

from content.parity.flows import flow_mismatches
from content.parity.reading import sha256_file
from content.parity.report import (
    ParityReport,
    french_load_problems,
    parity_report,
    translation_ready,
    typography_problems,
)

__all__ = [
    "ParityReport",
    "flow_mismatches",
    "french_load_problems",
    "parity_report",
    "sha256_file",
    "translation_ready",
    "typography_problems",
]
