"""Detection: the pipeline components, rules, guards and the trained classifiers that find
phrasing likely to land as blame (doc.spans["tend"]).
"""
