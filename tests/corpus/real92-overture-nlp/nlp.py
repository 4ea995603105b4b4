def evaluate_prompts(
    input_csv: str,
    input_parquet: str,
    eval_type: str,
    backend: str,
    model_repo: str,
    model_name: str,
    server_urls: str,
    output_path: str,
    threads: int,
    generate_reasoning: bool,
) -> EvaluationResult:

    eval_backend = EvalBackend()
    if backend == "llama-cpp":
        import llama_cpp

        print(f"Loading model {model_name}")
        llm = llama_cpp.Llama.from_pretrained(
            repo_id=model_repo,
            filename=model_name,
            n_ctx=4096,
            verbose=False,
        )
        eval_backend.set_llama_model(llm)
        print(f"Loaded model {model_name}")

        # Not thread-safe
        threads = 1
    elif backend == "llama-cpp-server":
        import openai

        server_urls = server_urls.split(",")
        clients = []
        for server_url in server_urls:
            openai_client = openai.OpenAI(
                base_url=server_url, api_key="sk-no-key-required"
            )
            clients.append(openai_client)
        eval_backend.set_openai_clients(clients)
        eval_backend.set_model_name(model_name)
    else:
        raise ValueError(f"Invalid backend option: {backend}")

    if input_csv:
        df = pd.read_csv(input_csv)
    elif input_parquet:
        df = pd.read_parquet(input_parquet)
    else:
        raise ValueError("Need input CSV or Parquet")

    row_count = len(df)

    eval_result = EvaluationResult()

    with ThreadPoolExecutor(max_workers=threads) as executor:
        futures = []
        system_prompt = create_vandalism_system_prompt(
            generate_reasoning=generate_reasoning
        )

        # Submit all tasks
        for _, row in df.iterrows():
            if eval_type == "language-validation":
                # TODO - update this, handle concurrency
                # evaluation = evaluate_language_validation(eval_backend)
                pass
            elif eval_type == "vandalism":
                future = executor.submit(
                    evaluate_vandalism,
                    eval_backend=eval_backend,
                    system_prompt=system_prompt,
                    new_name=row.get("new_name"),
                    old_name=row.get("old_name"),
                    name_key=row.get("tag"),
                    filtered_tags_json=row.get("filtered_tags"),
                    generate_reasoning=generate_reasoning,
                    additional_columns={
                        "expected_label": row.get("label", ""),
                        "osm_id": row.get("osm_id", ""),
                        "osm_type": row.get("osm_type", ""),
                        "version": row.get("version", ""),
                    },
                )
                futures.append(future)
            else:
                raise ValueError(f"Unknown eval type: {eval_type}")

        # Collect results as they complete
        model_results_path = f"{output_path}/{eval_type}-ongoing-{datetime.now()}.json"
        with open(model_results_path, "w") as f:
            for future in futures:
                try:
                    evaluation = future.result()

                    if not evaluation:
                        continue

                    if "expected_label" in evaluation:
                        predicted_issue = evaluation.get("label", "") != "no_issue"
                        expected_issue = evaluation["expected_label"] not in [
                            "no_issue",
                            "not_an_issue",
                        ]
                        if predicted_issue and expected_issue:
                            eval_result.increment_true_positive()
                        elif not predicted_issue and not expected_issue:
                            eval_result.increment_true_negative()
                        elif predicted_issue and not expected_issue:
                            eval_result.increment_false_positive()
                        else:
                            eval_result.increment_false_negative()

                    eval_result.add_evaluation(evaluation)

                    f.writelines([json.dumps(evaluation) + "\n"])
                except Exception as e:
                    print(f"TODO - failure grabbing result, {e}")

                # Print progress every 1%
                if len(eval_result.evaluations) % max(1, round(row_count / 100)) == 0:
                    print(
                        f"{datetime.now()}: Evaluated {len(eval_result.evaluations)}/{row_count}"
                    )

    return eval_result


if __name__ == "__main__":
    parser = argparse.ArgumentParser(prog="Overture NLP")

    parser.add_argument("--input-csv")
    parser.add_argument("--input-parquet")
    parser.add_argument("--type", choices=["language-validation", "vandalism"])
    parser.add_argument("--output", default="./output")
    # llama-cpp uses python library directly and is the easiest method for macOS
    # llama-cpp-server can point at a locally running service (recommended to use docker)
    parser.add_argument(
        "--backend",
        choices=["llama-cpp", "llama-cpp-server"],
        default="llama-cpp",
        help="whether to manage model directly (easier to get started, serial) or use server (parallel)",
    )
    # Multiple instances needed for llama.cpp server, as cpu can be bottleneck
    # See https://github.com/ollama/ollama/issues/7648#issuecomment-2473561990 for more details
    parser.add_argument(
        "--server-urls",
        default="http://localhost:8080/v1",
        help="comma-separated list of server URLs to rotate between",
    )
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument(
        "--model-repo", default="bartowski/Meta-Llama-3.1-8B-Instruct-GGUF"
    )
    parser.add_argument(
        "--model-name", default="Meta-Llama-3.1-8B-Instruct-Q4_K_M.gguf"
    )
    parser.add_argument("--debug", action="store_true")

    args = parser.parse_args()
    pathlib.Path(args.output).mkdir(parents=True, exist_ok=True)
