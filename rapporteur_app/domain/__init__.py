"""The rapporteur's world as plain values and rules: no Qt, no SQLAlchemy."""
