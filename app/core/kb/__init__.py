"""The vendor knowledge base: built from db/ text files into a read-only SQLite file."""
