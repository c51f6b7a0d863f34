"""The heart of Tend: a draft comes back with what may land badly and a kinder wording.

handlers.py   a pasted (or edited) draft: flood gate, language, analysis, the reply
buttons.py    the buttons under a reply: another wording, Why?, "I'll use this", feedback
mine.py       "Make it mine" (mine_reply.py: its questions and the composed message)
mutes.py      "Not for me": stop flagging one kind of phrase; /settings
service.py    record a check (never the draft unless the user opted in), attach the reply
reply.py      the reply's HTML and keyboard (callbacks.py: what its buttons carry)
analysis.py   the analyzer's worker processes, micro-batched; flood.py, language.py,
              slots.py, safety.py: the per-user limit, the English check, the
              "[what happened]" slot, and the reply to a safety concern
"""
