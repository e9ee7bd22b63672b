"""claimcheck bot: config, link fetching, store, workflow service, reports and chat adapters."""
