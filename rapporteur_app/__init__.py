"""Rapporteur: log the statements of an international meeting and write its rapport."""

__version__ = "0.1.0"
