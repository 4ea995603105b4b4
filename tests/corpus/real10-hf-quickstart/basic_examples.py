from transformers import pipeline

# 1) sentiment with the task default
clf = pipeline("sentiment-analysis")
print(clf("I've been waiting for a hugging face course!"))

# 2) text generation with a small model
gen = pipeline("text-generation", model="distilgpt2")
out = gen(
    "In this course, we will teach you how to",
    max_length=30,
    num_return_sequences=2,
)
print(out)

# 3) zero-shot
zs = pipeline("zero-shot-classification")
print(
    zs(
        "This is a course about Python list comprehension",
        candidate_labels=["education", "politics", "business"],
    )
)
