import bentoml
from transformers import pipeline

# fills the "Example Value" in the generated OpenAPI docs for POST /summarize
SAMPLE_TEXT = "Breaking News: residents of Willow Creek report that a tabby cat named \
Whiskers jumped a record-breaking 20 feet into the air to catch a fly. Scientists \
are investigating and the town is considering a festival to celebrate the leap."


@bentoml.service(
    resources={"cpu": "2"},
    traffic={"timeout": 10},
)
class Summarization:
    def __init__(self) -> None:
        # default summarization pipeline from 🤗
        self.pipe = pipeline('summarization')

    @bentoml.api
    def summarize(self, text: str = SAMPLE_TEXT) -> str:
        out = self.pipe(text)
        return out[0]['summary_text']
