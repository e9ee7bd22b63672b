"""`claimcheck report`: a checklist's report from the store, in any format."""

from __future__ import annotations

import argparse
from typing import TextIO

from bot.app import create_app
from bot.chat.console import PLACE
from bot.config import AppConfig
from bot.core import reports
from bot.core.service import Place


def cmd_report(args: argparse.Namespace, config: AppConfig, out: TextIO, _stdin: TextIO) -> int:
    app = create_app(config, database_url=args.database)
    try:
        place = Place(PLACE.platform, args.workspace or PLACE.workspace, args.channel or PLACE.channel)
        checklist = app.workflow.find_checklist(place, args.checklist)
        out.write(reports.render(reports.build_report(checklist), args.format) + "\n")
        return 0
    finally:
        app.close()
