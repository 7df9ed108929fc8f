"""Reading inventories: files of many formats -> tables -> header and column mapping -> devices."""
