"""The rapport tab: narrative, recommendations and a live preview of the rapport."""
