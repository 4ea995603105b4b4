"""Full run: summarise every popular dataset card with the two chosen models."""
import os
import time

import argilla as rg
from distilabel.llms import InferenceEndpointsLLM
from distilabel.pipeline import Pipeline
from distilabel.steps import CombineColumns, LoadHubDataset, StepInput, StepOutput, step
from distilabel.steps.tasks import TextGeneration, UltraFeedback
from dotenv import load_dotenv

from custom_preference_to_argilla import CustomPreferenceToArgilla
from utils import is_empty_template, parse_markdown, try_load_text

load_dotenv()

LIMIT = None  # None = every row
GEN_TOKENS = 250
ARGILLA_URL = "https://dibt-demo-argilla-space.hf.space"
ARGILLA_DS = "dataset-preferences-llm-course-full-dataset"
HUB_OUTPUT = f"davanstrien/{ARGILLA_DS}"
HF_TOKEN = os.getenv("HF_API_KEY")
rg.init(api_url=ARGILLA_URL, api_key=os.getenv("ARGILLA_API_KEY"), workspace="admin")


@step(inputs=["card"], outputs=["instruction"])
def to_instruction(inputs: StepInput) -> StepOutput:
    for row in inputs:
        text = try_load_text(row["card"])
        if text and not is_empty_template(text):
            row["instruction"] = parse_markdown(text)[:6000]
    yield inputs


with Pipeline(name="dataset-summary-preferences") as pipeline:
    llama3 = InferenceEndpointsLLM(
        model_id="meta-llama/Meta-Llama-3-70B-Instruct",
        tokenizer_id="meta-llama/Meta-Llama-3-70B-Instruct",
        model_display_name="meta-llama/Meta-Llama-3-70B-Instruct",
        api_key=HF_TOKEN,
    )
    hermes = InferenceEndpointsLLM(
        endpoint_name="nous-hermes-2-mixtral-8x7b-d-yeg",
        # model_id="NousResearch/Nous-Hermes-2-Mixtral-8x7B-DPO",
        tokenizer_id="NousResearch/Nous-Hermes-2-Mixtral-8x7B-DPO",
        model_display_name="NousResearch/Nous-Hermes-2-Mixtral-8x7B-DPO",
        api_key=HF_TOKEN,
    )
    loader = LoadHubDataset(name="load_dataset")
    prompts = to_instruction(name="format_input_card")
    a = TextGeneration(name="llama_summary", llm=llama3, input_batch_size=2,
                       output_mappings={"model_name": "generation_model"})
    b = TextGeneration(name="mixtral_summary", llm=hermes, input_batch_size=16,
                       output_mappings={"model_name": "generation_model"})
    merge = CombineColumns(name="combine_columns", columns=["generation", "generation_model"],
                           output_columns=["generations", "generation_models"])
    judge = UltraFeedback(name="ultrafeedback", aspect="instruction-following", llm=llama3)
    sink = CustomPreferenceToArgilla(name="to_argilla", dataset_name=ARGILLA_DS, api_url=ARGILLA_URL,
                                     dataset_workspace="admin", num_generations=2)
    loader >> prompts >> [a, b] >> merge >> judge >> sink


if __name__ == "__main__":
    started = time.time()
    params = {"load_dataset": {"repo_id": "davanstrien/popular-cards", "split": "train"}}
    if LIMIT is not None:
        params["load_dataset"]["num_examples"] = LIMIT
    params["to_argilla"] = {"dataset_name": ARGILLA_DS, "input_batch_size": 10}
    result = pipeline.run(parameters=params)
    result.push_to_hub(HUB_OUTPUT)
    print(f"done in {time.time() - started:.1f}s")
