# Define the tasks

prompt_type = letter_answer

task_arc_easy = LightevalTaskConfig(
    name="mnlp_mcqa_evals_arc_easy",
    prompt_function=prompt_type,
    suite=["community"],
    hf_subset="ARC-Easy",
    hf_repo="allenai/ai2_arc",  # Change the repo name to the evaluation dataset that you compiled
    hf_avail_splits=["validation", "test"],
    evaluation_splits=["validation", "test"],
    metric=[Metrics.loglikelihood_acc, Metrics.loglikelihood_acc_norm_nospace],
    generation_size=-1,
    stop_sequence=None,
    trust_dataset=True,
    limited_num_samples=0,  # Set to 0 to use all samples, specify a number to limit the number of samples for debugging purposes
)

task_mcqa_evals = LightevalTaskConfig(
    name="mnlp_mcqa_evals_mcqa_evals",
    prompt_function=prompt_type,
    suite=["community"],
    hf_subset="",
    hf_repo="zechen-nlp/MNLP_STEM_mcqa_evals",  # Change the repo name to the evaluation dataset that you compiled
    hf_avail_splits=["test"],
    evaluation_splits=["test"],
    metric=[Metrics.loglikelihood_acc, Metrics.loglikelihood_acc_norm_nospace],
    generation_size=-1,
    stop_sequence=None,
    trust_dataset=True,
    limited_num_samples=0,  # Set to 0 to use all samples, specify a number to limit the number of samples for debugging purposes
)

task_arc_challenge = LightevalTaskConfig(
    name="mnlp_mcqa_evals_arc_challenge",
    prompt_function=prompt_type,
    suite=["community"],
    hf_subset="ARC-Challenge",
    hf_repo="allenai/ai2_arc",  # Change the repo name to the evaluation dataset that you compiled
    hf_avail_splits=["validation", "test"],
    evaluation_splits=["validation", "test"],
    metric=[Metrics.loglikelihood_acc, Metrics.loglikelihood_acc_norm_nospace],
    generation_size=-1,
    stop_sequence=None,
    trust_dataset=True,
    limited_num_samples=0,  # Set to 0 to use all samples, specify a number to limit the number of samples for debugging purposes
)

task_gpqa = LightevalTaskConfig(
    name="mnlp_mcqa_evals_gpqa",
    prompt_function=prompt_type,
    suite=["community"],
    hf_subset="gpqa_main",
    hf_repo="Idavidrein/gpqa",  # Change the repo name to the evaluation dataset that you compiled
    hf_avail_splits=["train"],
    evaluation_splits=["train"],
    metric=[Metrics.loglikelihood_acc, Metrics.loglikelihood_acc_norm_nospace],
    generation_size=-1,
    stop_sequence=None,
    trust_dataset=True,
    limited_num_samples=0,  # Set to 0 to use all samples, specify a number to limit the number of samples for debugging purposes
)

task_math_qa = LightevalTaskConfig(
    name="mnlp_mcqa_evals_math_qa",
    prompt_function=prompt_type,
    suite=["community"],
    hf_subset="math_qa",
    hf_repo="andresnowak/MNLP_MCQA_dataset",  # Change the repo name to the evaluation dataset that you compiled
    hf_avail_splits=["validation"],
    evaluation_splits=["validation"],
    metric=[Metrics.loglikelihood_acc, Metrics.loglikelihood_acc_norm_nospace],
    generation_size=-1,
    stop_sequence=None,
    trust_dataset=True,
    limited_num_samples=0,  # Set to 0 to use all samples, specify a number to limit the number of samples for debugging purposes
)

task_mmlu_pro = LightevalTaskConfig(
    name="mnlp_mcqa_evals_mmlu_pro",
    prompt_function=prompt_type,
    suite=["community"],
    hf_subset="",
    hf_repo="igzi/mmlu-pro-stem",  # Change the repo name to the evaluation dataset that you compiled
    hf_avail_splits=["validation", "test"],
    evaluation_splits=["validation", "test"],
    metric=[Metrics.loglikelihood_acc, Metrics.loglikelihood_acc_norm_nospace],
    generation_size=-1,
    stop_sequence=None,
    trust_dataset=True,
    limited_num_samples=0,  # Set to 0 to use all samples, specify a number to limit the number of samples for debugging purposes
)

task_mmlu = LightevalTaskConfig(
    name="mnlp_mcqa_evals_mmlu",
    prompt_function=prompt_type,
    suite=["community"],
    hf_subset="",
    hf_repo="TIGER-Lab/MMLU-STEM",  # Change the repo name to the evaluation dataset that you compiled
    hf_avail_splits=["test"],
    evaluation_splits=["test"],
    metric=[Metrics.loglikelihood_acc, Metrics.loglikelihood_acc_norm_nospace],
    generation_size=-1,
    stop_sequence=None,
    trust_dataset=True,
    limited_num_samples=0,  # Set to 0 to use all samples, specify a number to limit the number of samples for debugging purposes
)

task_nlp4education = LightevalTaskConfig(
    name="mnlp_mcqa_evals_nlp4education",
    prompt_function=prompt_type,
    suite=["community"],
    hf_subset="",
    hf_repo="igzi/nlp4education",  # Change the repo name to the evaluation dataset that you compiled
    hf_avail_splits=["train"],
    evaluation_splits=["train"],
    metric=[Metrics.loglikelihood_acc, Metrics.loglikelihood_acc_norm_nospace],
    generation_size=-1,
    stop_sequence=None,
    trust_dataset=True,
    limited_num_samples=0,  # Set to 0 to use all samples, specify a number to limit the number of samples for debugging purposes
)

task_musr = LightevalTaskConfig(
    name="mnlp_mcqa_evals_musr",
    prompt_function=prompt_type,
    suite=["community"],
    hf_subset="",
    hf_repo="TAUR-Lab/MuSR",  # Change the repo name to the evaluation dataset that you compiled
    hf_avail_splits=["murder_mysteries", "object_placements","team_allocation"],
    evaluation_splits=["murder_mysteries", "object_placements","team_allocation"],
    metric=[Metrics.loglikelihood_acc, Metrics.loglikelihood_acc_norm_nospace],
    generation_size=-1,
    stop_sequence=None,
    trust_dataset=True,
    limited_num_samples=0,  # Set to 0 to use all samples, specify a number to limit the number of samples for debugging purposes
)

# ------------

def mmlu_harness(line, task_name: str = None):
    topic = "knowledge and kills in advanced master-level STEM courses"
    prompt = f"The following are multiple choice questions (with answers) about {topic.replace('_', ' ')}.\n\n"
    prompt += line["question"] + "\n"
    prompt += "".join([f"{key}. {choice}\n" for key, choice in zip(LETTER_INDICES, line["choices"])])
    prompt += "Answer:"
    gold_ix = LETTER_INDICES.index(line["answer"])

    return Doc(
        task_name=task_name,
        query=prompt,
        choices=[" A", " B", " C", " D"],
        gold_index=gold_ix,
        instruction=f"The following are multiple choice questions (with answers) about {topic.replace('_', ' ')}.\n\n",
    )

task_example = LightevalTaskConfig(
    name="mnlp_mcqa_evals",
    prompt_function=mmlu_harness,
    suite=["community"],
    hf_subset="",
    hf_repo="zechen-nlp/MNLP_STEM_mcqa_demo",  # Change the repo name to the evaluation dataset that you compiled
    hf_avail_splits=["test"],
    evaluation_splits=["test"],
    metric=[Metrics.loglikelihood_acc, Metrics.loglikelihood_acc_norm_nospace],
    generation_size=-1,
    stop_sequence=None,
    trust_dataset=True,
    limited_num_samples=0,  # Set to 0 to use all samples, specify a number to limit the number of samples for debugging purposes
)

# STORE YOUR EVALS
TASKS_TABLE = [task_example, task_mmlu, task_mmlu_pro, task_arc_easy, task_arc_challenge, task_gpqa, task_musr, task_nlp4education, task_mmlu_reasoning, task_math_qa, task_mcqa_evals]