"""The heart of Tend: a draft comes back with what may land badly and a kinder wording."""
