"""Published fact-checks: reading schema.org ClaimReview (files, feeds, pages, links) into the store's
archive, and asking the Google Fact Check Tools API about a claim."""
