"""The catalogue's undo stack, read back from the store, so any process can undo and redo.

The window keeps its QUndoStack in memory; the command line runs one command per process, so it
rebuilds the same stack from what the store keeps: the owner's history groups (local origin,
catalogue changes only - the edits `catalogue/undo.py` can revert) and the undo links that say
which group a revert took back. A step is a forward group plus the chain of reverts hanging from
it (edit ← undo ← redo ← undo …); its live group is the end of the chain, and it is undone when
the chain has an odd number of reverts.

The defaults follow QUndoStack: undo takes back the newest step that is done; redo re-does the
most recently undone step, but only while no forward edit was made after that undo (a new edit
clears the redo chain, as in the window). A named group may be any step, old or new: undoing a
group takes back its effect, redoing it brings its effect back, so undoing an undo is a redo.
Both go through `revert_group`, exactly like the window's stack.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import and_, case, func, not_, or_, select
from sqlalchemy.orm import Session

from sellerdesk.catalogue.history_messages import HistoryError
from sellerdesk.catalogue.service import Catalogue
from sellerdesk.catalogue.undo import revert_group
from sellerdesk.errors import SellerDeskError
from sellerdesk.store import Database
from sellerdesk.store.models import HistoryEntry, UndoLink, new_id

# What revert_group can take back; a group with anything else (orders, photos) is not a step.
UNDOABLE = {
    "product": ("create", "restore", "delete", "update"),
    "variant": ("create", "restore", "delete", "update", "stock"),
}
FIELD_WORDS = {"price_minor": "price"}
SHOWN = 3  # entries named in a group's description; the rest are counted
BLOCK = 500  # group ids per query (SQLite's variable limit)


def short(group_id: str) -> str:
    """The first 8 characters: enough to tell the owner's steps apart, like git's short ids."""
    return group_id[:8]


@dataclass(frozen=True)
class Group:
    """One group of the history as the owner sees it."""

    group_id: str
    at: datetime
    kind: str  # "edit", "undo" or "redo"
    step: str  # the edit this group belongs to (itself for an edit)
    reverts: str | None  # the group it took back (undo and redo only)
    changes: int
    description: str
    undone: bool  # its effect is not in the data now

    def to_json(self) -> dict[str, Any]:
        return {"group_id": self.group_id, "at": self.at.isoformat(), "kind": self.kind,
                "step": self.step, "reverts": self.reverts, "changes": self.changes,
                "description": self.description, "undone": self.undone}


@dataclass(frozen=True)
class Plan:
    """What an undo or redo will do: revert `reverts`, leaving the step done (`redo`) or not."""

    step: str
    reverts: str
    redo: bool
    label: str  # the step in words, for messages


@dataclass(frozen=True)
class Outcome:
    plan: Plan
    group_id: str  # the group the revert wrote
    product_ids: list[str]


@dataclass
class _Step:
    root: str
    at: datetime
    chain: list[str]

    @property
    def live(self) -> str:
        return self.chain[-1]

    @property
    def undone(self) -> bool:
        return len(self.chain) % 2 == 0


def _undoable() -> Any:
    return or_(*(and_(HistoryEntry.entity == entity, HistoryEntry.action.in_(actions))
                 for entity, actions in UNDOABLE.items()))


class History:
    """The stack as the store holds it now; read in one session, then planned against."""

    def __init__(self, session: Session) -> None:
        self._session = session
        self._counts: dict[str, int] = {}
        self._times: dict[str, tuple[datetime, int]] = {}
        forward: list[str] = []
        links = list(session.scalars(select(UndoLink).order_by(UndoLink.created_at)))
        revert_ids = {link.group_id for link in links}
        foreign = func.sum(case((not_(_undoable()), 1), else_=0))
        rows = session.execute(
            select(HistoryEntry.group_id, func.min(HistoryEntry.at), func.min(HistoryEntry.seq),
                   func.count(), foreign)
            .where(HistoryEntry.origin == "local").group_by(HistoryEntry.group_id))
        for group_id, at, seq, count, others in rows:
            if others:
                continue
            self._counts[group_id] = count
            self._times[group_id] = (at, seq)
            if group_id not in revert_ids:
                forward.append(group_id)
        self._link_at = {link.group_id: link.created_at for link in links}
        self._reverted_by: dict[str, str] = {}
        for link in links:  # oldest first: a (racing) second revert of one group wins
            self._reverted_by[link.reverted_group_id] = link.group_id
        forward.sort(key=lambda g: self._times[g][1])
        self._steps: list[_Step] = []
        self._where: dict[str, tuple[_Step, int]] = {}
        for root in forward:
            step = _Step(root, self._times[root][0], self._chain(root))
            self._steps.append(step)
            for index, group_id in enumerate(step.chain):
                self._where[group_id] = (step, index)

    def _chain(self, root: str) -> list[str]:
        chain, seen = [root], {root}
        while (child := self._reverted_by.get(chain[-1])) is not None and child not in seen:
            chain.append(child)
            seen.add(child)
        return chain

    # -- listing -------------------------------------------------------------------------

    def groups(self, limit: int = 0) -> list[Group]:
        """Every group of every step, newest first; `limit` > 0 keeps the newest ones."""
        every = sorted(self._where, key=self._sort_key, reverse=True)
        if limit > 0:
            every = every[:limit]
        wanted = {self._where[g][0].root for g in every} | set(every)
        words = self._describe(sorted(wanted))
        listed = []
        for group_id in every:
            step, index = self._where[group_id]
            kind = "edit" if index == 0 else ("undo" if index % 2 else "redo")
            what = words.get(group_id, "")
            if index:
                what = f"{kind} of {short(step.root)}: {words.get(step.root, '')}"
            listed.append(Group(
                group_id=group_id, at=self._sort_key(group_id)[0], kind=kind, step=step.root,
                reverts=step.chain[index - 1] if index else None,
                changes=self._counts.get(group_id, 0), description=what,
                undone=(len(step.chain) - 1 - index) % 2 == 1))
        return listed

    def _sort_key(self, group_id: str) -> tuple[datetime, int]:
        if group_id in self._times:
            return self._times[group_id]
        return (self._link_at[group_id], 0)  # a revert that had nothing left to change

    def _describe(self, group_ids: list[str]) -> dict[str, str]:
        """What each group did, from its first entries: "add variant X", "price A, B and 3 more"."""
        entries: dict[str, list[HistoryEntry]] = defaultdict(list)
        for start in range(0, len(group_ids), BLOCK):
            block = group_ids[start : start + BLOCK]
            rank = func.row_number().over(partition_by=HistoryEntry.group_id,
                                          order_by=HistoryEntry.seq).label("rank")
            ranked = (select(HistoryEntry.seq, rank)
                      .where(HistoryEntry.group_id.in_(block)).subquery())
            query = (select(HistoryEntry).join(ranked, ranked.c.seq == HistoryEntry.seq)
                     .where(ranked.c.rank <= SHOWN + 1).order_by(HistoryEntry.seq))
            for entry in self._session.scalars(query):
                entries[entry.group_id].append(entry)
        return {g: _words([_label(e) for e in entries[g]], self._counts.get(g, 0))
                for g in group_ids}

    # -- planning ------------------------------------------------------------------------

    def label(self, step: _Step) -> str:
        return f"{self._describe([step.root])[step.root]} ({short(step.root)})"

    def resolve(self, given: str) -> tuple[_Step, int]:
        """A group id, or the start of one, as the owner typed it."""
        if given in self._where:
            return self._where[given]
        found = {g for g in self._where if g.startswith(given)} if given else set()
        if not found:
            raise HistoryError("unknown_group", given)
        if len(found) > 1:
            raise HistoryError("ambiguous_group", given)
        return self._where[found.pop()]

    def plan_undo(self, given: str | None = None) -> Plan:
        if given is None:
            done = [s for s in self._steps if not s.undone]
            if not done:
                raise HistoryError("nothing_to_undo")
            step = done[-1]
            return Plan(step.root, step.live, redo=False, label=self.label(step))
        step, index = self.resolve(given)
        if (len(step.chain) - 1 - index) % 2:  # its effect is already taken back
            raise HistoryError("already_undone", self._group_label(step, index))
        return Plan(step.root, step.live, redo=index % 2 == 1, label=self.label(step))

    def plan_redo(self, given: str | None = None) -> Plan:
        if given is None:
            undone = [s for s in self._steps if s.undone]
            if not undone:
                raise HistoryError("nothing_to_redo")
            step = max(undone, key=lambda s: self._sort_key(s.live))
            undone_at = self._sort_key(step.live)
            if any(self._times[s.root] > undone_at for s in self._steps):
                raise HistoryError("redo_cleared", self.label(step))
            return Plan(step.root, step.live, redo=True, label=self.label(step))
        step, index = self.resolve(given)
        if not (len(step.chain) - 1 - index) % 2:  # its effect is in the data
            raise HistoryError("already_done", self._group_label(step, index))
        return Plan(step.root, step.live, redo=index % 2 == 0, label=self.label(step))

    def _group_label(self, step: _Step, index: int) -> str:
        if index == 0:
            return self.label(step)
        kind = "undo" if index % 2 else "redo"
        return f"{kind} of {self.label(step)}"


def _label(entry: HistoryEntry) -> tuple[str, str]:
    """An entry as (verb, subject): ("add variant", "BOR-ARNO-NER"), ("price", "BOR-ARNO-TES")."""
    subject = entry.summary if entry.entity == "variant" else f"“{entry.summary}”"
    if entry.action == "create":
        return f"add {entry.entity}", subject
    if entry.action in ("delete", "restore", "stock"):
        verb = entry.action if entry.action == "stock" else f"{entry.action} {entry.entity}"
        return verb, subject
    fields = [FIELD_WORDS.get(name, name) for name in (entry.after or {})]
    return ", ".join(fields) or "change", subject


def _words(labels: list[tuple[str, str]], count: int) -> str:
    if not labels:
        return "nothing left to change"
    shown = labels[:SHOWN]
    if len({verb for verb, _ in labels}) == 1:
        text = f"{shown[0][0]} {', '.join(subject for _, subject in shown)}"
    else:
        text = "; ".join(f"{verb} {subject}" for verb, subject in shown)
    return text + (f" and {count - len(shown)} more" if count > len(shown) else "")


def list_groups(database: Database, limit: int = 0) -> list[Group]:
    with database.read() as session:
        return History(session).groups(limit)


def undo(catalogue: Catalogue, group: str | None = None) -> Outcome:
    """Take back the newest done step, or the effect of `group`."""
    with catalogue.db.read() as session:
        plan = History(session).plan_undo(group)
    return _apply(catalogue, plan)


def redo(catalogue: Catalogue, group: str | None = None) -> Outcome:
    """Re-do the most recently undone step, or bring back the effect of `group`."""
    with catalogue.db.read() as session:
        plan = History(session).plan_redo(group)
    return _apply(catalogue, plan)


def _apply(catalogue: Catalogue, plan: Plan) -> Outcome:
    new_group = new_id()
    try:
        touched = revert_group(catalogue, plan.reverts, new_group_id=new_group)
    except HistoryError:
        raise
    except SellerDeskError as error:
        code = "redo_refused" if plan.redo else "undo_refused"
        raise HistoryError(code, plan.label, str(error)) from error
    return Outcome(plan, new_group, touched)
