"""Reports a manager can hand on: an Excel workbook with live totals and a CSV of every device."""
