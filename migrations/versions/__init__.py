"""Revision files, named by date (see `file_template` in alembic.ini)."""
