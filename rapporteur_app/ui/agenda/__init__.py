"""The agenda editor (meeting, days, sessions) and the registration import."""
