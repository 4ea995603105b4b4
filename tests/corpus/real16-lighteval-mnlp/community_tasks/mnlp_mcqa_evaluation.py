from lighteval.metrics.metrics import Metrics
from lighteval.tasks.default_prompts import LETTER_INDICES
from lighteval.tasks.lighteval_task import LightevalTaskConfig
from lighteval.tasks.requests import Doc

from .mnlp_mcqa_evals_arc_easy import arc_easy_extractor
from .mnlp_mcqa_evals_gpqa import gpqa_extractor
from .mnlp_mcqa_evals_mmlu import mmlu_extractor
from .mnlp_mcqa_evals_musr import musr_extractor

STEM_TOPIC = "knowledge and skills in advanced master-level STEM courses"
METRICS = [Metrics.loglikelihood_acc, Metrics.loglikelihood_acc_norm_nospace]


def build_prompt(question, options, narrative=None):
    header = f"The following are multiple choice questions (with answers) about {STEM_TOPIC}.\n\n"
    body = header
    if narrative:
        body += f"Narrative: {narrative}\n"
    body += f"Question: {question}\n"
    body += "".join(f"{k}. {c}\n" for k, c in zip(LETTER_INDICES, options))
    return body + "Answer:", header


EXTRACTORS = {
    "community|mnlp_mcqa_evals_arc_easy": arc_easy_extractor,
    "community|mnlp_mcqa_evals_arc_challenge": arc_easy_extractor,
    "community|mnlp_mcqa_evals_gpqa": gpqa_extractor,
    "community|mnlp_mcqa_evals_mmlu": mmlu_extractor,
}


def letter_answer(line, task_name: str):
    if task_name == "community|mnlp_mcqa_evals_musr":
        question, narrative, options, _, gold = musr_extractor(line)
    elif task_name in EXTRACTORS:
        question, options, _, gold = EXTRACTORS[task_name](line)
        narrative = None
    else:
        raise ValueError(f"Unsupported task_name: '{task_name}'.")
    query, header = build_prompt(question, options, narrative)
    return Doc(
        task_name=task_name,
        query=query,
        choices=[f" {chr(65 + i)}. {options[i]}" for i in range(len(options))],
        gold_index=gold,
        instruction=header,
    )


task_arc_easy = LightevalTaskConfig(
    name="mnlp_mcqa_evals_arc_easy",
    prompt_function=letter_answer,
    suite=["community"],
    hf_subset="ARC-Easy",
    hf_repo="allenai/ai2_arc",  # swap in the eval set you compiled
    hf_avail_splits=["validation", "test"],
    evaluation_splits=["validation", "test"],
    metric=METRICS,
    generation_size=-1,
    trust_dataset=True,
)

task_mcqa_evals = LightevalTaskConfig(
    name="mnlp_mcqa_evals_mcqa_evals",
    prompt_function=letter_answer,
    suite=["community"],
    hf_subset="",
    hf_repo="zechen-nlp/MNLP_STEM_mcqa_evals",
    hf_avail_splits=["test"],
    evaluation_splits=["test"],
    metric=METRICS,
    generation_size=-1,
    trust_dataset=True,
)

task_arc_challenge = LightevalTaskConfig(
    name="mnlp_mcqa_evals_arc_challenge",
    prompt_function=letter_answer,
    suite=["community"],
    hf_subset="ARC-Challenge",
    hf_repo="allenai/ai2_arc",
    hf_avail_splits=["validation", "test"],
    evaluation_splits=["validation", "test"],
    metric=METRICS,
    generation_size=-1,
    trust_dataset=True,
)

task_gpqa = LightevalTaskConfig(
    name="mnlp_mcqa_evals_gpqa",
    prompt_function=letter_answer,
    suite=["community"],
    hf_subset="gpqa_main",
    hf_repo="Idavidrein/gpqa",
    hf_avail_splits=["train"],
    evaluation_splits=["train"],
    metric=METRICS,
    generation_size=-1,
    trust_dataset=True,
)

task_math_qa = LightevalTaskConfig(
    name="mnlp_mcqa_evals_math_qa",
    prompt_function=letter_answer,
    suite=["community"],
    hf_subset="math_qa",
    hf_repo="andresnowak/MNLP_MCQA_dataset",
    hf_avail_splits=["validation"],
    evaluation_splits=["validation"],
    metric=METRICS,
    generation_size=-1,
    trust_dataset=True,
)

task_mmlu_pro = LightevalTaskConfig(
    name="mnlp_mcqa_evals_mmlu_pro",
    prompt_function=letter_answer,
    suite=["community"],
    hf_subset="",
    hf_repo="igzi/mmlu-pro-stem",
    hf_avail_splits=["validation", "test"],
    evaluation_splits=["validation", "test"],
    metric=METRICS,
    generation_size=-1,
    trust_dataset=True,
)

task_mmlu = LightevalTaskConfig(
    name="mnlp_mcqa_evals_mmlu",
    prompt_function=letter_answer,
    suite=["community"],
    hf_subset="",
    hf_repo="TIGER-Lab/MMLU-STEM",
    hf_avail_splits=["test"],
    evaluation_splits=["test"],
    metric=METRICS,
    generation_size=-1,
    trust_dataset=True,
)

task_nlp4education = LightevalTaskConfig(
    name="mnlp_mcqa_evals_nlp4education",
    prompt_function=letter_answer,
    suite=["community"],
    hf_subset="",
    hf_repo="igzi/nlp4education",
    hf_avail_splits=["train"],
    evaluation_splits=["train"],
    metric=METRICS,
    generation_size=-1,
    trust_dataset=True,
)

task_musr = LightevalTaskConfig(
    name="mnlp_mcqa_evals_musr",
    prompt_function=letter_answer,
    suite=["community"],
    hf_subset="",
    hf_repo="TAUR-Lab/MuSR",
    hf_avail_splits=["murder_mysteries", "object_placements", "team_allocation"],
    evaluation_splits=["murder_mysteries", "object_placements", "team_allocation"],
    metric=METRICS,
    generation_size=-1,
    trust_dataset=True,
)

task_example = LightevalTaskConfig(
    name="mnlp_mcqa_evals",
    prompt_function=letter_answer,
    suite=["community"],
    hf_subset="",
    hf_repo="zechen-nlp/MNLP_STEM_mcqa_demo",
    hf_avail_splits=["test"],
    evaluation_splits=["test"],
    metric=METRICS,
    generation_size=-1,
    trust_dataset=True,
)

TASKS_TABLE = [task_example, task_mmlu, task_mmlu_pro, task_arc_easy, task_arc_challenge,
               task_gpqa, task_musr, task_nlp4education, task_math_qa, task_mcqa_evals]
