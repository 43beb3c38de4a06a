"""The room's own data: who joined, their notes, dots and stage ratings.

Participants change only their own notes, votes and ratings; the consultant changes a
note's status (accepted, merged, rejected), the presented stage and the vote budget.
Every change is journaled (durably) before it is visible, so a reply of success means
the change survives a crash. All methods are thread-safe: the server thread and the
editor's thread both call them.
"""

from __future__ import annotations

import secrets
import threading
import time
import unicodedata
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

from .journal import Journal, read_journal
from .limits import Limits, TokenBucket

KINDS = ("pain", "idea", "question", "thought")
PENDING, ACCEPTED, MERGED, REJECTED, WITHDRAWN = (
    "pending",
    "accepted",
    "merged",
    "rejected",
    "withdrawn",
)
STATUSES = (PENDING, ACCEPTED, MERGED, REJECTED, WITHDRAWN)
SCORE_MIN, SCORE_MAX = 1, 5
LOOPBACK = ("127.0.0.1", "::1")


class RoomError(Exception):
    """A refused request: HTTP status, a stable code for scripts, a sentence for people."""

    def __init__(self, status: int, code: str, message: str, retry_after: int | None = None):
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.retry_after = retry_after


@dataclass(slots=True)
class Participant:
    id: str
    key: str
    name: str
    joined: float


@dataclass(slots=True)
class Note:
    id: str
    participant: str
    stage: str
    lane: str | None
    kind: str
    text: str
    time: float
    status: str = PENDING
    entry: str | None = None
    """The map entity the note became when accepted (a stage or a card id)."""
    merged_into: str | None = None

    def public(self) -> dict:
        data = asdict(self)
        del data["participant"]
        return data


def clean_text(value: object, limit: int, field: str, *, multiline: bool) -> str:
    """Participant text as plain text: control characters out, spaces trimmed, length held."""
    if not isinstance(value, str):
        raise RoomError(400, "bad_field", f"'{field}' must be text")
    kept = []
    for char in unicodedata.normalize("NFC", value):
        if char == "\n" and multiline:
            kept.append(char)
        elif char in "\t\r\n":
            kept.append(" ")
        elif unicodedata.category(char) not in ("Cc", "Cs", "Co", "Cn"):
            kept.append(char)
    text = "".join(kept).strip()
    while "\n\n\n" in text:
        text = text.replace("\n\n\n", "\n\n")
    if len(text) > limit:
        raise RoomError(413, "too_long", f"'{field}' is longer than {limit} characters")
    return text


class RoomState:
    """Notes, votes and ratings of one room, with its token and its journal."""

    def __init__(
        self,
        journal: Journal | None = None,
        token: str | None = None,
        limits: Limits | None = None,
        vote_budget: int | None = None,
    ):
        self.limits = limits or Limits()
        self.journal = journal
        self.token = token or secrets.token_urlsafe(16)  # 128 random bits, 22 characters
        self.vote_budget = self.limits.default_votes if vote_budget is None else vote_budget
        self.view: dict = {"title": "", "language": "en", "stages": [], "lanes": [], "cards": []}
        self.current_stage: str | None = None
        self.participants: dict[str, Participant] = {}
        self.by_key: dict[str, str] = {}
        self.notes: dict[str, Note] = {}
        self.votes: dict[str, dict[str, int]] = {}
        self.ratings: dict[str, dict[str, int]] = {}
        self.votes_applied: dict[str, int] = {}
        self.version = 0
        """Bumped when what every participant sees changes (stage, view, budget, statuses)."""
        self._buckets: dict[str, TokenBucket] = {}
        self._join_buckets: dict[str, TokenBucket] = {}
        self._lock = threading.RLock()
        self._listeners: list[Callable[[str], None]] = []
        self._stage_ids: set[str] = set()
        self._lane_ids: set[str] = set()
        self._targets: set[str] = set()
        """What a dot may go to: card ids and the keys of their pains and opportunities."""

    # --- creation, journal -------------------------------------------------------------

    @classmethod
    def create(cls, journal_path: str | Path, limits: Limits | None = None, **kwargs) -> RoomState:
        """The room of a map: rebuilt from its journal if there is one, else a new one."""
        state, _problems = cls.open(journal_path, limits, **kwargs)
        return state

    @classmethod
    def open(
        cls, journal_path: str | Path, limits: Limits | None = None, durable: bool = True, **kw
    ) -> tuple[RoomState, list[str]]:
        path = Path(journal_path)
        records, problems = read_journal(path) if path.exists() else ([], [])
        state = cls(None, limits=limits, **kw)
        for record in records:
            state._replay(record)
        state.journal = Journal(path, durable=durable)
        state.journal.acquire()
        if not records or records[0].get("t") != "room":
            state.journal.append(
                {"t": "room", "token": state.token, "votes": state.vote_budget, "time": time.time()}
            )
        return state, problems

    def _replay(self, r: dict) -> None:
        """Apply one journal record; a record that does not fit is skipped."""
        try:
            kind = r["t"]
            if kind == "room":
                self.token = str(r["token"])
                self.vote_budget = int(r.get("votes", self.vote_budget))
            elif kind == "budget":
                self.vote_budget = int(r["votes"])
            elif kind == "join":
                p = Participant(str(r["id"]), str(r["key"]), str(r["name"]), float(r["time"]))
                self.participants[p.id] = p
                self.by_key[p.key] = p.id
            elif kind == "note":
                note = Note(
                    str(r["id"]),
                    str(r["p"]),
                    str(r["stage"]),
                    r.get("lane"),
                    str(r["kind"]),
                    str(r["text"]),
                    float(r["time"]),
                )
                self.notes[note.id] = note
            elif kind == "status":
                note = self.notes[r["id"]]
                note.status = str(r["status"])
                note.entry = r.get("entry")
                note.merged_into = r.get("into")
            elif kind == "vote":
                self._set_vote(str(r["p"]), str(r["card"]), int(r["n"]))
            elif kind == "rate":
                self.ratings.setdefault(str(r["p"]), {})[str(r["stage"])] = int(r["score"])
            elif kind == "applied":
                self.votes_applied = {str(k): int(v) for k, v in dict(r["votes"]).items()}
        except (KeyError, TypeError, ValueError):
            return

    def _record(self, record: dict) -> None:
        """Append under the state's lock; :meth:`_emit` makes it durable after the lock."""
        if self.journal is not None:
            self.journal.append(record, sync=False)

    def close(self) -> None:
        if self.journal is not None:
            self.journal.close()

    # --- listeners ------------------------------------------------------------------------

    def subscribe(self, listener: Callable[[str], None]) -> Callable[[], None]:
        """``listener(what)`` after each change; it may run on the server's thread."""
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener) if listener in self._listeners else None

    def _emit(self, what: str) -> None:
        """Every change ends here, outside the lock: first fsync, then tell the listeners.

        So a method that returns (and a reply that follows) means the change is on disk.
        """
        if self.journal is not None:
            self.journal.sync()
        for listener in list(self._listeners):
            listener(what)

    # --- the consultant's side ------------------------------------------------------------

    def set_view(self, view: dict) -> None:
        with self._lock:
            self.view = view
            self._stage_ids = {s["id"] for s in view["stages"]}
            self._lane_ids = {lane["id"] for lane in view["lanes"]}
            self._targets = {c["id"] for c in view["cards"]} | {
                insight["key"]
                for c in view["cards"]
                for part in ("pains", "opportunities")
                for insight in c.get(part, ())
            }
            if self.current_stage not in self._stage_ids:
                self.current_stage = None
            self.version += 1
        self._emit("view")

    def set_current_stage(self, stage_id: str | None) -> None:
        with self._lock:
            if stage_id is not None and stage_id not in self._stage_ids:
                stage_id = None
            if stage_id == self.current_stage:
                return
            self.current_stage = stage_id
            self.version += 1
        self._emit("stage")

    def set_vote_budget(self, votes: int) -> None:
        with self._lock:
            votes = max(0, min(int(votes), 99))
            if votes == self.vote_budget:
                return
            self._record({"t": "budget", "votes": votes})
            self.vote_budget = votes
            self.version += 1
        self._emit("budget")

    def set_status(
        self,
        note_id: str,
        status: str,
        entry: str | None = None,
        merged_into: str | None = None,
    ) -> None:
        """Moderation: a note accepted (it became ``entry``), merged, rejected or pending."""
        if status not in STATUSES:
            raise ValueError(f"unknown status {status!r}")
        with self._lock:
            note = self.notes[note_id]
            record = {"t": "status", "id": note_id, "status": status}
            if entry:
                record["entry"] = entry
            if merged_into:
                record["into"] = merged_into
            self._record(record)
            note.status, note.entry, note.merged_into = status, entry, merged_into
            self.version += 1
        self._emit("status")

    def mark_votes_applied(self, applied: dict[str, int]) -> None:
        """Remember how many room dots the map already holds, so they join only once."""
        with self._lock:
            applied = {k: v for k, v in applied.items() if v}
            self._record({"t": "applied", "votes": applied})
            self.votes_applied = dict(applied)
        self._emit("applied")

    # --- reading (either side) ------------------------------------------------------------

    def tally(self) -> dict[str, int]:
        """Room dots per card, all participants together."""
        with self._lock:
            total: dict[str, int] = {}
            for per_card in self.votes.values():
                for card, count in per_card.items():
                    total[card] = total.get(card, 0) + count
            return total

    def unapplied_votes(self) -> dict[str, int]:
        """Dots cast since the map last took the room's votes (negative when some were taken back)."""
        with self._lock:
            tally = self.tally()
            cards = set(tally) | set(self.votes_applied)
            delta = {c: tally.get(c, 0) - self.votes_applied.get(c, 0) for c in cards}
            return {c: d for c, d in delta.items() if d}

    def curve(self) -> dict[str, tuple[float, int]]:
        """The room's emotional curve: mean rating and number of ratings per stage."""
        with self._lock:
            sums: dict[str, list[int]] = {}
            for per_stage in self.ratings.values():
                for stage, score in per_stage.items():
                    sums.setdefault(stage, []).append(score)
            return {stage: (sum(v) / len(v), len(v)) for stage, v in sums.items()}

    def notes_list(self, status: str | None = None) -> list[Note]:
        with self._lock:
            return [n for n in self.notes.values() if status is None or n.status == status]

    def participant_name(self, participant_id: str) -> str:
        p = self.participants.get(participant_id)
        return p.name if p else ""

    def participant_count(self) -> int:
        return len(self.participants)

    # --- the participants' side -------------------------------------------------------

    def join(self, name: object = "", address: str = "") -> Participant:
        clean = clean_text(name if name is not None else "", 10_000, "name", multiline=False)
        clean = clean[: self.limits.max_name]
        with self._lock:
            bucket = self._join_buckets.get(address)
            if bucket is None and address not in LOOPBACK:
                bucket = TokenBucket(self.limits.joins_burst, self.limits.joins_per_second)
                self._join_buckets[address] = bucket
            if bucket is not None and not bucket.take():
                raise RoomError(
                    429, "rate", "Too many joins from this device", bucket.wait_seconds()
                )
            if len(self.participants) >= self.limits.max_participants:
                raise RoomError(429, "room_full", "The room is full")
            pid = f"p{len(self.participants) + 1}"
            while pid in self.participants:
                pid += "x"
            p = Participant(pid, secrets.token_urlsafe(16), clean, time.time())
            self._record({"t": "join", "id": p.id, "key": p.key, "name": p.name, "time": p.joined})
            self.participants[p.id] = p
            self.by_key[p.key] = p.id
        self._emit("join")
        return p

    def who(self, key: object) -> Participant:
        """The participant a key belongs to; anything else is refused with 403."""
        if not isinstance(key, str) or not key:
            raise RoomError(403, "no_participant", "Join the room first")
        with self._lock:
            pid = self.by_key.get(key)
            if pid is not None:
                return self.participants[pid]
        raise RoomError(403, "no_participant", "Join the room first")

    def allow_write(self, participant: Participant) -> None:
        """The per-participant rate limit of changing requests (429 when spent)."""
        with self._lock:
            bucket = self._buckets.get(participant.id)
            if bucket is None:
                bucket = TokenBucket(self.limits.burst, self.limits.refill_per_second)
                self._buckets[participant.id] = bucket
            if not bucket.take():
                raise RoomError(
                    429, "rate", "Slow down a little and try again", bucket.wait_seconds()
                )

    def add_note(self, participant: Participant, payload: object) -> Note:
        if not isinstance(payload, dict):
            raise RoomError(400, "bad_json", "Send a JSON object")
        kind = payload.get("kind")
        if kind not in KINDS:
            raise RoomError(400, "bad_kind", "'kind' must be one of " + ", ".join(KINDS))
        stage = payload.get("stage")
        lane = payload.get("lane")
        text = clean_text(payload.get("text"), self.limits.max_text, "text", multiline=True)
        if not text:
            raise RoomError(400, "empty", "Write something first")
        with self._lock:
            if not isinstance(stage, str) or stage not in self._stage_ids:
                raise RoomError(400, "bad_stage", "No such stage on the map")
            if lane in ("", None):
                lane = None
            elif not isinstance(lane, str) or lane not in self._lane_ids:
                raise RoomError(400, "bad_lane", "No such lane on the map")
            if len(self.notes) >= self.limits.max_notes:
                raise RoomError(429, "room_notes_full", "The room holds no more notes")
            mine = sum(1 for n in self.notes.values() if n.participant == participant.id)
            if mine >= self.limits.max_notes_per_participant:
                raise RoomError(429, "notes_full", "You have written the most notes one person may")
            note = Note(
                f"n{len(self.notes) + 1}", participant.id, stage, lane, kind, text, time.time()
            )
            self._record(
                {
                    "t": "note",
                    "id": note.id,
                    "p": note.participant,
                    "stage": note.stage,
                    "lane": note.lane,
                    "kind": note.kind,
                    "text": note.text,
                    "time": note.time,
                }
            )
            self.notes[note.id] = note
        self._emit("note")
        return note

    def withdraw(self, participant: Participant, note_id: object) -> Note:
        with self._lock:
            note = self.notes.get(note_id) if isinstance(note_id, str) else None
            if note is None or note.participant != participant.id:
                raise RoomError(404, "no_note", "No such note of yours")
            if note.status != PENDING:
                raise RoomError(409, "moderated", "The consultant has already handled this note")
            self._record({"t": "status", "id": note.id, "status": WITHDRAWN})
            note.status = WITHDRAWN
        self._emit("note")
        return note

    def vote(self, participant: Participant, payload: object) -> dict[str, int]:
        if not isinstance(payload, dict):
            raise RoomError(400, "bad_json", "Send a JSON object")
        card = payload.get("target", payload.get("card"))
        delta = payload.get("delta", 1)
        if type(delta) is not int or delta not in (-1, 1):
            raise RoomError(400, "bad_delta", "'delta' must be 1 or -1")
        with self._lock:
            mine = self.votes.get(participant.id, {})
            # A dot on a card deleted since can still be taken back (it holds the budget).
            if not isinstance(card, str):
                raise RoomError(400, "bad_card", "No such card, pain or idea on the map")
            taking_back = delta < 0 and card in mine
            if not taking_back and card not in self._targets:
                raise RoomError(400, "bad_card", "No such card, pain or idea on the map")
            current = mine.get(card, 0)
            if delta > 0 and sum(mine.values()) >= self.vote_budget:
                raise RoomError(409, "no_dots", "You have used all your dots")
            if delta < 0 and current == 0:
                raise RoomError(409, "no_vote", "You have no dot on this card")
            self._record({"t": "vote", "p": participant.id, "card": card, "n": current + delta})
            self._set_vote(participant.id, card, current + delta)
            result = dict(self.votes.get(participant.id, {}))
        self._emit("vote")
        return result

    def _set_vote(self, pid: str, card: str, count: int) -> None:
        mine = self.votes.setdefault(pid, {})
        if count > 0:
            mine[card] = count
        else:
            mine.pop(card, None)

    def rate(self, participant: Participant, payload: object) -> dict[str, int]:
        if not isinstance(payload, dict):
            raise RoomError(400, "bad_json", "Send a JSON object")
        stage, score = payload.get("stage"), payload.get("score")
        if type(score) is not int or not SCORE_MIN <= score <= SCORE_MAX:
            raise RoomError(400, "bad_score", "'score' must be a whole number from 1 to 5")
        with self._lock:
            if not isinstance(stage, str) or stage not in self._stage_ids:
                raise RoomError(400, "bad_stage", "No such stage on the map")
            self._record({"t": "rate", "p": participant.id, "stage": stage, "score": score})
            self.ratings.setdefault(participant.id, {})[stage] = score
            result = dict(self.ratings[participant.id])
        self._emit("rate")
        return result

    def participant_state(self, participant: Participant | None) -> dict:
        """Everything one phone shows: the room, and that person's own notes, dots, ratings."""
        with self._lock:
            room = {
                **self.view,
                "current_stage": self.current_stage,
                "votes_per_person": self.vote_budget,
                "version": self.version,
            }
            if participant is None:
                return {"room": room, "me": None}
            votes = dict(self.votes.get(participant.id, {}))
            me = {
                "id": participant.id,
                "name": participant.name,
                "notes": [
                    n.public() for n in self.notes.values() if n.participant == participant.id
                ],
                "votes": votes,
                "votes_left": max(0, self.vote_budget - sum(votes.values())),
                "ratings": dict(self.ratings.get(participant.id, {})),
            }
            return {"room": room, "me": me}
