"""The /factcheck command group and the "Fact-check this message" context menu, on a fresh tree."""

from __future__ import annotations

import discord
from discord import app_commands

from bot.chat.discord.adapter import DiscordAdapter, message_key
from bot.chat.discord.render import NO_PINGS
from bot.core import reports

HELP = (
    "**/factcheck** commands:\n"
    "• `/factcheck check LINK-OR-TEXT` check an article; its claims are posted in a thread\n"
    "• `/factcheck report` the report of this channel's latest checklist (in a checklist's thread: that one)\n"
    "• `/factcheck export FORMAT` the report as a file (csv, md, json, html, claimreview)\n"
    "• `/factcheck list` open checklists here\n"
    "• `/factcheck take|assign|mine|note|due` take, give, list your claims, note, deadline\n"
    "• reply to a claim's message to add a note or a source link\n"
    "• right-click a message → Apps → *Fact-check this message*\n"
    "React to a claim with ✅ verified, ❌ false, ⚠️ disputed, 🔍 checking, ❓ needs a source, 🚫 not a claim, "
    "🙋 I'm on it."
)
_EXPORT_NAMES = {
    "csv": "CSV: a spreadsheet",
    "md": "Markdown",
    "json": "JSON: every claim and its history",
    "html": "HTML: one page with a chart",
    "claimreview": "ClaimReview: schema.org JSON-LD",
}


def build_tree(client: discord.Client, adapter: DiscordAdapter) -> app_commands.CommandTree:
    """The commands are offered in servers only: checklists live in channels, not direct messages."""
    tree = app_commands.CommandTree(client)
    group = app_commands.Group(name="factcheck", description="Fact-check checklists", guild_only=True)

    @group.command(name="check", description="Check an article (a link or its text)")
    @app_commands.describe(source="A link to the article, or its text")
    async def check(interaction: discord.Interaction, source: str) -> None:
        await adapter.check(interaction, source, request_key=f"interaction:{interaction.id}")

    @group.command(name="report", description="The report of this channel's (or this thread's) checklist")
    async def report(interaction: discord.Interaction) -> None:
        await adapter.report(interaction)

    @group.command(name="export", description="The report as a file")
    @app_commands.describe(format="The file's format: csv, md, json, html or claimreview")
    @app_commands.choices(
        format=[app_commands.Choice(name=_EXPORT_NAMES.get(n, n), value=n) for n in reports.EXPORTS if n != "markdown"]
    )
    async def export(interaction: discord.Interaction, format: str) -> None:  # noqa: A002 - the option's name
        await adapter.export(interaction, format)

    @group.command(name="list", description="Open checklists in this channel")
    async def list_open(interaction: discord.Interaction) -> None:
        await adapter.list_open(interaction)

    @group.command(name="help", description="How to use the bot")
    async def help_(interaction: discord.Interaction) -> None:
        await interaction.response.send_message(HELP, ephemeral=True, allowed_mentions=NO_PINGS)

    @app_commands.guild_only()
    async def context_check(interaction: discord.Interaction, message: discord.Message) -> None:
        # the message, not the interaction, is the submission: asking twice points to the first checklist
        await adapter.check(
            interaction,
            message.content,
            request_key=message_key(message.channel.id, message.id),
            point_to_existing=True,
        )

    tree.add_command(group)
    tree.add_command(app_commands.ContextMenu(name="Fact-check this message", callback=context_check))
    return tree
