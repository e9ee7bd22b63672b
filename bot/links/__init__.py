"""Reading a pasted link: safe fetching (SSRF rules) and the main text of a page."""
