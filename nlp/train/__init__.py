"""Training the learned parts of the pipeline: `python -m nlp.train safety`.

Needs the dev install (scikit-learn); nothing here runs in the bot.
"""
