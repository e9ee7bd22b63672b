"""Building the Bolt app: the Web API client, the listeners, and logs kept free of bodies and tokens."""

from __future__ import annotations

import logging
import os
from concurrent.futures import ThreadPoolExecutor

from slack_bolt import App as BoltApp

from bot.app import App
from bot.chat.slack.adapter import SlackAdapter, register
from bot.chat.slack.sender import web_client
from bot.store.database import store_trouble


class _NoBodies(logging.Filter):
    """Bolt logs a request's body when its signature fails; article text and tokens stay out of logs."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        return not ("body" in message.lower() or "xox" in message)


def _keep_bodies_out_of_logs() -> None:
    """Bolt logs a failed request's body at INFO, and slack_sdk logs every request and response at
    DEBUG: both would put article text, and sometimes tokens, in the newsroom's logs."""
    verification = logging.getLogger("slack_bolt.RequestVerification")
    if not any(isinstance(f, _NoBodies) for f in verification.filters):
        verification.addFilter(_NoBodies())
    for name in ("slack_sdk.web.base_client", "slack_sdk.socket_mode", "slack_bolt.App"):
        logger = logging.getLogger(name)
        logger.setLevel(max(logger.level, logging.INFO))


def build_bolt_app(
    app: App,
    *,
    token: str | None,
    signing_secret: str | None,
    api_url: str | None = None,
    executor: ThreadPoolExecutor | None = None,
    worker: str | None = None,
) -> tuple[BoltApp, SlackAdapter]:
    """A Bolt app wired to the workflow; `api_url` points the Web API elsewhere (a proxy, the tests)."""
    _keep_bodies_out_of_logs()
    bolt = BoltApp(
        client=web_client(token, api_url, app.config.slack.api_timeout_seconds),
        signing_secret=signing_secret,
        request_verification_enabled=bool(signing_secret),
        listener_executor=executor,
        logger=logging.getLogger("slack_bolt.App"),
    )
    adapter = SlackAdapter(app, worker)
    register(bolt, adapter)
    return bolt, adapter


def build_inbox_bolt(app: App, adapter: SlackAdapter, bolt: BoltApp) -> BoltApp:
    """A second Bolt app on the same adapter and client, for events kept in the inbox: it runs the
    listener before answering (so a failure is seen and the event retried), and checks no signature
    (the HTTP front checked it before keeping the event, which may be handled minutes later)."""
    inbox_bolt = BoltApp(
        client=bolt.client,
        request_verification_enabled=False,
        process_before_response=True,
        logger=logging.getLogger("slack_bolt.App"),
    )
    register(inbox_bolt, adapter)

    @inbox_bolt.error
    def _one_line_for_store_trouble(error: Exception, logger: logging.Logger) -> None:
        # an outage fails every event handled meanwhile, and the inbox retries each: one line apiece,
        # a traceback only for what is not the store (the status stays 500, so the event is retried)
        trouble = store_trouble(error)
        if trouble is None:
            logger.error("handling an event failed: %s", type(error).__name__, exc_info=error)
        else:
            logger.warning("an event could not be handled now; it is retried. %s", trouble)

    return inbox_bolt


def settings_from_env(environ: dict[str, str] | None = None) -> dict[str, str | None]:
    environ = dict(os.environ if environ is None else environ)
    return {
        "token": environ.get("SLACK_BOT_TOKEN"),
        "signing_secret": environ.get("SLACK_SIGNING_SECRET"),
        "app_token": environ.get("SLACK_APP_TOKEN"),
        "api_url": environ.get("SLACK_API_URL"),
    }
