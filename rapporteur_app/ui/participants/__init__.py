"""People and organizations of a meeting: listed, added, corrected and merged."""
