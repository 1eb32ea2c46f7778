"""The job board: search, offer pages, submission, moderation, feeds."""
