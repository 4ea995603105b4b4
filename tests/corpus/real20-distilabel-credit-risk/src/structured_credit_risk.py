from enum import Enum

from distilabel.llms import LlamaCppLLM
from distilabel.pipeline import Pipeline
from distilabel.steps import LoadDataFromDicts
from distilabel.steps.tasks import TextGeneration
from pydantic import BaseModel, conint


class EmploymentStatus(str, Enum):
    employed = "employed"
    self_employed = "self_employed"
    unemployed = "unemployed"


class CreditApplication(BaseModel):
    debt_to_income_ratio: conint(ge=0, le=100)
    employment_status: EmploymentStatus
    credit_inquiries: conint(ge=0, lt=100)
    application_approved: bool
    performance: bool


model_path = "models/openhermes-2.5-mistral-7b.Q4_K_M.gguf"

with Pipeline("Credit-Card-Applications") as pipeline:
    system_prompt = (
        "You are a credit analyst. You have reviewed thousands of credit card applications."
        " Please return a JSON object with common attributes of a credit card application."
    )

    load_dataset = LoadDataFromDicts(
        name="load_instructions",
        data=[{"system_prompt": system_prompt,
               "instruction": "Generate a credit card application with the following attributes:"}],
    )
    llm = LlamaCppLLM(
        model_path=str(model_path),  # type: ignore
        n_gpu_layers=-1,
        n_ctx=1024,
        structured_output={"format": "json", "schema": CreditApplication},
    )
    text_generation = TextGeneration(
        name="text_generation_credit_card",
        llm=llm,
        input_batch_size=8,
        output_mappings={"model_name": "generation_model"},
    )
    load_dataset >> text_generation


if __name__ == "__main__":
    distiset = pipeline.run(
        parameters={text_generation.name: {"llm": {"generation_kwargs": {"max_new_tokens": 256}}}},
        use_cache=False,
    )
    for num, application in enumerate(distiset["default"]["train"]["generation"]):
        print(f"Application: {num}")
        print(application)
