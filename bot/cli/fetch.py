"""`claimcheck fetch`: the article text and metadata of a link or a saved HTML file."""

from __future__ import annotations

import argparse
import json
from dataclasses import asdict
from pathlib import Path
from typing import TextIO

from bot.config import AppConfig
from claims import InputError


def cmd_fetch(args: argparse.Namespace, config: AppConfig, out: TextIO, _stdin: TextIO) -> int:
    if "://" in args.source:
        from bot.links.fetch import fetch_article

        page = fetch_article(args.source, config.fetch)
    else:
        from bot.links.page import page_text

        path = Path(args.source)
        if not path.is_file():
            raise InputError(f"{args.source}: no such file.")
        data = path.read_bytes()[: config.fetch.max_bytes + 1]
        if len(data) > config.fetch.max_bytes:
            raise InputError(f"{args.source} is larger than {config.fetch.max_bytes / 1e6:g} MB.")
        page = page_text(data, None).as_page(str(path))
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
