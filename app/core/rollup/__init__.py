"""Many sites, one picture: combine site projects into an organisation view, and compare two snapshots.

Site files are only ever read: opened read-only through SQLite, never migrated, never written.
"""
