"""Data shipped with the program: reference lists, fonts, schemas (importlib.resources)."""
