"""Training commands for Tend's models: `python -m nlp.train textcat`.

Nothing here runs when the bot runs; the analyzer only loads what training wrote.
"""
