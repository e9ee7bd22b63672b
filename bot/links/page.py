"""The main text and metadata of a fetched page (trafilatura), as clean article text."""

from __future__ import annotations

from dataclasses import dataclass

from bot.core.service import FetchedPage
from claims import InputError


@dataclass(frozen=True, slots=True)
class PageText:
    text: str  # the title, then the body: what the claim engine reads
    body: str
    title: str | None
    byline: str | None
    published: str | None
    site_name: str | None
    canonical_url: str | None

    def as_page(self, url: str) -> FetchedPage:
        """The page as the bot keeps it, read from `url`."""
        return FetchedPage(
            url=url,
            text=self.text,
            title=self.title,
            canonical_url=self.canonical_url,
            byline=self.byline,
            published=self.published,
            site_name=self.site_name,
        )


def page_text(html: bytes | str, url: str | None = None) -> PageText:
    """The article in an HTML page: body text without navigation, comments or boilerplate.

    Raises:
        InputError: no article text could be found in the page.
    """
    import trafilatura  # heavy: loaded only when a page is read

    document = trafilatura.bare_extraction(
        html, url=url, with_metadata=True, include_comments=False, include_tables=True, include_images=False
    )
    body = getattr(document, "text", None) if document is not None else None
    if not body or not body.strip():
        raise InputError("No article text could be found on that page.")
    title = getattr(document, "title", None)
    # the title leads the text, as in a pasted article, so the engine sees it as the headline
    text = f"{title}\n\n{body}" if title and not body.startswith(title) else body
    return PageText(
        text=text,
        body=body,
        title=title,
        byline=getattr(document, "author", None),
        published=getattr(document, "date", None),
        site_name=getattr(document, "sitename", None),
        canonical_url=getattr(document, "url", None) or url,
    )
