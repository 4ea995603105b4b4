async def call_llm_in_parallel(
    client: Any,
    provider: str,
    requests: List[Dict[str, Any]],
    model_name: str,
    temperature: float = 1.0,
    max_tokens: int = 10000,
    output_path: Optional[str] = None,
    batch_size: int = 10,
    is_json: bool = False,
    is_reason: bool = False,
) -> List[Dict[str, Any]]:
    num_calls = len(requests)
    results: List[Dict[str, Any]] = []
    batch_results: List[Dict[str, Any]] = []
    print("Starting LLM calls...")

    for i in range(0, num_calls, batch_size):
        batch_tasks: List[asyncio.Task] = []
        for j in range(batch_size):
            if i + j < num_calls:
                _request = requests[i + j]
                _messages = _request['body']['messages']
                _custom_id = _request['custom_id']
                # Overwrite model_name and temperature if provided per-request
                _model_name = (
                    _request['body'].get('model') if model_name is None else model_name
                )
                _temperature = _request['body'].get('temperature', temperature)
                batch_tasks.append(
                    call_llm_async(
                        client=client,
                        provider=provider,
                        messages=_messages,
                        results=batch_results,
                        custom_id=_custom_id,
                        model_name=_model_name,
                        temperature=_temperature,
                        max_tokens=max_tokens,
                        is_json=is_json,
                        is_reason=is_reason,
                    )
                )
        await asyncio.gather(*batch_tasks)
        results.extend(batch_results)
        if output_path:
            with open(output_path, 'a', encoding='utf-8') as f:
                for result in batch_results:
                    f.write(json.dumps(result) + '\n')
            print(
                f"Batch {i // batch_size + 1} completed and saved to file. Total tasks completed: {i + len(batch_tasks)} / {num_calls}",
                flush=True,
            )
        else:
            print(
                f"Batch {i // batch_size + 1} completed. Total tasks completed: {i + len(batch_tasks)} / {num_calls}",
                flush=True,
            )
        batch_results.clear()

    print("All tasks completed.")
    return results

# _endpoint = "https://roar-dev-eastus.openai.azure.com/" #"https://oar-oai.openai.azure.com/" # https://oar-oai-swedencentral.openai.azure.com/
# region = 'roar-dev-eastus'
# _key = keyvault.get_secret(region) # "aoai-east-us"

async def main(
    provider: str,
    # Azure config
    azure_endpoint: Optional[str] = None,
    azure_api_version: str = "2024-12-01-preview",
    azure_key: Optional[str] = None,
    azure_secret_name: Optional[str] = None,
    region: Optional[str] = None,
    # OpenAI/vLLM config
    api_base: Optional[str] = None,
    api_key: Optional[str] = None,
    # Checkpointing config (legacy)
    # PRISM inputs/outputs
    input_file: Optional[str] = None,
    task_key: Optional[str] = None,
    output_file: Optional[str] = None,
    # Evaluation mode
    mode: str = "pointwise",
    # Optional second input for pairwise comparison
    input_file_b: Optional[str] = None,
    task_key_b: Optional[str] = None,
) -> None:
    # Choose evaluation model
    if provider == "azure":
        if azure_endpoint == "https://roar-dev-northcentralus.openai.azure.com/":
            eval_model_name = "gpt-4o-data-zone"
        else:
            eval_model_name = "gpt-4o-0806"
    else:
        # Reasonable OpenAI default; can be overridden in requests
        eval_model_name = "gpt-4o-2024-08-06"

    # Mode A: PRISM/ALoE evaluation from an input file
    prism_mode = input_file is not None
    requests: List[Dict[str, Any]] = []
    sample_index_by_id: Dict[str, int] = {}
    samples: List[Dict[str, Any]] = []
    meta: Dict[str, Any] = {}
    pair_assignment: Dict[str, Dict[str, str]] = {}
    # pair_assignment[custom_id] = { 'prompt_A_from': 'model_a'|'model_b', 'prompt_B_from': 'model_a'|'model_b', 'qid': qid }

    if prism_mode:
        # Load samples (works for PRISM and ALoE file shapes)
        samples, meta = load_prism_samples(input_file=input_file, task_key=task_key)

        # Detect ALoE vs PRISM by task key or file name
        task_name = (meta.get("task") or "").lower()
        aloe_mode = ("aloe" in task_name) or (input_file and ("aloe" in os.path.basename(input_file).lower()))

        # Prompt templates
        eval_prompt_template = load_prompt_from_file('llm_eval_prompt.md')
        eval_prompt_pairwise = load_prompt_from_file('llm_eval_prompt_pairwise.md')
        score_rubric_template = load_prompt_from_file('score_rubric.md')
