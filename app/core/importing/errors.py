"""The one error import raises: its message is a sentence to show the user as it is."""


class InventoryError(Exception):
    """A file that cannot be imported, with a plain sentence saying why."""
