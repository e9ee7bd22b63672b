"""`claimcheck fetch`: the article text and metadata of a link or a saved HTML file."""

from __future__ import annotations

import argparse
import json
from dataclasses import asdict
from typing import TextIO

from bot.config import AppConfig
from bot.core.files import read_file


def cmd_fetch(args: argparse.Namespace, config: AppConfig, out: TextIO, _stdin: TextIO) -> int:
    if "://" in args.source:
        from bot.links.fetch import fetch_article

        page = fetch_article(args.source, config.fetch)
    else:
        from bot.links.page import read_page

        # the size is checked before reading; a FIFO or a device is refused; reading is bounded like a link's
        data = read_file(args.source, config.fetch.max_bytes)
        page = read_page(data, None, config.fetch.timeout_seconds, config.fetch).as_page(args.source)
    if args.format == "json":
        out.write(json.dumps(asdict(page), ensure_ascii=False, indent=1) + "\n")
    else:
        meta = [
            f"{k}: {v}"
            for k, v in (
                ("title", page.title),
                ("byline", page.byline),
                ("published", page.published),
                ("site", page.site_name),
                ("canonical", page.canonical_url),
            )
            if v
        ]
        out.write("\n".join(meta) + "\n\n" + page.text + "\n")
    return 0
