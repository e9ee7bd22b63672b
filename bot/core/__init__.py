"""The workflow core: the one workflow service, how a status follows from reactions, posting a checklist, reports."""
