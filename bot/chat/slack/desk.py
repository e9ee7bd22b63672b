"""The desk on Slack: 🙋 takes a claim, "4: source https://…" in a checklist's thread is a note on claim 4,
the "Add a note to this claim" shortcut opens a modal, `/factcheck take|assign|mine|note|due`, and the
deadline's reminders in the thread. Every rule is bot/core/desk.py's; this module reads payloads.

`register_takes` and `register_desk` run ahead of the adapter's listeners of the same kind in `register`:
Bolt runs the first listener that matches, so each listener here matches only what is the desk's (a
take emoji, a numbered thread message, a desk command).
"""

from __future__ import annotations

import json
import logging
import re
import time
from datetime import UTC, datetime
from functools import partial
from typing import Any

from slack_bolt import Ack, BoltContext, Respond
from slack_bolt import App as BoltApp
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.chat.slack.adapter import SlackAdapter, _once, _team, plain_text, respond_ephemeral
from bot.chat.slack.render import escape
from bot.core import desk_commands
from bot.core.desk import Desk, DeskResult, numbered_note
from bot.core.service import ChecklistView, ClaimView, Place
from bot.core.statuses import SIGNED_VERDICTS
from claims import ClaimCheckError

log = logging.getLogger(__name__)

NOTE_SHORTCUT_ID = "desk_add_note"
NOTE_VIEW_ID = "desk_note"
_MENTION = re.compile(r"^<@([A-Z0-9]+)(?:\|[^>]*)?>$")


class SlackDesk:
    """The desk's listeners, sharing the adapter's editor (message refreshes) and directory (links)."""

    def __init__(self, adapter: SlackAdapter) -> None:
        self.adapter = adapter
        self.app = adapter.app
        self.desk = Desk(adapter.app.workflow)

    # -- matchers: only what is the desk's ----------------------------------------------------------
    def is_take(self, event: dict[str, Any]) -> bool:
        return self.app.config.workflow.take_emoji != () and _is_take(self.app.config.workflow.take_emoji, event)

    @staticmethod
    def is_thread_note(event: dict[str, Any]) -> bool:
        thread = event.get("thread_ts")
        return bool(
            thread
            and thread != event.get("ts")
            and not event.get("subtype")
            and not event.get("bot_id")
            and numbered_note(plain_text(event.get("text", "")))
        )

    @staticmethod
    def is_desk_command(command: dict[str, Any]) -> bool:
        return desk_commands.is_command(str(command.get("text", "")).split())

    # -- 🙋 --------------------------------------------------------------------------------------------
    def on_take(
        self, body: dict[str, Any], event: dict[str, Any], context: BoltContext, client: WebClient, added: bool
    ) -> None:
        item = event.get("item") or {}
        if item.get("type") != "message" or event.get("user") in {None, context.bot_user_id}:
            return
        place = Place("slack", _team(body, context), str(item.get("channel", "")))
        result = self.desk.take_by_reaction(
            place,
            str(event["user"]),
            str(item.get("ts")),
            added,
            datetime.fromtimestamp(float(event.get("event_ts") or time.time()), tz=UTC),
            key=str(body.get("event_id") or f"{item.get('ts')}:{event.get('event_ts')}"),
        )
        self._refresh(client, result)
        self.adapter.directory.learn(client, place.workspace, str(event["user"]))

    # -- "4: source https://…" in a checklist's thread -----------------------------------------------
    def on_thread_note(
        self, body: dict[str, Any], event: dict[str, Any], context: BoltContext, client: WebClient
    ) -> None:
        place = Place("slack", _team(body, context), str(event.get("channel", "")))
        who, thread = str(event.get("user", "")), str(event.get("thread_ts"))
        try:
            result = self.desk.note_in_thread(
                place, who, thread, plain_text(event.get("text", "")), key=f"note:{place.channel}:{event.get('ts')}"
            )
        except ClaimCheckError as exc:  # no such claim: a one-line hint to the person alone
            self.adapter._whisper(client, place.channel, who, thread, str(exc))
            return
        if result is not None:  # the report names note writers as people see them
            self.adapter.directory.learn(client, place.workspace, who)
        self._refresh(client, result)

    # -- the "Add a note to this claim" shortcut and its modal ---------------------------------------
    def on_note_shortcut(self, ack: Ack, shortcut: dict[str, Any], client: WebClient, respond: Respond) -> None:
        ack()
        channel = str((shortcut.get("channel") or {}).get("id", ""))
        team = str((shortcut.get("team") or {}).get("id", ""))
        ts = str((shortcut.get("message") or {}).get("ts") or shortcut.get("message_ts") or "")
        target = self.app.store.desk.message_target(team, "slack", channel, ts)
        if target is None or target[1] is None:
            respond_ephemeral(respond, "Use this on a claim of a checklist: that message is not one.")
            return
        row = self.app.store.desk.claim_by_id(team, target[1])
        number = row.number if row else 0
        try:
            client.views_open(trigger_id=shortcut.get("trigger_id"), view=note_modal(team, channel, ts, number))
        except SlackApiError as exc:
            log.warning("could not open the note modal: %s", exc.response.get("error"))

    def on_note_submit(self, ack: Ack, body: dict[str, Any], view: dict[str, Any], client: WebClient) -> None:
        values = _values(view)
        try:
            meta = json.loads(view.get("private_metadata") or "{}")
            team, channel, ts = str(meta["team"]), str(meta["channel"]), str(meta["ts"])
        except (ValueError, KeyError, TypeError):
            ack()
            return
        text = values.get("note") or ""
        sources = (values.get("sources") or "").split()
        proposed = values.get("verdict") if values.get("verdict") in SIGNED_VERDICTS else None
        target = self.app.store.desk.message_target(team, "slack", channel, ts)
        if target is None or target[1] is None:
            ack()
            return
        row = self.app.store.desk.claim_by_id(team, target[1])
        if row is None:
            ack()
            return
        who = str((body.get("user") or {}).get("id", ""))
        try:
            result = self.desk.note(
                Place("slack", team, channel),
                who,
                row.number,
                text,
                checklist_id=target[0],
                proposed=proposed,
                sources=sources,
                key=f"view:{view.get('id') or body.get('trigger_id')}",
            )
        except ClaimCheckError as exc:  # an empty note: say so on the form
            ack(response_action="errors", errors={"note": str(exc)[:150]})
            return
        ack()
        self.adapter.directory.learn(client, team, who)  # the report names them as people see them
        self._refresh(client, result)

    # -- /factcheck take|assign|mine|note|due ---------------------------------------------------------
    def on_command(self, ack: Ack, command: dict[str, Any], client: WebClient) -> None:
        place = Place("slack", str(command.get("team_id", "")), str(command.get("channel_id", "")))
        words = str(command.get("text", "")).split()
        text = plain_text(" ".join(words[2:])) if words[0].lower() == "note" else ""
        if text:  # the note's text as typed, links unwrapped
            words = words[:2] + text.split(" ")
        try:
            reply = desk_commands.run(
                self.desk,
                place,
                str(command.get("user_id", "")),
                words,
                person=_person,
                link=partial(self._link, client),
                name=lambda who: f"<@{escape(who)}>",
                escape=escape,
            )
        except ClaimCheckError as exc:
            ack(text=escape(str(exc)))
            return
        ack(text=reply.text)  # names are mentions, titles and typed text escaped by the desk's wording
        self.adapter.directory.learn(client, place.workspace, str(command.get("user_id", "")))
        self._refresh(client, reply.result)
        if reply.checklist is not None:
            self.adapter.editor.mark(client, place.workspace, reply.checklist.id, None)

    def _link(self, client: WebClient, checklist: ChecklistView, claim: ClaimView) -> str:
        posted = self.app.store.posting.posted_messages(checklist.place.workspace, checklist.id)
        where, parent = posted.get(claim.id), posted.get(None)
        link = (
            self.adapter.directory.message_link(
                client, checklist.place.workspace, where[0], where[1], parent[1] if parent else None
            )
            if where
            else None
        )
        return f"<{link}|claim {claim.number}>" if link else f"claim {claim.number}"

    # -- reminders ------------------------------------------------------------------------------------
    def send_reminders(self, client: WebClient) -> int:
        """Post the reminders due now that this worker won (each is sent once across workers)."""
        sent = 0
        for reminder in self.desk.reminders(self.adapter.worker, "slack", name=lambda who: f"<@{escape(who)}>"):
            checklist = reminder.checklist
            parent = self.app.store.posting.posted_messages(checklist.place.workspace, checklist.id).get(None)
            if parent is None:
                continue
            try:
                client.chat_postMessage(channel=parent[0], thread_ts=parent[1], text=reminder.text)
                sent += 1
            except SlackApiError as exc:
                log.warning("reminder for checklist %s not sent: %s", checklist.id, exc.response.get("error"))
        return sent

    def _refresh(self, client: WebClient, result: DeskResult | None) -> None:
        if result is not None:
            self.adapter.editor.mark(client, result.workspace, result.checklist_id, result.claim_id)


def _is_take(take_emoji: tuple[str, ...], event: dict[str, Any]) -> bool:
    name = str(event.get("reaction", "")).split("::")[0]
    return name in take_emoji


def _person(typed: str) -> str:
    """`<@U123|dana>` (as Slack sends a mention) → U123; anything else as typed."""
    match = _MENTION.match(typed.strip())
    return match.group(1) if match else typed.strip().lstrip("@")


def _values(view: dict[str, Any]) -> dict[str, str]:
    """The modal's inputs by block id."""
    found: dict[str, str] = {}
    for block_id, actions in ((view.get("state") or {}).get("values") or {}).items():
        for value in actions.values():
            option = value.get("selected_option") or {}
            found[block_id] = str(option.get("value") or value.get("value") or "")
    return found


def note_modal(team: str, channel: str, ts: str, number: int) -> dict[str, Any]:
    def text_input(block: str, label: str, multiline: bool, optional: bool, hint: str) -> dict[str, Any]:
        return {
            "type": "input",
            "block_id": block,
            "optional": optional,
            "label": {"type": "plain_text", "text": label},
            "element": {
                "type": "plain_text_input",
                "action_id": block,
                "multiline": multiline,
                "placeholder": {"type": "plain_text", "text": hint},
            },
        }

    verdicts = [("verified", "Verified"), ("false", "False"), ("disputed", "Disputed")]
    return {
        "type": "modal",
        "callback_id": NOTE_VIEW_ID,
        "private_metadata": json.dumps({"team": team, "channel": channel, "ts": ts}),
        "title": {"type": "plain_text", "text": f"Note on claim {number}"[:24]},
        "submit": {"type": "plain_text", "text": "Add note"},
        "blocks": [
            text_input("note", "Note", True, False, "What you found, and where"),
            text_input("sources", "Source links", False, True, "https://… (several: separated by spaces)"),
            {
                "type": "input",
                "block_id": "verdict",
                "optional": True,
                "label": {"type": "plain_text", "text": "Proposed verdict"},
                "element": {
                    "type": "static_select",
                    "action_id": "verdict",
                    "options": [{"text": {"type": "plain_text", "text": t}, "value": v} for v, t in verdicts],
                },
            },
        ],
    }


def register_takes(bolt: BoltApp, adapter: SlackAdapter) -> SlackDesk:
    """Attach the desk's reaction listeners (takes) ahead of the adapter's (see the module's docstring)."""
    desk = SlackDesk(adapter)
    adapter.desk = desk  # type: ignore[attr-defined]  # the serve loop sends its reminders
    bolt.event("reaction_added", matchers=[desk.is_take])(_once(adapter, partial(desk.on_take, added=True)))
    bolt.event("reaction_removed", matchers=[desk.is_take])(_once(adapter, partial(desk.on_take, added=False)))
    return desk


def register_desk(bolt: BoltApp, desk: SlackDesk) -> None:
    """Attach the desk's other listeners (notes, commands, the note form) ahead of the adapter's."""
    adapter = desk.adapter
    bolt.event("message", matchers=[desk.is_thread_note])(_once(adapter, desk.on_thread_note))
    bolt.command("/factcheck", matchers=[desk.is_desk_command])(desk.on_command)
    bolt.shortcut(NOTE_SHORTCUT_ID)(desk.on_note_shortcut)
    bolt.view(NOTE_VIEW_ID)(desk.on_note_submit)
