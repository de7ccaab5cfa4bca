"""The main window's rooms. :class:`desktop_app.mainwindow.MainWindow` builds the widgets
and owns one of each controller below, handing each the collaborators it uses:

* ``layout.py``: the first window size, the side tabs, geometry saved and restored.
* ``contents.py``: the table of contents (filled, its "check" signs, kept on the open page).
* ``navigation.py``: ``HistoryEntry``, opening pages, Back and Forward.
* ``find.py``: the search hits highlighted in the page, and Find in page.
* ``links.py``: links in the reader (clicked, hovered, focused), "On this page", definitions.
* ``actions.py``: actions, menus, toolbar, the keyboard-shortcuts list.
* ``help.py``: the Help menu's dialogs and the citation copy.
* ``appearance.py``: zoom and colours.
* ``focus.py``: Tab order, F6 between panes, the side panel toggle.
* ``privacy.py``: quick exit (Shift x3, the cover), clearing what was on screen.
* ``idle.py``: the idle warning and clear.
* ``status.py``: the search index start-up and its status, the status bar, the problems bar.
"""
