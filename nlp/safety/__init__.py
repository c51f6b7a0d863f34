"""Safety first: self-harm and partner-violence disclosures are found before any coaching.

gate.py     `tend_safety`: rules and learned heads combined into two levels (clear, possible)
cues.py     signs of a plan that make a possible learned crisis score clear
model.py    `tend_safety_model`: logistic heads over the draft's sentence embeddings
heads.json  the trained heads (python -m nlp.train safety), with the hash of their data
"""

from nlp.safety.gate import SAFETY_FILE, SAFETY_KEY, Safety

__all__ = ["SAFETY_FILE", "SAFETY_KEY", "Safety"]
