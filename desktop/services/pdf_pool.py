"""Rendering many invoice PDFs on every core: worker processes, not threads.

Laying out a PDF is pure Python, so threads share one interpreter lock and a batch export
runs on one core however many the machine has.  Worker processes (``spawn``: a fresh
interpreter, never a fork of a process running Qt threads) each render whole documents and
hand back the bytes; the caller writes the files and records the events, so the books are
only ever touched from the job's own thread.  A worker costs about half a second to start
(importing reportlab, registering fonts), so small batches stay in the calling thread.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from typing import TYPE_CHECKING

from desktop.services.control import JobControl

if TYPE_CHECKING:
    from desktop.core.document import InvoiceDocument

#: Below this many documents one process renders them all: starting workers costs more.
POOL_FROM = 24
#: Documents in flight per worker: enough to keep each busy, few enough to cancel quickly.
AHEAD = 4


def render(doc: InvoiceDocument) -> bytes:
    """In a worker: one document's PDF bytes."""
    from desktop.pdf.render import render_invoice_pdf

    return render_invoice_pdf(doc)


def workers_for(count: int, workers: int | None = None) -> int:
    """How many processes render ``count`` documents: as many as asked, else every core
    for a batch worth starting them for."""
    if workers is not None:
        return max(1, min(workers, count))
    return 1 if count < POOL_FROM else max(1, min(os.cpu_count() or 1, count))


def rendered(docs: Sequence[InvoiceDocument], workers: int, control: JobControl) -> Iterator[bytes]:
    """Each document's PDF bytes, in order; with ``workers`` > 1 rendered by that many
    processes.  ``control`` is checked between documents; cancelling stops the workers."""
    if workers <= 1:
        for doc in docs:
            control.check()
            yield render(doc)
        return
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        pending: list[Future[bytes]] = []
        upcoming = iter(docs)
        try:
            for doc in upcoming:
                pending.append(pool.submit(render, doc))
                if len(pending) >= workers * AHEAD:
                    break
            while pending:
                control.check()
                data = pending.pop(0).result()
                following = next(upcoming, None)
                if following is not None:
                    pending.append(pool.submit(render, following))
                yield data
        finally:
            pool.shutdown(wait=True, cancel_futures=True)
