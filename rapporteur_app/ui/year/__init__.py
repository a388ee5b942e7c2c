"""The year view: every meeting and event by year, the statistics across meetings, the
recommendations' follow-up and the annual report."""
