"""Alembic migrations for Tend's database (a package so that installs ship it)."""
