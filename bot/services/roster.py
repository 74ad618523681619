from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass
from functools import partial

from bot.access import Caller
from bot.drafts import SightingDraft, check_names
from bot.errors import InvalidInput, NotFound
from bot.models import RosterEntry, Sighting
from bot.roster_file import ALIASES_MAX, ImportReport, check_name
from bot.tagging import Roster, is_everyday_word, label_key, split_names
from bot.text import clean, fold
from bot.worker import Interrupted, Worker
from bot.worker.jobs import check_roster_import
from db.repositories import RosterRepository
from db.repositories.roster import LeftOut, RosterRow

IMPORT_INTERRUPTED = (
    "The import was interrupted: Backstage is restarting. Nothing of the file was imported: "
    "run `/roster import` again in a minute."
)
STOP_WAIT_S = 5.0  # how long a stop waits for the imports under way to end and answer their editor (half of
# `bot.cli.STOP_WITHIN`, which bounds the whole close)

THREAD_FROM = 500  # roster entries from which the matcher is built in a worker thread
CHANGED_MAX = 20  # names changed at once that update the matcher in place (`Roster.changed`); more: a whole build


def _let_loop_run() -> None:
    """Give the interpreter up now (a zero sleep releases the GIL): the event loop's thread, waiting for it
    after a socket call, runs at once instead of after the 5 ms switch interval."""
    time.sleep(0)


@dataclass(frozen=True)
class Tags:
    """Who a sighting is about, as the roster reads its draft."""

    people: tuple[str, ...]  # canonical roster names: from `who`, then found in the text, quote and headline
    unknown: tuple[str, ...]  # names in `who` not on the roster, kept as written
    suggestions: dict[str, str]  # unknown name → the closest roster name
    quote_by: str | None  # the roster's spelling of the speaker when known, else as typed


def _everyday_note(entry: RosterEntry) -> str | None:
    words = [label for label in (entry.name, *entry.aliases) if is_everyday_word(label)]
    if not words:
        return None
    listed = " and ".join(f"“{w}”" for w in words)
    return (
        f"Note: {listed} {'is an everyday word' if len(words) == 1 else 'are everyday words'}, so in running "
        f"text {'it tags' if len(words) == 1 else 'they tag'} **{entry.name}** only where capitalised mid-sentence "
        f"(“I saw {words[0]} by the bar”, not “{words[0].lower()}” nor a sentence's first word). "
        "Naming them in `who` always works."
    )


class RosterService:
    """The guild's names and aliases; keeps one matcher per guild, rebuilt when the roster changes. An imported
    file is checked by `worker` (a process of its own, reading the database at `database`)."""

    def __init__(self, repo: RosterRepository, *, worker: Worker, database: str) -> None:
        self.repo = repo
        self.worker = worker
        self.database = database
        self._matchers: dict[int, Roster] = {}
        self._building: dict[int, asyncio.Task[Roster]] = {}  # one build at a time per guild
        self._stopping = False
        self._imports = 0  # imports under way, their editor not yet answered
        self._imports_done = asyncio.Event()
        self._imports_done.set()
        # per guild, for each import under way, the keys of the names editors added, changed or removed since it
        # started (filled by their writes, in the database's thread: `_edited`)
        self._edits: dict[int, list[set[str]]] = {}

    @contextlib.asynccontextmanager
    async def importing(self, guild_id: int) -> AsyncIterator[set[str]]:
        """Around an import, from the command's arrival to its answer to the editor: the editors' changes to the
        guild's roster from now on, which the import leaves as they are (`import_csv`); a stop (`stop`) waits for
        the import and its answer."""
        if self._stopping:
            raise Interrupted(IMPORT_INTERRUPTED)
        self._imports += 1
        self._imports_done.clear()
        edits: set[str] = set()
        self._edits.setdefault(guild_id, []).append(edits)
        try:
            yield edits
        finally:
            self._edits[guild_id].remove(edits)
            if not self._edits[guild_id]:
                del self._edits[guild_id]
            self._imports -= 1
            if not self._imports:
                self._imports_done.set()

    def _edited(self, guild_id: int, key: str) -> None:
        """An editor's write changed `key` on the guild's roster: each import under way leaves it so. Called in
        that write (the database's thread), so an import going live in a later write sees it."""
        for edits in tuple(self._edits.get(guild_id, ())):
            edits.add(key)

    def _go_on(self) -> None:
        """Between an import's writes: a stop abandons it (nothing of it live) with a sentence for the editor."""
        if self._stopping:
            raise Interrupted(IMPORT_INTERRUPTED)

    async def stop(self) -> None:
        """The bot is stopping: imports under way stop at their next write and tell their editor (within
        STOP_WAIT_S), before the worker, the database and Discord's connection close."""
        self._stopping = True
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._imports_done.wait(), STOP_WAIT_S)

    def _changed(self, guild_id: int, keys: list[str] | None = None) -> None:
        """Drop the guild's matcher and make the new one at once in the background, so the next `/spot` and
        autocomplete (which must answer within 3 s) find it ready, or wait for that one build, even for a roster of
        thousands. `keys`: the folded names an editor changed (None: any, as after an import); a few update the
        matcher before (`Roster.change`: milliseconds, where indexing 100,000 names again takes seconds)."""
        before = self._matchers.pop(guild_id, None)
        pending = self._building.get(guild_id)  # a build or an update under way: the change applies to its matcher
        self._building[guild_id] = asyncio.create_task(self._build(guild_id, keys, before, pending))

    async def _updated(
        self, guild_id: int, keys: list[str], before: Roster | None, pending: asyncio.Task[Roster] | None
    ) -> Roster | None:
        """The matcher before the change (or the one being made) with the names of `keys` as stored now; None
        when a whole build must decide (`Roster.change`) or there is no matcher to update."""
        if before is None and pending is not None:
            await asyncio.wait({pending})
            if not pending.cancelled() and pending.exception() is None:
                before = pending.result()
        if before is None:
            return None
        found = [await self.repo.get(guild_id, key) for key in keys]
        return before if before.change(keys, [e for e in found if e is not None]) else None

    async def _build(
        self,
        guild_id: int,
        keys: list[str] | None = None,
        before: Roster | None = None,
        pending: asyncio.Task[Roster] | None = None,
    ) -> Roster:
        latest = False
        try:
            roster = None
            if keys is not None and len(keys) <= CHANGED_MAX:
                roster = await self._updated(guild_id, keys, before, pending)
            if roster is None:
                entries = await self.repo.all(guild_id)
                # a roster of thousands takes up to seconds to index: off the event loop, in a thread that pauses
                # every hundred entries (`_let_loop_run`), so other interactions keep their 3-second deadline
                if len(entries) > THREAD_FROM:
                    roster = await asyncio.to_thread(Roster, entries, pause=_let_loop_run)
                else:
                    roster = Roster(entries)
            latest = self._building.get(guild_id) is asyncio.current_task()
            if latest:  # no newer change meanwhile: this is the roster now
                self._matchers[guild_id] = roster
            return roster
        finally:  # done or failed, the next lookup starts afresh rather than awaiting a dead build
            if latest or self._building.get(guild_id) is asyncio.current_task():
                self._building.pop(guild_id, None)

    def _build_task(self, guild_id: int) -> asyncio.Task[Roster]:
        """The guild's matcher being built, started if nobody has started it."""
        building = self._building.get(guild_id)
        if building is None:
            building = self._building[guild_id] = asyncio.create_task(self._build(guild_id))
        return building

    async def matcher(self, guild_id: int) -> Roster:
        roster = self._matchers.get(guild_id)
        return roster if roster is not None else await self._build_task(guild_id)

    async def ready(self, guild_id: int, within: float) -> Roster | None:
        """The guild's matcher if it is built, or built within `within` seconds; else None (an autocomplete
        answers "the roster is loading" rather than late). The build goes on either way."""
        roster = self._matchers.get(guild_id)
        if roster is not None:
            return roster
        building = self._build_task(guild_id)
        done, _ = await asyncio.wait({building}, timeout=max(within, 0.0))
        return building.result() if done else None

    async def tag(self, guild_id: int, draft: SightingDraft, current: Sighting | None = None) -> Tags:
        """Tag a new sighting (or a correction of `current`): names in `who` (the current ones when a
        correction leaves `who` alone), then roster names found in the text, quote and headline."""
        roster = await self.matcher(guild_id)
        if current is None or "who" in draft.given:
            resolution = roster.resolve(draft.who)
            check_names(len(resolution.people) + len(resolution.unknown))
            people, unknown, suggestions = list(resolution.people), resolution.unknown, resolution.suggestions
        else:
            people, unknown, suggestions = list(current.people), current.other_names, {}
        texts: list[str | None] = [draft.what, draft.quote, draft.headline]
        if current is not None:  # a correction: the fields it leaves alone keep their current text
            kept = {"what": current.what, "quote": current.quote, "headline": current.headline}
            texts = [getattr(draft, f) if f in draft.given else kept[f] for f in ("what", "quote", "headline")]
        # a correction's `who` wins: a name it took out is not put back by the text ("… (not Hollis, sorry)")
        removed = set(current.people) - set(people) if current is not None and "who" in draft.given else set()
        for name in roster.find_in(*texts):
            if name not in people and name not in removed:
                people.append(name)
        speaker = draft.quote_by if current is None or "quote_by" in draft.given else current.quote_by
        if speaker:
            speaker = roster.lookup(speaker) or speaker
        return Tags(tuple(people), tuple(unknown), suggestions, speaker)

    async def entries(self, guild_id: int) -> list[RosterEntry]:
        return (await self.matcher(guild_id)).entries

    async def add(self, caller: Caller, name: str, aliases: str | None) -> tuple[RosterEntry, bool, str | None]:
        """The entry, whether it is new, and a sentence for the editor when a label is an everyday word."""
        caller.require_editor()
        guild_id = caller.guild_id
        canonical = check_name(name)
        alias_list = tuple(check_name(a) for a in split_names(aliases) if fold(a) != fold(canonical))
        if len(alias_list) > ALIASES_MAX:
            raise InvalidInput(f"At most {ALIASES_MAX} aliases per name.")
        stored = await self.repo.add(
            guild_id, RosterRow(fold(canonical), canonical, alias_list), label_key, partial(self._edited, guild_id)
        )
        if isinstance(stored, LeftOut):
            raise InvalidInput(
                f"“{stored.label}” already means **{stored.owner}** on the roster. "
                f"Remove it there first (`/roster remove name:{stored.owner}`) or choose another alias."
            )
        self._changed(guild_id, [fold(canonical)])  # in place, not the whole roster indexed again
        entry = await self.repo.get(guild_id, fold(canonical))
        assert entry is not None
        return entry, stored, _everyday_note(entry)

    async def store(self, guild_id: int, entries: list[tuple[str, tuple[str, ...]]]) -> list[bool]:
        """Add or update (name, aliases) pairs, found by their folded name; returns for each whether it was
        new. No checks but the cleaning every stored text gets (`bot.text.clean`): /roster add and /roster import check
        first; the rehearsal loads its script's roster."""
        # (cleaned all the same: a bidi override or a zero-width space in a name never reaches the feed or the article)
        cleaned = [
            (clean(name), tuple(a for a in (clean(alias) for alias in aliases) if a)) for name, aliases in entries
        ]
        rows = [RosterRow(fold(name), name, aliases) for name, aliases in cleaned]
        created = await self.repo.upsert_many(guild_id, rows)
        self._changed(guild_id, [row.key for row in rows])
        return created

    async def remove(self, caller: Caller, name: str) -> str:
        caller.require_editor()
        guild_id = caller.guild_id
        roster = await self.matcher(guild_id)
        canonical = roster.lookup(name) or clean(name)
        if not await self.repo.remove(guild_id, fold(canonical), partial(self._edited, guild_id)):
            hint = roster.suggest(name)
            extra = f" Did you mean **{hint}**?" if hint else " `/roster list` shows the names."
            raise NotFound(f"“{clean(name)}” is not on the roster.{extra}")
        self._changed(guild_id, [fold(canonical)])
        return canonical

    async def import_csv(self, caller: Caller, data: bytes, edits: set[str] | None = None) -> ImportReport:
        """`name,aliases` lines (aliases separated by '|'). All or nothing: any bad line rejects the file. A name an
        editor adds, changes or removes after the import started (`edits`, from `importing`) is their later word: the
        import leaves it so and the report names it (`kept`); a line whose label an editor gave to another name
        meanwhile is left out and named (`left_out`), whenever they did."""
        if edits is None:
            async with self.importing(caller.guild_id) as edits:
                return await self.import_csv(caller, data, edits)
        caller.require_editor()
        guild_id = caller.guild_id
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise InvalidInput("The file is not UTF-8 text. Export the CSV as UTF-8 and try again.") from None
        # reading and checking 10,000 lines against a roster of thousands is half a second of Python, and the
        # event loop's turns would wait on it even in a thread (the GIL): in a worker process, against the roster
        # as the database holds it
        try:
            report, rows = await self.worker.run(check_roster_import, self.database, guild_id, text, server=guild_id)
        except Interrupted:
            raise Interrupted(IMPORT_INTERRUPTED) from None
        # a label another name held when the file was checked refuses the line, unless an editor gave it to them
        # after the import started: then the line is left out when the import goes live (if the label is still theirs)
        refused = [
            (line, f"“{label}” already means {owner} on the roster")
            for line, label, owner in report.clashes
            if fold(owner) not in edits
        ]
        report.rejected = sorted(report.rejected + refused)
        if report.rejected:
            return report
        if not rows:
            raise InvalidInput("The file has no names. Each line is `name,aliases` with aliases separated by `|`.")
        self._go_on()
        outcomes = await self.repo.import_rows(guild_id, rows, label_key, self._go_on, edits)
        changed = [row.key for row, outcome in zip(rows, outcomes, strict=True) if outcome in ("added", "updated")]
        if changed:  # a few: in place; many: a whole build; none (a file imported again unchanged): nothing to index
            self._changed(guild_id, changed)
        lists = {"added": report.added, "updated": report.updated, "unchanged": report.unchanged, "kept": report.kept}
        lines = {row.key: row.line for row in rows}  # a key twice in the file: its last line is the one staged
        for row, outcome in zip(rows, outcomes, strict=True):
            if not isinstance(outcome, LeftOut):
                lists[outcome].append(row.name)
            elif (line := lines.pop(row.key, None)) is not None:
                report.left_out.append((line, row.name, outcome.label, outcome.owner))
        return report
