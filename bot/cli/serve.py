"""`claimcheck serve slack|discord`: run a chat adapter as a long-lived process."""

from __future__ import annotations

import argparse
import faulthandler
import logging
import os
import signal
import threading
from typing import Any, TextIO

from bot.app import App, create_app
from bot.config import AppConfig
from bot.core.edits import FLUSH_SECONDS
from claims import ClaimCheckError

log = logging.getLogger("claimcheck.serve")


def _need(value: str | None, name: str) -> str:
    if not value:
        raise ClaimCheckError(f"{name} is not set; see README, 'Run it on Slack'.")
    return value


def serve_slack(args: argparse.Namespace, config: AppConfig) -> int:
    from bot.chat.slack.app import build_bolt_app, settings_from_env

    settings = settings_from_env()
    token = _need(settings["token"], "SLACK_BOT_TOKEN")
    app = create_app(config, database_url=args.database)
    bolt, adapter = build_bolt_app(
        app, token=token, signing_secret=settings["signing_secret"] if args.http else None, api_url=settings["api_url"]
    )
    stop = threading.Event()

    def resume_forever() -> None:
        # finish checklists left half posted by a crash, an outage or a dead worker's lapsed lease
        interval = config.slack.resume_interval_seconds
        try:
            adapter.repair_edits(bolt.client)  # edits the process before may have left unsent
        except Exception as exc:
            log.warning("re-editing recently changed claims failed: %s", type(exc).__name__)
        while not stop.wait(interval):
            try:
                adapter.resume_unposted(bolt.client)
                adapter.desk.send_reminders(bolt.client)  # type: ignore[attr-defined]  # the desk's deadlines
            except Exception as exc:  # the store may be down for a moment: try again next round
                log.warning("resuming unposted checklists failed: %s", type(exc).__name__)

    threading.Thread(target=resume_forever, name="resume-posting", daemon=True).start()
    code = 0
    try:
        if args.http:
            code = _serve_http(args, app, adapter, bolt, _need(settings["signing_secret"], "SLACK_SIGNING_SECRET"))
        else:
            from slack_bolt.adapter.socket_mode import SocketModeHandler

            # SIGTERM ends the socket like Ctrl-C, so the pending edits below are sent before exiting
            signal.signal(signal.SIGTERM, signal.default_int_handler)
            try:
                SocketModeHandler(bolt, _need(settings["app_token"], "SLACK_APP_TOKEN")).start()  # type: ignore[no-untyped-call]
            except KeyboardInterrupt:
                log.info("stopping")
    finally:
        stop.set()
        if not adapter.editor.wait_idle(FLUSH_SECONDS):  # what editors did is kept; what the messages show too
            log.warning("stopped with message edits still pending; they are made at the next start")
        adapter.editor.stop()
        app.close()
    return code


ACK_ENTRY = "import sys; from bot.cli.ack_front import main; sys.exit(main(int(sys.argv[1])))"


def _serve_http(args: argparse.Namespace, app: App, adapter: Any, bolt: Any, secret: str) -> int:
    """The Events API over HTTP: an ack process of its own (`AckFront`) checks, keeps and acknowledges
    each request, and this one handles the events. Until SIGTERM or Ctrl-C; then the ack process
    finishes the requests under way, this one the handlings under way (both bounded), and the last
    done marks are written. 1 when the ack process could not be kept running."""
    from bot.chat.slack.app import build_inbox_bolt, settings_from_env
    from bot.chat.slack.http import STOP_SECONDS, AckFront
    from bot.chat.slack.inbox import InboxWorker

    stopping = threading.Event()
    for name in (signal.SIGTERM, signal.SIGINT):
        signal.signal(name, lambda *_: stopping.set())
    settings = settings_from_env()
    front_settings = {
        "database": app.store.database.engine.url.render_as_string(hide_password=False),
        "secret": secret,
        "token": settings["token"],
        "api_url": settings["api_url"],
        "api_timeout": app.config.slack.api_timeout_seconds,
        "host": args.host,
        "port": args.port,
    }
    # the done marks go to the ack process, the inbox's one busy writer (`front` is set before any)
    worker = InboxWorker(build_inbox_bolt(app, adapter, bolt), app.store, mark_done=lambda *key: front.mark_done(*key))
    front = AckFront(front_settings, worker, bolt, entry=ACK_ENTRY)
    worker.start()
    front.start()
    try:
        while not stopping.wait(0.5) and not front.failed.is_set():
            pass
    finally:
        log.info("stopping")
        front.stop_taking()
        worker.stop(STOP_SECONDS)
        front.close()
    return 1 if front.failed.is_set() else 0


def cmd_serve(args: argparse.Namespace, config: AppConfig, _out: TextIO, _stdin: TextIO) -> int:
    if hasattr(signal, "SIGUSR1"):
        faulthandler.register(signal.SIGUSR1, all_threads=True)  # `kill -USR1 PID`: what every thread is doing
    if not os.environ.get("CLAIMCHECK_LOG_LEVEL"):
        logging.getLogger().setLevel(logging.INFO)  # a server says what it does unless told otherwise
    if args.platform == "slack":
        return serve_slack(args, config)
    from bot.chat.discord.adapter import serve_discord

    return serve_discord(args, config)
