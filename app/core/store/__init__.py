"""Inventory projects: one SQLite file per project (.vetted), saved as changes happen."""
