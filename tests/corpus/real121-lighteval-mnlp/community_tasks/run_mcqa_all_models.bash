lighteval accelerate \
    --eval-mode lighteval \
    --save-details \
    --custom-tasks "./mnlp_mcqa_evaluation.py" \
    --output-dir ../output \
    ../model_configs/qwen_base.yaml \
"community|mnlp_mcqa_evals_mcqa_evals|0|0,community|mnlp_mcqa_evals_math_qa|0|0,community|mnlp_mcqa_evals_musr|0|0,community|mnlp_mcqa_evals_gpqa|0|0,community|mnlp_mcqa_evals_nlp4education|0|0,community|mnlp_mcqa_evals_arc_challenge|0|0,community|mnlp_mcqa_evals_arc_easy|0|0,community|mnlp_mcqa_evals_mmlu_pro|0|0,community|mnlp_mcqa_evals_mmlu|0|0"


lighteval accelerate \
    --eval-mode lighteval \
    --save-details \
    --custom-tasks "./mnlp_mcqa_evaluation.py" \
    --output-dir ../output \
    ../model_configs/IF_model.yaml \
"community|mnlp_mcqa_evals_mcqa_evals|0|0,community|mnlp_mcqa_evals_math_qa|0|0,community|mnlp_mcqa_evals_musr|0|0,community|mnlp_mcqa_evals_gpqa|0|0,community|mnlp_mcqa_evals_nlp4education|0|0,community|mnlp_mcqa_evals_arc_challenge|0|0,community|mnlp_mcqa_evals_arc_easy|0|0,community|mnlp_mcqa_evals_mmlu_pro|0|0,community|mnlp_mcqa_evals_mmlu|0|0"

lighteval accelerate \
    --eval-mode lighteval \
    --save-details \
    --custom-tasks "./mnlp_mcqa_evaluation.py" \
    --output-dir ../output \
    ../model_configs/M2_mcqa_model.yaml \
"community|mnlp_mcqa_evals_mcqa_evals|0|0,community|mnlp_mcqa_evals_math_qa|0|0,community|mnlp_mcqa_evals_musr|0|0,community|mnlp_mcqa_evals_gpqa|0|0,community|mnlp_mcqa_evals_nlp4education|0|0,community|mnlp_mcqa_evals_arc_challenge|0|0,community|mnlp_mcqa_evals_arc_easy|0|0,community|mnlp_mcqa_evals_mmlu_pro|0|0,community|mnlp_mcqa_evals_mmlu|0|0"
