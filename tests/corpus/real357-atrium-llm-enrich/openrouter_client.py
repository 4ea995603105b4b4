def build_arg_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--config", default="llm_config.txt", help="Shared config file.")
    parser.add_argument("--input", type=Path, default=None, help="File or directory (overrides INPUT_DIR).")
    parser.add_argument("--output-dir", type=Path, default=None, help="Overrides OUTPUT_DIR.")
    parser.add_argument("--model", default=None, help="OpenRouter model slug, e.g. 'openai/gpt-4o-mini'.")
    parser.add_argument("--api-key", default=None, help="Overrides OPENROUTER_API_KEY.")
    parser.add_argument("--site-url", default=None, help="Sent as HTTP-Referer (OpenRouter app attribution).")
    parser.add_argument("--app-name", default=None, help="Sent as X-Title (OpenRouter app attribution).")
    parser.add_argument("--provider-data-collection", choices=["allow", "deny"], default=None)
    parser.add_argument("--provider-only", default=None, help="Comma-separated provider allowlist.")
    parser.add_argument("--provider-order", default=None, help="Comma-separated provider preference order.")
    parser.add_argument("--structured-outputs", action="store_true", help="Send response_format=json_schema instead of json_object.")
    parser.add_argument("--attach-as-file", action="store_true", help="Send .md/.txt input as a file content part (best-effort).")
    parser.add_argument("--context-window", type=int, default=128_000, help="Model context window, for vocab-truncation budget.")
    parser.add_argument("--max-retries", type=int, default=3)
    parser.add_argument("--timeout", type=int, default=120)
    return parser


def main(argv: Optional[List[str]] = None) -> None:
    args = build_arg_parser().parse_args(argv)
    config = load_config(args.config)

    api_key = args.api_key or os.environ.get("OPENROUTER_API_KEY") or config.get("OPENROUTER_API_KEY")
    if not api_key:
        print("[ERROR] No OpenRouter API key: pass --api-key or set OPENROUTER_API_KEY.", file=sys.stderr)
        sys.exit(1)

    model = args.model or config.get("OPENROUTER_MODEL")
    if not model:
        print("[ERROR] No model: pass --model or set OPENROUTER_MODEL in llm_config.txt.", file=sys.stderr)
        sys.exit(1)

    input_path = args.input or Path(config.get("INPUT_DIR", "data_samples/DOC_LINE_LANG_CLASS"))
    vocab_path = config.get("VOCAB_PATH", "data_samples/teater_nested_vocab.json")
    paradata_dir = config.get("PARADATA_DIR", "paradata")

    model_suffix = model.replace("/", "_").replace(".", "").replace(":", "_")
    output_base = Path(config.get("OUTPUT_DIR", "data_samples/KW_PER_DOC_LLM"))
    output_dir = args.output_dir or (output_base.parent / f"{output_base.name}_{model_suffix}")
    output_dir.mkdir(parents=True, exist_ok=True)
