"""Domain values to files (DOCX, PDF, CSV ...): no Qt, no SQLAlchemy."""
