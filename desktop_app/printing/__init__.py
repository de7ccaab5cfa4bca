"""Printing and PDF export with Qt's own tools (QTextDocument, QPrinter, QPdfWriter).

The printouts' HTML comes from :mod:`desktop_app.printouts`; this package puts it on paper.
Its rooms, in the order a printout goes through them:

- :mod:`.layout`: the HTML laid out on a device's page (rows kept whole, bullets spaced,
  no ligatures), and the footer band measured.
- :mod:`.overview`: the decision map's overview diagram, drawn with QPainter.
- :mod:`.render`: :func:`~.render.render` paints a job page by page with its footer;
  :func:`~.render.setup_page` sets paper and margins.
- :mod:`.pdf`: :func:`~.pdf.pdf_bytes` and :func:`~.pdf.export_pdf` (also the command
  line's); :mod:`.files` writes atomically and refuses folders and devices;
  :mod:`.errors` holds :class:`~.errors.PrintError` and the words for file errors.
- :mod:`.dialog`: the what-to-print dialog (:class:`~.dialog.Selection`,
  :class:`~.dialog.Available`); :mod:`.preview`: the print dialog and the preview.
- :mod:`.clipboard`: a decision copied as private text, cleared on quick exit.
- :mod:`.sources`: what the controller is given, typed (the seam with the window);
  :mod:`.controller`: :class:`~.controller.PrintController`, the actions;
  :mod:`.install`: :func:`~.install.install_print_actions` puts them in the window.

Importing this package imports none of them: the command line takes only what a PDF needs.
"""
