"""Training the learned parts of the pipeline: `python -m nlp.train safety|textcat|blame`.

Needs the dev install (scikit-learn); nothing here runs when the bot runs: the analyzer only
loads what training wrote.
"""
