"""Decide, for each device, whether it comes from a listed vendor, and why."""

from app.core.matching.matcher import Matcher

__all__ = ["Matcher"]
