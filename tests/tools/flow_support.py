"""A valid decision flow in YAML text, for tests that start from a good flow and break one thing."""

from __future__ import annotations

import textwrap

GOOD = textwrap.dedent("""\
    id: flow
    title: Test flow
    disclaimer: This is not legal advice.
    start: q1
    questions:
      - id: q1
        fact: danger
        text: Is anyone in danger?
        why: Safety first.
        section: s1
        choices:
          - value: "yes"
            label: "Yes"
            next: o-urgent
          - value: "no"
            label: "No"
            next: q2
          - value: unsure
            label: Not sure
            not_sure: true
            next: o-urgent
      - id: q2
        fact: law
        text: Which law?
        why: It decides the rules.
        section: s2
        choices:
          - value: phipa
            label: PHIPA
          - value: unsure
            label: Not sure
            not_sure: true
        route:
          - when: {law: phipa}
            goto: o-share
          - goto: o-consult
    outcomes:
      - id: o-urgent
        verdict: emergency
        urgent: true
        title: Call 911
        plain: Call now.
        provisions_reason: Emergency first.
        notice: {required: "no", text: No notice now.}
        sections: [s1]
        continue_with: {danger: "no"}
        continue_label: Continue
      - id: o-share
        verdict: may-share
        title: You may share
        plain: Under PHIPA s. 40(1).
        provisions: [PHIPA s. 40(1)]
        notice: {required: conditional, text: Maybe., safety: Careful.}
        sections: [s2]
      - id: o-consult
        verdict: consult
        title: Ask
        plain: Ask someone.
        notice: {required: "no", text: None.}
        sections: [s1]
    notes:
      - id: n1
        when: {law: unsure}
        title: "Not sure:"
        text: Ask your privacy officer.
        provisions: [PHIPA s. 18(3)]
    """)
