"""The console adapter: the whole workflow in a terminal or a pipe, no tokens, same store as the bots."""

from __future__ import annotations

import argparse
import getpass
import io
import shlex
from pathlib import Path
from typing import TextIO

from bot.app import App, create_app
from bot.config import AppConfig
from bot.core import desk_commands, desk_text, reports
from bot.core.desk import Desk
from bot.core.files import read_file
from bot.core.limits import parse_number
from bot.core.posting import post_checklist
from bot.core.service import ChecklistView, ClaimView, Place, is_link
from bot.core.statuses import LABELS
from bot.store.database import store_trouble
from claims import ClaimCheckError, InputError, decode_article

PLACE = Place(platform="console", workspace="console", channel="terminal")
HELP = """Commands:
  /factcheck LINK-OR-FILE      check an article (a link or a text file)
  /factcheck                   then paste the article's text, ending with a line /end
  react N EMOJI                set claim N's status (✅ ❌ ⚠️ 🔍 ❓ 🚫 or :white_check_mark: and the like)
  unreact N EMOJI              take that reaction back
  /user NAME                   act as another editor
  /factcheck report [FORMAT]   the report (text, markdown, csv, json, html, claimreview)
  /factcheck list              open checklists
""" + "\n".join("  " + line for line in desk_commands.HELP.splitlines()) + """
  /help, /quit"""


class ConsoleSender:
    """Prints the checklist; each claim's 'message id' is checklist:number."""

    def __init__(self, out: TextIO, app: App) -> None:
        self.out = out
        self.app = app

    def send_parent(self, checklist: ChecklistView) -> tuple[str, str]:
        legend = "  ".join(f"{self.app.config.emoji_for(s)} {s.replace('_', ' ')}" for s, _ in self.app.config.statuses)
        self.out.write(
            f"\nChecklist #{checklist.id}: {checklist.title or 'untitled'}"
            f" ({len(checklist.claims)} claims)\nReact with: {legend}\n"
        )
        first = desk_text.parent_line(checklist, self.app.config.workflow)
        if first:
            self.out.write(first + "\n")
        return PLACE.channel, f"{checklist.id}:0"

    def send_claim(self, checklist: ChecklistView, claim: ClaimView, parent: tuple[str, str]) -> tuple[str, str]:
        self.out.write(claim_line(claim) + "\n")
        return PLACE.channel, f"{checklist.id}:{claim.number}"

    def recover(
        self, checklist: ChecklistView, known: dict[int | None, tuple[str, str]]
    ) -> dict[int | None, tuple[str, str]]:
        return {}  # a terminal keeps nothing to ask


def claim_line(claim: ClaimView) -> str:
    # plain words for the type and its figures ("Casualties: 23 killed, 71 injured · source: ...")
    lines = [f"{claim.number:>3}. {claim.text}", f"     {reports.facts_line(claim)}"]
    note = reports.memory_note(claim)
    if note:
        lines.append(f"     {note}")
    return "\n".join(lines)


class Console:
    def __init__(self, app: App, user: str, out: TextIO) -> None:
        self.app = app
        self.user = user
        self.out = out
        latest = app.store.checklists.latest_checklist(PLACE.workspace, PLACE.channel)
        self.current: int | None = latest.id if latest else None
        self.desk = Desk(app.workflow)  # take, note, due… (source titles are read in its own threads)

    def say(self, text: str) -> None:
        self.out.write(text + "\n")

    def run(self, lines: TextIO) -> int:
        for raw in lines:
            line = raw.strip()
            if not line:
                continue
            if line in {"/quit", "/exit"}:
                break
            try:
                if line == "/factcheck":
                    self.submit(self._read_paste(lines))
                else:
                    self.handle(line)
            except ClaimCheckError as exc:
                self.say(f"! {exc}")
            except Exception as exc:
                # the store went away (deleted, locked, PostgreSQL down): one line, and the next command
                # is tried again; anything else is a bug and keeps its traceback
                trouble = store_trouble(exc)
                if trouble is None:
                    raise
                self.say(f"! {trouble}")
        return 0

    def _read_paste(self, lines: TextIO) -> str:
        body: list[str] = []
        for raw in lines:
            if raw.strip() == "/end":
                break
            body.append(raw)
        return "".join(body)

    def handle(self, line: str) -> None:
        try:
            words = shlex.split(line)
        except ValueError:
            words = line.split()
        head = words[0].lower()
        if head in {"react", "unreact"}:
            self.react(words, added=head == "react")
        elif head == "/user" and len(words) == 2:
            self.user = words[1]
            self.say(f"Now acting as {self.user}.")
        elif desk_commands.is_command(words[1:] if head == "/factcheck" else words):
            self.desk_command(words[1:] if head == "/factcheck" else words)
        elif head == "/help":
            self.say(HELP)
        elif head == "/factcheck" and len(words) >= 2 and words[1] == "report":
            self.report(words[2] if len(words) > 2 else "text")
        elif head == "/factcheck" and len(words) == 2 and words[1] == "list":
            self.list_open()
        elif head == "/factcheck" and len(words) >= 2:
            self.submit(self._source(" ".join(words[1:])))
        else:
            self.say(f"? Unknown command {words[0]!r}. Type /help for the commands.")

    def _source(self, ref: str) -> str:
        if is_link(ref):
            return ref
        if not Path(ref).expanduser().exists():
            raise InputError(f"{ref}: no such file (give a link, a text file, or /factcheck alone to paste text).")
        # a FIFO or device is refused, the size checked before reading
        data = read_file(ref, self.app.config.max_input_bytes)
        return decode_article(data, self.app.config.max_input_bytes, ref)

    def submit(self, source: str) -> None:
        checklist = self.app.workflow.submit(source, self.user, PLACE)
        post_checklist(self.app.workflow, checklist, ConsoleSender(self.out, self.app), poster="console")
        self.current = checklist.id

    def react(self, words: list[str], added: bool) -> None:
        if len(words) != 3 or parse_number(words[1], digits=9) is None:
            self.say(f"? Use: {words[0]} N EMOJI, for example: {words[0]} 3 ✅")
            return
        if self.current is None:
            self.say("? There is no checklist yet: /factcheck a file, a link, or pasted text first.")
            return
        if self.app.config.status_for_emoji(words[2]) is None:
            self.say(
                f"? {words[2]} is not a status. Use one of: "
                + " ".join(self.app.config.emoji_for(s) for s, _ in self.app.config.statuses)
            )
            return
        result = self.app.workflow.react(
            who=self.user,
            emoji=words[2],
            place=PLACE,
            message_id=f"{self.current}:{parse_number(words[1], digits=9)}",
            added=added,
            via="command",
        )
        if result is None:
            self.say(f"? Checklist #{self.current} has no claim {words[1]}.")
            return
        claim = result.claim
        shown = LABELS[claim.status]
        by = f" by {claim.set_by}" if claim.set_by else ""
        verdict = desk_text.verdict_words(claim)  # "verified by dana, awaiting sign-off"
        shown, by = (verdict, "") if verdict else (shown, by)
        checklist = self.app.workflow.checklist(PLACE.workspace, result.checklist_id)
        self.say(f"Claim {claim.number}: {shown}{by} · {checklist.done}/{len(checklist.claims)} resolved")

    def desk_command(self, words: list[str]) -> None:
        """take, assign, mine, note, due (bot/core/desk_commands.py): the same desk as the chats."""
        if self.current is None and words[0].lower() != "mine":
            self.say("? There is no checklist yet: /factcheck a file, a link, or pasted text first.")
            return
        self.say(desk_commands.run(self.desk, PLACE, self.user, words, self.current).text)

    def report(self, fmt: str) -> None:
        if fmt not in reports.FORMATS:
            self.say(f"? Unknown report format {fmt!r}; use one of: {', '.join(reports.FORMATS)}")
            return
        checklist = self.app.workflow.find_checklist(PLACE, str(self.current) if self.current else None)
        self.say(reports.render(reports.build_report(checklist), fmt))

    def list_open(self) -> None:
        open_lists = self.app.workflow.open_checklists(PLACE)
        if not open_lists:
            self.say("No open checklists.")
        for c in open_lists:
            self.say(f"#{c.id} {c.title or 'untitled'}: {c.done}/{len(c.claims)} resolved")


def cmd_console(args: argparse.Namespace, config: AppConfig, out: TextIO, stdin: TextIO) -> int:
    app = create_app(config, database_url=args.database)
    try:
        console = Console(app, args.user or getpass.getuser(), out)
        if stdin.isatty():
            out.write("claimcheck console. Type /help for the commands.\n")
        # bytes that are not UTF-8 (or any input under a strict locale) become U+FFFD, not a traceback
        lines = io.TextIOWrapper(stdin.buffer, "utf-8", "replace") if hasattr(stdin, "buffer") else stdin
        if hasattr(out, "reconfigure"):
            out.reconfigure(errors="replace")
        try:
            return console.run(lines)
        finally:
            console.desk.close()  # source titles still being read are kept before the store closes
    finally:
        app.close()
