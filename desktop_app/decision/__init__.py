"""The decision helper on screen: the panel beside the reader and the full result page.

- :mod:`.panel`: :class:`~.panel.DecisionPanel`, its frame, public API and keyboard;
- :mod:`.step_view`: draws a question, the review or a result;
- :mod:`.record_form`: the decision record form and the record as data;
- :mod:`.record_idle`: the record's idle clear;
- :mod:`.controls`: the small wrapping widgets the steps are made of;
- :mod:`.parts`: the state the panel's parts share, declared once;
- :mod:`.outcome_page`: the result as a full page in the reader (HTML, no Qt).

Nothing is imported here, so the reader can use the outcome page without loading Qt
widgets it does not need.
"""
