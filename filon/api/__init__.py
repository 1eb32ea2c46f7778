"""The REST API: search with facets, offer detail, submission of a document."""
