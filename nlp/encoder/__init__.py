"""The sentence encoder behind Tend's learned checks (all-MiniLM-L6-v2, int8 ONNX).

files.py    where the weights come from, their hashes, the set-up build
graph.py    the ONNX graph written from the weights (no torch, no export step)
runtime.py  `Encoder.embed(texts)`, `Encoder.read(draft, sentences)`: onnxruntime + tokenizers
component.py  the spaCy component; `stacked(doc)` embeds a draft and its sentences in one pass,
            when a check first asks
"""
