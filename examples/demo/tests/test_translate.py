from transformers import pipeline


def test_small_model_loads():
    # Tests may use anything: this is outside production under the default policy.
    nlp = pipeline("text-classification", model="distilbert/distilbert-base-uncased-finetuned-sst-2-english")
    assert nlp("great")[0]["label"] == "POSITIVE"
