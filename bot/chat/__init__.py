"""The chat adapters: one per platform (Slack, Discord) and the console; each imports the core, never another."""
