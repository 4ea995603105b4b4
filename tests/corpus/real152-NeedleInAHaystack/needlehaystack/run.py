from dataclasses import dataclass, field
from typing import Optional

from dotenv import load_dotenv
from jsonargparse import CLI

from llm_needle_haystack_tester import LLMNeedleHaystackTester
from llm_multi_needle_haystack_tester import LLMMultiNeedleHaystackTester
from evaluators import Evaluator, LangSmithEvaluator, OpenAIEvaluator
from providers import Anthropic, ModelProvider, OpenAI, MosaicML, Gemini

load_dotenv()

@dataclass
class CommandArgs():
    provider: str = "openai"
    evaluator: str = "openai"
    model_name: str = "gpt-3.5-turbo-0125"
    api_key: Optional[str] = None
    tokenizer_name: Optional[str] = None
    base_url: Optional[str] = None
    local: Optional[bool] = False
    use_messages_api: bool = False
    evaluator_model_name: Optional[str] = "gpt-3.5-turbo-0125"
    needle: Optional[str] = "\nThe best thing to do in San Francisco is eat a sandwich and sit in Dolores Park on a sunny day.\n"
    haystack_dir: Optional[str] = "PaulGrahamEssays"
    retrieval_question: Optional[str] = "What is the best thing to do in San Francisco?"
    context_lengths_min: Optional[int] = 1000
    context_lengths_max: Optional[int] = 16000
    context_lengths_num_intervals: Optional[int] = 35
    document_depth_percent_min: Optional[int] = 0
    document_depth_percent_max: Optional[int] = 100
    num_concurrent_requests: Optional[int] = 1
    save_results: Optional[bool] = True
    output_directory: str = 'results'
    # LangSmith
    eval_set: Optional[str] = "multi-needle-eval-pizza-3"
    # several needles at once
    multi_needle: Optional[bool] = False
    needles: list[str] = field(default_factory=lambda: [
        " Figs are one of the secret ingredients needed to build the perfect pizza. ",
        " Prosciutto is one of the secret ingredients needed to build the perfect pizza. ",
    ])

def get_model_to_test(args: CommandArgs) -> ModelProvider:
    """Pick the provider wrapper named on the command line."""
    match args.provider.lower():
        case "openai":
            return OpenAI(model_name=args.model_name, api_key=args.api_key)
        case "anthropic":
            return Anthropic(model_name=args.model_name, api_key=args.api_key, use_messages_api=args.use_messages_api)
        case "mosaicml":
            return MosaicML(model_name=args.model_name, local=args.local, tokenizer_name=args.tokenizer_name,
                            base_url=args.base_url, api_key=args.api_key)
        case "gemini":
            return Gemini(model_name=args.model_name, api_key=args.api_key)
        case _:
            raise ValueError(f"Invalid provider: {args.provider}")

def get_evaluator(args: CommandArgs) -> Evaluator:
    match args.evaluator.lower():
        case "openai":
            return OpenAIEvaluator(model_name=args.evaluator_model_name,
                                   question_asked=args.retrieval_question,
                                   true_answer=args.needle)
        case "langsmith":
            return LangSmithEvaluator()
        case _:
            raise ValueError(f"Invalid evaluator: {args.evaluator}")


"""
pip install git+https://github.com/mosaicml/llm-foundry.git@openai_compatible_gauntlet
pip uninstall mosaicml -y
python3 run.py --provider mosaicml --model_name "mistralai/Mixtral-8x7B-Instruct-v0.1" \
--base_url https://mixtral-8x7b-instruct-at-trtllm-newimg-lorxa5.inf.hosted-on.mosaicml.hosting/v2 \
--local false \
--tokenizer_name mistralai/Mixtral-8x7B-Instruct-v0.1 \
--document_depth_percents "[50]" --context_lengths "[2000]"
"""


def main():
    args = CLI(CommandArgs, as_positional=False)
    args.model_to_test = get_model_to_test(args)
    args.evaluator = get_evaluator(args)
    tester_cls = LLMMultiNeedleHaystackTester if args.multi_needle else LLMNeedleHaystackTester
    tester_cls(**args.__dict__).start_test()

if __name__ == "__main__":
    main()
