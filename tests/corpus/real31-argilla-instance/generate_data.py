import json

import argilla as rg

ARGILLA_API_URL = "http://localhost:6900"
ARGILLA_API_KEY = "argilla.apikey"


if __name__ == "__main__":
    rg.init(
        api_url=ARGILLA_API_URL,
        api_key=ARGILLA_API_KEY,
    )

    target_workspace = "argilla"

    # # Extractive QA dataset
    # extractive_qa_ds = rg.FeedbackDataset.for_question_answering(
    #     use_markdown=True,
    #     guidelines=None,
    # )

    # Span based extractive QA dataset
    span_ds = rg.FeedbackDataset(
        fields=[rg.TextField(name="text")],
        questions=[
            rg.SpanQuestion(
                name="adjudication-spans",
                title="Highlight the entities in the text:",
                labels={"DG": "Diagnosis"},
                field="text",
                required=True,
            )
        ],
    )

    records = []
    jsonl_path = "./ny_dfs.jsonl"
    with open(jsonl_path, "r") as jsonl_file:
        for line in jsonl_file:
            response = json.loads(line)["response"].strip()
            records.append(rg.FeedbackRecord(fields={"text": response}))

    span_ds.add_records(records)
    span_ds.push_to_argilla(name="adjudication-spans", workspace=target_workspace)
