"""Background work: a pure job function plus one Qt adapter.

A job is any callable ``job(*args, progress=..., is_cancelled=...)`` that never touches a
widget (the index build, for example). :func:`run_in_pool` runs it in a
:class:`~PySide6.QtCore.QThreadPool` and delivers the result, the error or progress on the
GUI thread through a :class:`WorkerSignals` object created on the GUI thread.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

if TYPE_CHECKING:  # only named in annotations: the index (and Whoosh) load in the worker
    from content.model import Library
    from index.searcher import SearchIndex


class CancelToken:
    """Shared flag a job polls through ``is_cancelled()``."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    def is_cancelled(self) -> bool:
        return self._event.is_set()


class WorkerSignals(QObject):
    """Lives on the GUI thread; the worker emits, queued connections deliver.

    Signals:
        progressed(int, int): done, total.
        succeeded(object): the job's return value.
        failed(object): the exception the job raised.
        finished(): after succeeded or failed.
    """

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)
    finished = Signal()


class _Runnable(QRunnable):
    def __init__(self, job: Callable[..., Any], args: tuple, kwargs: dict,
                 signals: WorkerSignals, token: CancelToken):
        super().__init__()
        self.setAutoDelete(True)
        self._job, self._args, self._kwargs = job, args, kwargs
        self._signals, self._token = signals, token

    def run(self) -> None:  # Qt override, worker thread
        try:
            result = self._job(*self._args, progress=self._progress,
                               is_cancelled=self._is_cancelled, **self._kwargs)
        except BaseException as exc:  # noqa: BLE001 - every failure goes back to the GUI
            self._emit(self._signals.failed, exc)
        else:
            self._emit(self._signals.succeeded, result)
        self._emit(self._signals.finished)

    def _is_cancelled(self) -> bool:
        return self._token.is_cancelled() or not alive(self._signals)

    def _progress(self, done: int, total: int) -> None:
        self._emit(self._signals.progressed, int(done), int(total))

    def _emit(self, signal: Any, *args: Any) -> None:
        # The app may be quitting: once the signals object is gone there is nobody to tell,
        # and the job just stops (is_cancelled turns true).
        if not alive(self._signals):
            return
        with contextlib.suppress(RuntimeError):  # deleted between the check and the emit
            signal.emit(*args)


def alive(obj: object) -> bool:
    """False once Qt has deleted ``obj``'s C++ side (the Python object may linger)."""
    return shiboken6.isValid(obj)


class _Relay(QObject):
    """Receives the worker's signals on the GUI thread (its own thread) and calls back.

    Connecting a signal to a bound slot of a QObject that lives on the GUI thread makes
    Qt queue the call there, whatever thread emits.
    """

    def __init__(self, on_result, on_error, on_progress, context):  # noqa: ANN001
        super().__init__()
        self._on_result, self._on_error, self._on_progress = on_result, on_error, on_progress
        self._context = context

    def _alive(self) -> bool:
        return self._context is None or alive(self._context)

    @Slot(object)
    def deliver_result(self, result: Any) -> None:
        if self._on_result is not None and self._alive():
            self._on_result(result)

    @Slot(object)
    def deliver_error(self, exc: BaseException) -> None:
        if self._on_error is not None and self._alive():
            self._on_error(exc)

    @Slot(int, int)
    def deliver_progress(self, done: int, total: int) -> None:
        if self._on_progress is not None and self._alive():
            self._on_progress(done, total)

    @Slot()
    def release(self) -> None:
        _live.discard(self)


# Keeps the relays (and through them the signals objects) alive until their job ends.
_live: set[_Relay] = set()


def run_in_pool(
    job: Callable[..., Any],
    *args: Any,
    on_result: Callable[[Any], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
    on_progress: Callable[[int, int], None] | None = None,
    context: QObject | None = None,
    pool: QThreadPool | None = None,
    **kwargs: Any,
) -> CancelToken:
    """Run ``job(*args, progress=..., is_cancelled=..., **kwargs)`` in the thread pool.

    Must be called on the GUI thread. Callbacks run on the GUI thread. When ``context``
    (a QObject) is given, callbacks are skipped once it has been deleted.

    Returns:
        The :class:`CancelToken` behind the job's ``is_cancelled``.
    """
    token = CancelToken()
    relay = _Relay(on_result, on_error, on_progress, context)
    signals = WorkerSignals(relay)  # owned by the relay, on the GUI thread
    signals.succeeded.connect(relay.deliver_result)
    signals.failed.connect(relay.deliver_error)
    signals.progressed.connect(relay.deliver_progress)
    signals.finished.connect(relay.release)
    _live.add(relay)
    (pool or QThreadPool.globalInstance()).start(_Runnable(job, args, kwargs, signals, token))
    return token


def shutdown(pool: QThreadPool | None = None, *tokens: CancelToken,
             timeout_ms: int = 10_000) -> bool:
    """Cancel ``tokens``, drop queued jobs and wait for running ones (on quit)."""
    for token in tokens:
        token.cancel()
    pool = pool or QThreadPool.globalInstance()
    pool.clear()
    return pool.waitForDone(timeout_ms)


def open_index_job(library: Library, *,
                   progress: Callable[[int, int], None] | None = None,
                   is_cancelled: Callable[[], bool] | None = None) -> SearchIndex:
    """The index job: open the prebuilt search index or build one in RAM (worker thread).

    ``index`` (and with it Whoosh) is imported here, not at module level, so the window
    can appear before the search engine is even loaded. A prebuilt index shipped in the
    bundle is used when it matches the content; otherwise (from source, ``--content``) the
    index is built in memory. Nothing is written to disk.
    """
    import index
    from desktop_app.paths import prebuilt_index_for

    prebuilt = prebuilt_index_for(library.language)
    return index.open_or_build(library, prebuilt_dir=prebuilt,
                               progress=progress, is_cancelled=is_cancelled)
