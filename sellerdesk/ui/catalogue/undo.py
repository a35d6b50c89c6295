"""Every catalogue edit as one step on a QUndoStack, written off the UI thread, in order.

A step on the stack is only a history group id: what the step did lives in the store. Undoing
asks the catalogue to revert that group, which writes new history and outbox entries under a
new group (an edit that already reached the marketplace is taken back by a new change, never by
rewriting history); redoing reverts the undo's group. The stack moves at once, as the owner
expects, while the writes queue up and run one after another on a worker thread; if one cannot
be made (a SKU is taken meanwhile), the queue stops, the stack is put back where the data is,
and the owner is told why.

Forward edits (save in the editor, delete, bulk edit) go through the same queue, so nothing can
overtake anything else, and undo is disabled while one is on its way (the step is not on the
stack until it has been written).
"""

from __future__ import annotations

import asyncio
import logging
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QWidget

from sellerdesk.catalogue.progress import OperationCancelled, Progress
from sellerdesk.catalogue.undo import revert_group
from sellerdesk.errors import SellerDeskError
from sellerdesk.store.models import new_id
from sellerdesk.ui.catalogue.progress import DelayedProgress
from sellerdesk.ui.context import AppContext

translate = QCoreApplication.translate
log = logging.getLogger(__name__)


@dataclass
class Done:
    """What a forward edit did: the products it touched, and whether it changed anything."""

    product_ids: list[str] = field(default_factory=list)
    changed: bool = True
    value: Any = None


Action = Callable[[str], Done]  # called with the step's group id, in a worker thread


class StepCommand(QUndoCommand):
    """One step of the owner's work; `live_group` is the group whose effect is in the data."""

    def __init__(self, controller: UndoController, text: str, group_id: str) -> None:
        super().__init__(text)
        self.controller = controller
        self.live_group = group_id
        self._pushed = False

    def redo(self) -> None:
        if not self._pushed:  # QUndoStack.push calls redo(): the edit is already written
            self._pushed = True
            return
        self.controller.queue_revert(self, redo=True)

    def undo(self) -> None:
        self.controller.queue_revert(self, redo=False)


@dataclass
class _Forward:
    text: str
    action: Action
    future: asyncio.Future[Done]
    progress: Progress | None
    progress_label: str


@dataclass
class _Revert:
    command: StepCommand
    redo: bool


class UndoController(QObject):
    changed = Signal(list)  # product ids touched by a finished write
    failed = Signal(str)  # a message for the owner
    state_changed = Signal()  # busy or not, a step pending: actions re-check can_undo/redo

    def __init__(self, ctx: AppContext, dialog_parent: QWidget) -> None:
        super().__init__(dialog_parent)
        self.ctx = ctx
        self.dialog_parent = dialog_parent
        self.stack = QUndoStack(self)
        self._queue: deque[_Forward | _Revert] = deque()
        self._replaying = False
        self._data_index = 0  # the stack index the store reflects
        self._runner: asyncio.Task[None] | None = None
        self._forward_pending = 0
        for signal in (self.stack.indexChanged, self.stack.canUndoChanged,
                       self.stack.canRedoChanged, self.stack.undoTextChanged,
                       self.stack.redoTextChanged):
            signal.connect(self._stack_changed)

    def _stack_changed(self, *_args: object) -> None:
        # The stack also signals while it is being destroyed with its owner: stay quiet then.
        if shiboken6.isValid(self.stack) and shiboken6.isValid(self):
            self.state_changed.emit()

    # -- API -------------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return self._runner is not None and not self._runner.done()

    @property
    def can_undo(self) -> bool:
        return self.stack.canUndo() and not self._forward_pending

    @property
    def can_redo(self) -> bool:
        return self.stack.canRedo() and not self._forward_pending

    async def perform(self, text: str, action: Action, *, progress: Progress | None = None,
                      progress_label: str = "") -> Done:
        """Run `action(group_id)` after everything queued before it; when it changed something,
        push it as one undoable step named `text`. Raises what the action raised."""
        future: asyncio.Future[Done] = asyncio.get_event_loop().create_future()
        self._forward_pending += 1
        self._queue.append(_Forward(text, action, future, progress, progress_label))
        self._kick()
        return await future

    def undo(self) -> None:
        if self.can_undo:
            self.stack.undo()

    def redo(self) -> None:
        if self.can_redo:
            self.stack.redo()

    def queue_revert(self, command: StepCommand, *, redo: bool) -> None:
        if self._replaying:
            return
        self._queue.append(_Revert(command, redo))
        self._kick()

    # -- the queue -------------------------------------------------------------------------

    def _kick(self) -> None:
        if not self.busy:
            self._runner = self.ctx.jobs.start(self._drain())
        self.state_changed.emit()

    async def _drain(self) -> None:
        try:
            while self._queue:
                job = self._queue.popleft()
                if isinstance(job, _Forward):
                    await self._forward(job)
                elif not await self._revert(job):
                    self._resync()
        finally:
            for job in self._queue:  # only on shutdown: nobody waits any more
                if isinstance(job, _Forward) and not job.future.done():
                    job.future.cancel()
            self._queue.clear()
            self._runner = None
            self.state_changed.emit()

    async def _forward(self, job: _Forward) -> None:
        group = new_id()
        shown = (DelayedProgress(self.dialog_parent, job.progress_label, job.progress)
                 if job.progress is not None else None)
        try:
            done = await self.ctx.jobs.in_thread(job.action, group)
        except BaseException as error:  # handed to the caller, who words it
            self._forward_pending -= 1
            self.state_changed.emit()
            if not job.future.done():
                job.future.set_exception(error)
            if isinstance(error, asyncio.CancelledError):
                raise
            return
        finally:
            if shown is not None:
                shown.close()
        self._forward_pending -= 1
        if done.changed:
            self._replaying = True
            try:
                self.stack.push(StepCommand(self, job.text, group))
            finally:
                self._replaying = False
            self._data_index = self.stack.index()
        self.state_changed.emit()
        self.changed.emit(done.product_ids)
        if not job.future.done():
            job.future.set_result(done)

    async def _revert(self, job: _Revert) -> bool:
        command = job.command
        group = new_id()
        progress = Progress()
        label = (translate("UndoController", "Redoing “%1”…") if job.redo
                 else translate("UndoController", "Undoing “%1”…")).replace("%1", command.text())
        shown = DelayedProgress(self.dialog_parent, label, progress)
        try:
            touched = await self.ctx.jobs.in_thread(
                lambda: revert_group(self.ctx.catalogue, command.live_group, new_group_id=group,
                                     progress=progress))
        except OperationCancelled:
            return False
        except SellerDeskError as error:
            what = (translate("UndoController", "“%1” could not be redone: %2") if job.redo
                    else translate("UndoController", "“%1” could not be undone: %2"))
            self.failed.emit(what.replace("%1", command.text())
                             .replace("%2", error.text(translate)))
            return False
        except asyncio.CancelledError:
            raise
        except Exception:
            log.exception("reverting %s failed", command.live_group)
            self.failed.emit(translate("UndoController", "“%1” could not be undone because of "
                                                         "an unexpected error; nothing was "
                                                         "changed.").replace("%1", command.text()))
            return False
        finally:
            shown.close()
        command.live_group = group
        self._data_index += 1 if job.redo else -1
        self.changed.emit(touched)
        return True

    def _resync(self) -> None:
        """A revert failed: drop the reverts queued after it and move the stack back to the
        step the data is at, without writing anything."""
        self._queue = deque(job for job in self._queue if isinstance(job, _Forward))
        self._replaying = True
        try:
            self.stack.setIndex(self._data_index)
        finally:
            self._replaying = False
