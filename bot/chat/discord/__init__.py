"""The Discord adapter: app commands, the message context menu and raw reaction events."""
