"""Local stand-ins for the outside services (EDGAR, Slack) that end-to-end tests run against."""
