"""One walk through a flow: answer, back, edit, review, confirm (pure, no Qt)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, replace

from content.decision.model import DecisionError, DecisionFlow, Node, Outcome, Question, _apply
from content.decision.summary import (
    Answer,
    DecisionSummary,
    Progress,
    Review,
    Step,
    summarize,
)

# -- the session -------------------------------------------------------------------------

@dataclass(frozen=True)
class _State:
    answers: tuple[tuple[str, str], ...] = ()
    confirmed: bool = False
    replay: tuple[tuple[str, str], ...] = ()
    suggested: str | None = None


class DecisionSession:
    """One walk through a flow. Pure: no Qt, no I/O, nothing kept after :meth:`restart`.

    Every mutating call (:meth:`answer`, :meth:`confirm`, :meth:`edit`, :meth:`resume`)
    pushes the previous state, so :meth:`back` undoes exactly one call.
    """

    def __init__(self, flow: DecisionFlow):
        self.flow = flow
        self._state = _State()
        self._history: list[_State] = []

    # -- navigation ---------------------------------------------------------------
    def start(self) -> Step:
        """Forget every answer and return the first question."""
        self._state = _State()
        self._history.clear()
        return self.current

    restart = start

    def answer(self, value: str) -> Step:
        """Answer the current question with the choice whose value is ``value``."""
        cur = self.current
        if not isinstance(cur, Question):
            raise DecisionError("the current step is not a question")
        cur.choice(value)  # raises DecisionError for an unknown value
        answers = (*self._state.answers, (cur.id, value))
        replay = dict(self._state.replay)
        replay.pop(cur.id, None)
        # Replay answers kept from an edit while the path still asks the same questions.
        while replay:
            node, _facts = self._resolve(answers)
            if not isinstance(node, Question) or node.id not in replay:
                break
            v = replay.pop(node.id)
            if not node.has_choice(v):
                break
            answers = (*answers, (node.id, v))
        self._push(_State(answers=answers, replay=tuple(replay.items())))
        return self.current

    def confirm(self) -> Outcome:
        """From the review screen, show the outcome."""
        if not isinstance(self.current, Review):
            raise DecisionError("there is nothing to confirm: the current step is not the review")
        self._push(replace(self._state, confirmed=True, replay=()))
        out = self.current
        assert isinstance(out, Outcome)
        return out

    def edit(self, index: int) -> Question:
        """Re-ask the question answered at ``index``; later answers are kept for replay."""
        answers = self._state.answers
        if not 0 <= index < len(answers):
            raise DecisionError(f"there is no answer number {index}")
        qid, value = answers[index]
        later = answers[index + 1:]
        self._push(_State(answers=answers[:index], replay=later, suggested=value))
        cur = self.current
        assert isinstance(cur, Question) and cur.id == qid
        return cur

    def resume(self) -> Step:
        """For an urgent outcome with ``continue_with`` (call 911 first): carry on with the
        other questions as if the last answer had been the ``continue_with`` value."""
        cur = self.current
        if not isinstance(cur, Outcome) or not cur.continue_with:
            raise DecisionError("this step has nothing to continue with")
        answers = self._state.answers
        qid, _ = answers[-1]
        q = self.flow.questions[qid]
        value = cur.continue_with.get(q.fact)
        if value is None or not q.has_choice(value):
            raise DecisionError(f"cannot continue: '{qid}' has no matching answer")
        self._push(_State(answers=(*answers[:-1], (qid, value))))
        return self.current

    def back(self) -> Step:
        """Undo the last answer, confirm, edit or resume (no-op at the first question)."""
        if self._history:
            undone = self._state
            self._state = self._history.pop()
            if undone.answers and len(undone.answers) > len(self._state.answers):
                # Offer the undone answer again, so Enter takes the same route.
                qid, value = undone.answers[len(self._state.answers)]
                cur = self.current
                if isinstance(cur, Question) and cur.id == qid:
                    self._state = replace(self._state, suggested=value)
        return self.current

    @property
    def can_go_back(self) -> bool:
        return bool(self._history)

    def _push(self, state: _State) -> None:
        self._history.append(self._state)
        self._state = state

    # -- state --------------------------------------------------------------------
    def _resolve(self, answers: tuple[tuple[str, str], ...]) -> tuple[Node, dict[str, str]]:
        flow = self.flow
        node: Node = flow.node(flow.start)
        facts: dict[str, str] = {}
        for qid, value in answers:
            if not isinstance(node, Question) or node.id != qid:
                raise DecisionError(f"answer to '{qid}' does not fit the flow")
            choice = node.choice(value)
            _apply(facts, node, choice)
            nxt = flow.next_id(node, choice, facts)
            if nxt is None:
                raise DecisionError(f"the flow has no route after '{qid}' = '{value}'")
            node = flow.node(nxt)
        return node, facts

    @property
    def current(self) -> Step:
        node, _ = self._resolve(self._state.answers)
        if isinstance(node, Question):
            return node
        if node.urgent or self._state.confirmed:
            return node
        return Review(node, self.answers)

    @property
    def answers(self) -> tuple[Answer, ...]:
        out = []
        for i, (qid, value) in enumerate(self._state.answers):
            q = self.flow.questions[qid]
            out.append(Answer(i, q, q.choice(value)))
        return tuple(out)

    @property
    def facts(self) -> dict[str, str]:
        """The facts so far (a choice's ``set`` already applied)."""
        return self._resolve(self._state.answers)[1]

    @property
    def suggested_choice(self) -> str | None:
        """The answer to pre-select (the one just undone by Back, or being edited)."""
        cur = self.current
        s = self._state.suggested
        if isinstance(cur, Question) and s is not None and cur.has_choice(s):
            return s
        return None

    def review(self) -> tuple[Answer, ...]:
        """Every answer so far, in order (the review screen lists these)."""
        return self.answers

    def summary(self) -> DecisionSummary | None:
        """The outcome's summary on this path; None until an outcome is reached."""
        node, facts = self._resolve(self._state.answers)
        if not isinstance(node, Outcome):
            return None
        return summarize(self.flow, self.answers, node, facts)

    def progress(self) -> Progress:
        n = len(self._state.answers)
        node, facts = self._resolve(self._state.answers)
        if not isinstance(node, Question):
            return Progress(n, n, self.flow.labels)
        return Progress(n + 1, n + self._typical_remaining(node, facts), self.flow.labels)

    def _typical_remaining(self, node: Question, facts: dict[str, str]) -> int:
        return typical_remaining(self.flow, node, facts)


def typical_remaining(flow: DecisionFlow, node: Node, facts: Mapping[str, str]) -> int:
    """How many questions are left, counting ``node``, on the typical path from here.

    At each question the typical answer is the one whose next question is shared by the
    most answers (ties: the first listed); answers that end at an outcome are skipped
    while another answer asks more. Deterministic and cheap.
    """
    count = 0
    facts = dict(facts)
    seen: set[str] = set()
    while isinstance(node, Question) and node.id not in seen:
        seen.add(node.id)
        count += 1
        options: list[tuple[str, dict[str, str]]] = []
        for c in node.choices:
            f2 = dict(facts)
            _apply(f2, node, c)
            nxt = flow.next_id(node, c, f2)
            if nxt is not None and nxt in flow.questions:
                options.append((nxt, f2))
        if not options:
            break
        votes = Counter(n for n, _ in options)
        best = max(votes, key=lambda n: (votes[n], -[o[0] for o in options].index(n)))
        facts = next(f for n, f in options if n == best)
        node = flow.questions[best]
    return max(count, 1)
