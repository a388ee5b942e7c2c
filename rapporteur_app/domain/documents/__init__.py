"""The documents of the rapport's family, as values, and their layout into blocks."""
