async def main():
    # Set up argument parser
    parser = argparse.ArgumentParser(
        description='Judge LLM responses using GPT-4')
    parser.add_argument('--num-times', type=int, default=10,
                        help='Number of times to judge (default: 10)')
    parser.add_argument('--scale', type=int, default=5,
                        help='Maximum score value (default: 5)')
    parser.add_argument('--reasoning', action='store_true',
                        help='Include reasoning in judgment (default: False)')
    parser.add_argument('--temperature', type=float, default=0.5,
                        help='Temperature for API calls (default: 0.5)')
    parser.add_argument('--model', type=str, default='gpt-4',
                        help='Model name to evaluate (default: gpt-4)')
    parser.add_argument('--judge', type=str, default='gpt-4o-mini',
                        help='Model to use as judge (default: gpt-4o-mini)')

    args = parser.parse_args()

    # Modify file path based on model argument
    file_path = Path(f"data/mt_bench/model_answer/{args.model}.jsonl")

    # Load first response from specified model
    with open(file_path, 'r') as f:
        first_line = f.readline()
        data = json.loads(first_line)
        response = data['choices'][0]['turns'][0]

    print("Response to evaluate:")
    print("-" * 80)
    print(response)

    # Judge it multiple times with specified parameters
    results = []
    for i in range(args.num_times):
        result = judge_response(
            response,
            reasoning=args.reasoning,
            scale=args.scale,
            temperature=args.temperature,
            judge=args.judge
        )
        results.append(result)
        await asyncio.sleep(1)  # Small delay to avoid rate limiting

    # Print results
    print_judgment_results(results, args.scale)

if __name__ == "__main__":
    asyncio.run(main())
