"""Data, not code: the pattern, lexicon and texting files read by `nlp.lexicon`."""
