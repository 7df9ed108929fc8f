"""Vetted: find security equipment from banned or restricted vendors, offline."""

__version__ = "0.1.0"
