"""Compare candidate LLMs for writing dataset-card summaries before the full run."""
import os
import time

import argilla as rg
from distilabel.llms import InferenceEndpointsLLM
from distilabel.pipeline import Pipeline
from distilabel.steps import CombineColumns, LoadHubDataset, PreferenceToArgilla, StepInput, StepOutput, step
from distilabel.steps.tasks import TextGeneration, UltraFeedback
from dotenv import load_dotenv
from huggingface_hub import login

from utils import is_empty_template, parse_markdown, try_load_text

load_dotenv()

N_SAMPLES = 50
GEN_TOKENS = 250
BATCH = 2
MIN_LEN = 2500
ARGILLA_URL = "https://dibt-demo-argilla-space.hf.space"
ARGILLA_DS = "dataset-preferences-llm-course-model-selection"
ARGILLA_WS = "admin"
HUB_OUTPUT = f"davanstrien/{ARGILLA_DS}"

HF_TOKEN = os.getenv("HF_API_KEY")
assert HF_TOKEN, "set HF_API_KEY or run `huggingface-cli login`"
login(token=HF_TOKEN)
ARGILLA_KEY = os.getenv("ARGILLA_API_KEY")
rg.init(api_url=ARGILLA_URL, api_key=ARGILLA_KEY, workspace=ARGILLA_WS)


@step(inputs=["card", "datasetId"], outputs=["card", "datasetId"])
def keep_usable_cards(inputs: StepInput) -> StepOutput:
    kept = []
    for row in inputs:
        if "open-llm-leaderboard" in row["datasetId"]:
            continue
        text = try_load_text(row["card"])
        if text is None or is_empty_template(text):
            continue
        text = parse_markdown(text)
        if len(text) < MIN_LEN:
            continue
        row["card"] = text
        kept.append(row)
    yield kept


@step(inputs=["card"], outputs=["instruction"])
def to_instruction(inputs: StepInput) -> StepOutput:
    for row in inputs:
        row["instruction"] = f"Write a one-sentence tl;dr of this dataset card:\n\n{row['card'][:6000]}"
    yield inputs


with Pipeline(name="dataset-summary-preferences") as pipeline:
    llama3 = InferenceEndpointsLLM(
        model_id="meta-llama/Meta-Llama-3-70B-Instruct",
        tokenizer_id="meta-llama/Meta-Llama-3-70B-Instruct",
        model_display_name="meta-llama/Meta-Llama-3-70B-Instruct",
        api_key=HF_TOKEN,
    )
    hermes = InferenceEndpointsLLM(
        model_id="NousResearch/Nous-Hermes-2-Mixtral-8x7B-DPO",
        tokenizer_id="NousResearch/Nous-Hermes-2-Mixtral-8x7B-DPO",
        model_display_name="NousResearch/Nous-Hermes-2-Mixtral-8x7B-DPO",
        api_key=HF_TOKEN,
    )
    zephyr = InferenceEndpointsLLM(
        model_id="HuggingFaceH4/zephyr-orpo-141b-A35b-v0.1",
        tokenizer_id="HuggingFaceH4/zephyr-orpo-141b-A35b-v0.1",
        model_display_name="HuggingFaceH4/zephyr-orpo-141b-A35b-v0.1",
        api_key=HF_TOKEN,
    )

    loader = LoadHubDataset(name="load_dataset")
    cards = keep_usable_cards(name="card_filter")
    prompts = to_instruction(name="format_input_card")
    writers = [
        TextGeneration(name=f"{tag}_summary", llm=llm, input_batch_size=BATCH,
                       output_mappings={"model_name": "generation_model"})
        for tag, llm in (("llama", llama3), ("mixtral", hermes), ("zephyr", zephyr))
    ]
    merge = CombineColumns(name="combine_columns", columns=["generation", "generation_model"],
                           output_columns=["generations", "generation_models"])
    judge = UltraFeedback(name="ultrafeedback", aspect="instruction-following", llm=llama3)
    to_argilla = PreferenceToArgilla(name="to_argilla", dataset_name=ARGILLA_DS, api_url=ARGILLA_URL,
                                     api_key=ARGILLA_KEY, dataset_workspace=ARGILLA_WS, num_generations=3)

    loader >> cards >> prompts
    for w in writers:
        prompts >> w >> merge
    merge >> judge >> to_argilla


if __name__ == "__main__":
    t0 = time.time()
    ds = pipeline.run(
        parameters={
            "load_dataset": {
                "repo_id": "davanstrien/popular-cards",
                "split": "train",
                "num_examples": N_SAMPLES,
            },
            "llama_summary": {"llm": {"generation_kwargs": {"max_new_tokens": GEN_TOKENS, "do_sample": True,
                                                            "stop_sequences": ["<|end_of_text|>", "<|eot_id|>"]}}},
            "to_argilla": {"dataset_name": ARGILLA_DS},
        }
    )
    ds.push_to_hub(HUB_OUTPUT)
    print(f"took {time.time() - t0:.0f}s")
