"""The Slack ack process's entry: logging set up as the command line does, then the process's body.

`claimcheck serve slack --http` starts it (`python -c`, see bot/cli/serve.py) with the line to the
serving process as its one argument.
"""

from __future__ import annotations

from bot.chat.slack.ack import main as serve_front
from bot.logs import configure_logging


def main(fd: int) -> int:
    return serve_front(fd, configure_logging)
