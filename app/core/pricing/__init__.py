"""Replacement-cost estimates: the price book they come from and the sums over devices."""
