"""Build an ONNX graph of all-MiniLM-L6-v2 straight from its safetensors weights.

Why build rather than export: exporting needs torch and transformers, which Tend never installs;
the model is a plain 6-layer BERT, so its graph is a few dozen standard ONNX operators, written
here once and checked against the upstream implementation's own embeddings
(tests/data/encoder_reference.json, made with sentence-transformers in a throwaway environment).

The graph takes `input_ids` and `attention_mask` (int64, batch x tokens) and returns
`embedding` (float32, batch x 384): mean pooling over the unmasked tokens, then L2
normalisation, exactly as the sentence-transformers model card describes. Token type ids are
always 0 for single sentences, so that embedding row is folded into a constant.

A second output, `token_states` (batch x tokens x 384, the last layer before pooling), lets
one pass over a draft give each of its sentences a vector too (nlp/encoder/runtime.py pools
them over each sentence's word pieces), instead of one more pass per sentence.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt
import onnx
from onnx import TensorProto, helper, numpy_helper

Weights = Mapping[str, npt.NDArray[np.float32]]
OPSET = 17


@dataclass(frozen=True, slots=True)
class BertShape:
    """The hyper-parameters of the checkpoint (its config.json)."""

    layers: int = 6
    hidden: int = 384
    heads: int = 12
    layer_norm_eps: float = 1e-12


class _Graph:
    """Collects nodes and initializers with unique, readable names."""

    def __init__(self) -> None:
        self.nodes: list[onnx.NodeProto] = []
        self.initializers: list[onnx.TensorProto] = []
        self._count = 0

    def const(self, name: str, value: npt.NDArray[np.generic]) -> str:
        self.initializers.append(numpy_helper.from_array(value, name))
        return name

    def op(self, op_type: str, inputs: list[str], **attrs: Any) -> str:
        self._count += 1
        out = f"{op_type.lower()}_{self._count}"
        self.nodes.append(helper.make_node(op_type, inputs, [out], name=out, **attrs))
        return out

    def linear(self, x: str, weights: Weights, prefix: str) -> str:
        # torch stores Linear weights as (out, in); MatMul wants (in, out).
        w = self.const(f"{prefix}.weight_t", np.ascontiguousarray(weights[f"{prefix}.weight"].T))
        b = self.const(f"{prefix}.bias", weights[f"{prefix}.bias"])
        return self.op("Add", [self.op("MatMul", [x, w]), b])

    def layer_norm(self, x: str, weights: Weights, prefix: str, eps: float) -> str:
        scale = self.const(f"{prefix}.weight", weights[f"{prefix}.weight"])
        bias = self.const(f"{prefix}.bias", weights[f"{prefix}.bias"])
        return self.op("LayerNormalization", [x, scale, bias], axis=-1, epsilon=eps)


def build_graph(weights: Weights, shape: BertShape | None = None) -> onnx.ModelProto:
    """The fp32 sentence-embedding graph for the given BERT weights."""
    shape = shape or BertShape()
    g = _Graph()
    head_dim = shape.hidden // shape.heads

    ids, mask = "input_ids", "attention_mask"
    # Positions 0..T-1: a slice of the position table as long as the input.
    seq_len = g.op("Gather", [g.op("Shape", [ids]), g.const("one_index", np.array(1))], axis=0)
    zero = g.const("zero_1d", np.array([0], dtype=np.int64))
    seq_len_1d = g.op("Unsqueeze", [seq_len, g.const("axes_0", np.array([0], dtype=np.int64))])
    positions = g.op(
        "Slice",
        [
            g.const("position_table", weights["embeddings.position_embeddings.weight"]),
            zero,
            seq_len_1d,
        ],
    )
    words = g.op(
        "Gather", [g.const("word_table", weights["embeddings.word_embeddings.weight"]), ids], axis=0
    )
    token_type = g.const("token_type_0", weights["embeddings.token_type_embeddings.weight"][0])
    x = g.op("Add", [g.op("Add", [words, positions]), token_type])
    x = g.layer_norm(x, weights, "embeddings.LayerNorm", shape.layer_norm_eps)

    # Additive mask, (B, 1, 1, T): 0 where a token is real, a large negative where it is padding.
    mask_f = g.op("Cast", [mask], to=TensorProto.FLOAT)
    inverted = g.op("Sub", [g.const("one_f", np.array(1.0, dtype=np.float32)), mask_f])
    additive = g.op("Mul", [inverted, g.const("neg_big", np.array(-1e4, dtype=np.float32))])
    additive = g.op("Unsqueeze", [additive, g.const("axes_1_2", np.array([1, 2], dtype=np.int64))])

    split_heads = g.const("split_heads", np.array([0, 0, shape.heads, head_dim], dtype=np.int64))
    merge_heads = g.const("merge_heads", np.array([0, 0, shape.hidden], dtype=np.int64))
    scale = g.const("attention_scale", np.array(1.0 / math.sqrt(head_dim), dtype=np.float32))
    half = g.const("half", np.array(0.5, dtype=np.float32))
    one = g.const("one", np.array(1.0, dtype=np.float32))
    inv_sqrt2 = g.const("inv_sqrt2", np.array(1.0 / math.sqrt(2.0), dtype=np.float32))

    for layer in range(shape.layers):
        p = f"encoder.layer.{layer}"

        def heads(name: str, prefix: str = p, h: str = x) -> str:
            projected = g.linear(h, weights, f"{prefix}.attention.self.{name}")
            return g.op("Transpose", [g.op("Reshape", [projected, split_heads])], perm=[0, 2, 1, 3])

        q, k, v = heads("query"), heads("key"), heads("value")
        scores = g.op("MatMul", [q, g.op("Transpose", [k], perm=[0, 1, 3, 2])])
        scores = g.op("Add", [g.op("Mul", [scores, scale]), additive])
        context = g.op("MatMul", [g.op("Softmax", [scores], axis=-1), v])
        context = g.op("Reshape", [g.op("Transpose", [context], perm=[0, 2, 1, 3]), merge_heads])
        attended = g.linear(context, weights, f"{p}.attention.output.dense")
        x = g.layer_norm(
            g.op("Add", [attended, x]),
            weights,
            f"{p}.attention.output.LayerNorm",
            shape.layer_norm_eps,
        )
        inner = g.linear(x, weights, f"{p}.intermediate.dense")
        # Exact GELU, as BERT was trained: 0.5 * x * (1 + erf(x / sqrt 2)).
        erf = g.op("Erf", [g.op("Mul", [inner, inv_sqrt2])])
        gelu = g.op("Mul", [g.op("Mul", [inner, half]), g.op("Add", [erf, one])])
        out = g.linear(gelu, weights, f"{p}.output.dense")
        x = g.layer_norm(
            g.op("Add", [out, x]), weights, f"{p}.output.LayerNorm", shape.layer_norm_eps
        )

    # Mean over real tokens, then unit length.
    mask_3d = g.op("Unsqueeze", [mask_f, g.const("axes_2", np.array([2], dtype=np.int64))])
    summed = g.op(
        "ReduceSum", [g.op("Mul", [x, mask_3d]), g.const("axes_1", np.array([1]))], keepdims=0
    )
    count = g.op("ReduceSum", [mask_3d, g.const("axes_1b", np.array([1]))], keepdims=0)
    count = g.op("Max", [count, g.const("tiny", np.array(1e-9, dtype=np.float32))])
    mean = g.op("Div", [summed, count])
    # Before opset 18, ReduceL2 takes its axes as an attribute (ReduceSum as an input).
    norm = g.op("ReduceL2", [mean], axes=[-1], keepdims=1)
    norm = g.op("Max", [norm, g.const("tiny_norm", np.array(1e-12, dtype=np.float32))])
    g.nodes.append(helper.make_node("Div", [mean, norm], ["embedding"], name="embedding"))
    g.nodes.append(helper.make_node("Identity", [x], ["token_states"], name="token_states"))

    batch_tokens: list[str | int] = ["batch", "tokens"]
    graph = helper.make_graph(
        g.nodes,
        "all-MiniLM-L6-v2",
        inputs=[
            helper.make_tensor_value_info(ids, TensorProto.INT64, batch_tokens),
            helper.make_tensor_value_info(mask, TensorProto.INT64, batch_tokens),
        ],
        outputs=[
            helper.make_tensor_value_info("embedding", TensorProto.FLOAT, ["batch", shape.hidden]),
            helper.make_tensor_value_info(
                "token_states", TensorProto.FLOAT, ["batch", "tokens", shape.hidden]
            ),
        ],
        initializer=g.initializers,
    )
    model = helper.make_model(
        graph, opset_imports=[helper.make_opsetid("", OPSET)], producer_name="tend"
    )
    model.ir_version = 8
    onnx.checker.check_model(model)
    return model


def weights_from_safetensors(data: bytes) -> dict[str, npt.NDArray[np.float32]]:
    """The float32 tensors of a safetensors file (the position-id buffer is not a weight)."""
    from safetensors.numpy import load

    return {k: v for k, v in load(data).items() if v.dtype == np.float32}


def quantize(weights: Weights) -> bytes:
    """The int8 graph as bytes: MatMul weights quantised per output channel.

    Why int8: about half the cost of fp32 here. Why per channel with reduce_range: per-tensor
    int8 bent some embeddings far from fp32 (cosine down to 0.86 on our reference sentences);
    per channel keeps them at 0.96 or better, and 7-bit weights avoid the overflow that AVX2
    machines without VNNI can hit. Embedding tables stay fp32 (lookups cost nothing).
    """
    import tempfile
    from pathlib import Path

    from onnxruntime.quantization import QuantType, quantize_dynamic

    with tempfile.TemporaryDirectory() as tmp:
        fp32, int8 = Path(tmp) / "fp32.onnx", Path(tmp) / "int8.onnx"
        fp32.write_bytes(build_graph(weights).SerializeToString())
        quantize_dynamic(
            fp32,
            int8,
            weight_type=QuantType.QInt8,
            op_types_to_quantize=["MatMul"],
            per_channel=True,
            reduce_range=True,
        )
        return int8.read_bytes()
