"""The live console: queue, floor, notes, log and tally of one session."""
