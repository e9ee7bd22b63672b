"""The Slack adapter: Bolt listeners, sending and pacing, Block Kit rendering, and the HTTP front."""
