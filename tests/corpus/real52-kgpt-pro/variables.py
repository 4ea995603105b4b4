path="ilovepdf_split-range/"
passage_file_name=path + "passage.pdf"
table_file_name=path + "tablee.pdf"
markdown_file_name=path + "markdownformat.md"  # without table
table_markdown_file_name=path + "table_markdown.md"
chroma_root="databases/chroma_db/intfloat_e5-base-v2"

eval_set = [
    {
        "question": "What is the primary role of student societies on campus?",
        "ground_truth": "They offer platforms for exploring interests, building skills and leadership."
    },
    {
        "question": "Which body is the hub for extracurricular activities?",
        "ground_truth": "The students' gymkhana"
    },
]
