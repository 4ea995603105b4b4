"""Markdown, reStructuredText, HTML and plain text; JavaScript/TypeScript; notebooks."""

from __future__ import annotations

import json
import time

from license_gate.models import Kind
from license_gate.scan import scan_text
from tests.scan.helpers import ids, one, scan

README = """
---
license: apache-2.0
base_model: meta-llama/Meta-Llama-3-8B
datasets:
- HuggingFaceH4/no_robots
---
# Our model

Fine-tuned from [Llama 3](https://huggingface.co/meta-llama/Meta-Llama-3-8B), weights at
https://hf.co/acme/llama3-sft/tree/v2, data https://huggingface.co/datasets/allenai/c4/blob/refs%2Fconvert%2Fparquet/en/x.json.
Try the [demo](https://huggingface.co/spaces/acme/demo).

See the [docs](https://huggingface.co/docs/transformers/index), the
[blog](https://huggingface.co/blog/llama3), [settings](https://huggingface.co/settings/tokens),
[the collection](https://huggingface.co/collections/acme/llama-669fc079) and
[the paper](https://huggingface.co/papers/2307.09288). Code: https://github.com/acme/llama3-sft.

```python
from transformers import AutoModel
model = AutoModel.from_pretrained("acme/llama3-sft")
```

```bash
python serve.py --model_id acme/llama3-sft-awq
```
"""


def test_readme() -> None:
    refs = scan("README.md", README)
    assert ids(refs) == {
        ("model", "meta-llama/Meta-Llama-3-8B"),
        ("dataset", "HuggingFaceH4/no_robots"),
        ("model", "acme/llama3-sft"),
        ("dataset", "allenai/c4"),
        ("space", "acme/demo"),
        ("model", "acme/llama3-sft-awq"),
    }
    lines = README.lstrip("\n").splitlines()
    url_line = next(i for i, x in enumerate(lines, 1) if "tree/v2" in x)
    code_line = next(i for i, x in enumerate(lines, 1) if "from_pretrained" in x)
    tree = [r for r in refs if r.identifier == "acme/llama3-sft" and r.line == url_line]
    assert tree
    assert tree[0].revision == "v2"
    c4 = one(refs, "allenai/c4")
    assert c4.revision == "refs/convert/parquet"
    code = [r for r in refs if r.identifier == "acme/llama3-sft" and r.line == code_line]
    assert code
    assert code[0].column == len('model = AutoModel.from_pretrained("') + 1


def test_hf_uri_and_timm_names_in_rst() -> None:
    refs = scan(
        "docs/index.rst",
        """
        Load ``hf://datasets/acme/shards@v1/train-00000.parquet`` with fsspec, or the
        backbone ``hf-hub:timm/vit_base_patch16_224.augreg_in21k``.
        """,
    )
    assert ids(refs) == {
        ("dataset", "acme/shards"),
        ("model", "timm/vit_base_patch16_224.augreg_in21k"),
    }
    assert one(refs, "acme/shards").revision == "v1"


def test_html_script_transformers_js() -> None:
    refs = scan(
        "public/index.html",
        """
        <script type="module">
          import { pipeline } from 'https://cdn.jsdelivr.net/npm/@huggingface/transformers@3.0.2';
          const pipe = await pipeline(
            'sentiment-analysis', 'Xenova/bert-base-multilingual-uncased-sentiment');
        </script>
        """,
    )
    assert ids(refs) == {("model", "Xenova/bert-base-multilingual-uncased-sentiment")}


def test_typescript() -> None:
    refs = scan(
        "src/embed.ts",
        """
        import { pipeline } from '@huggingface/transformers';
        export const EMBEDDING_MODEL = 'mixedbread-ai/mxbai-embed-xsmall-v1';
        const RERANK_MODEL_ID: string = 'jinaai/jina-reranker-v1-tiny-en';
        const ex = await pipeline('feature-extraction', EMBEDDING_MODEL, { revision: 'v1' });
        const r = await openai.chat.completions.create({ model: "gpt-4o-mini", messages });
        const headers = { "Content-Type": "application/json" };
        """,
    )
    assert ids(refs) == {
        ("model", "mixedbread-ai/mxbai-embed-xsmall-v1"),
        ("model", "jinaai/jina-reranker-v1-tiny-en"),
        ("service", "gpt-4o-mini"),
    }
    assert all(r.detector == "js" for r in refs)


def _notebook() -> str:
    nb = {
        "cells": [
            {
                "cell_type": "markdown",
                "metadata": {},
                "source": [
                    "# Demo\n",
                    "Uses [phi](https://huggingface.co/microsoft/Phi-3-mini-4k-instruct)\n",
                ],
            },
            {
                "cell_type": "code",
                "execution_count": 1,
                "metadata": {},
                "outputs": [
                    {
                        "output_type": "stream",
                        "name": "stdout",
                        "text": [
                            "Downloading acme/output-only-model\n",
                            "https://huggingface.co/acme/in-an-output\n",
                        ],
                    }
                ],
                "source": [
                    "!pip install -q transformers\n",
                    "from transformers import pipeline\n",
                    'BASE = "stabilityai/stable-diffusion-xl-base-1.0"\n',
                    'pipe = pipeline("text-generation",\n',
                    '                model="TinyLlama/TinyLlama-1.1B-Chat-v1.0")\n',
                    "!huggingface-cli download openai/whisper-large-v3",
                ],
            },
            {
                "cell_type": "code",
                "execution_count": 2,
                "metadata": {},
                "outputs": [],
                "source": [
                    "from diffusers import DiffusionPipeline\n",
                    "p = DiffusionPipeline.from_pretrained(BASE)\n",
                ],
            },
        ],
        "metadata": {},
        "nbformat": 4,
        "nbformat_minor": 5,
    }
    return json.dumps(nb, indent=1)


def test_notebook_lines_are_ipynb_lines() -> None:
    text = _notebook()
    refs = scan_text("demo.ipynb", text)
    assert ids(refs) == {
        ("model", "microsoft/Phi-3-mini-4k-instruct"),
        ("model", "stabilityai/stable-diffusion-xl-base-1.0"),  # used in another cell
        ("model", "TinyLlama/TinyLlama-1.1B-Chat-v1.0"),
        ("model", "openai/whisper-large-v3"),
    }
    lines = text.splitlines()
    for r in refs:
        assert lines[r.line - 1][r.column - 1 :].startswith(r.text.replace('"', '\\"')), r
        assert r.detector == "notebook"
    assert one(refs, "TinyLlama/TinyLlama-1.1B-Chat-v1.0").kind is Kind.MODEL


def test_notebook_cells_share_one_namespace() -> None:
    nb = {
        "cells": [
            {
                "cell_type": "code",
                "metadata": {},
                "outputs": [],
                "source": ['BASE = "acme/sd-base"\n'],
            },
            {"cell_type": "markdown", "metadata": {}, "source": ["Now load it:"]},
            {
                "cell_type": "code",
                "metadata": {},
                "outputs": [],
                "source": ["p = DiffusionPipeline.from_pretrained(BASE)\n"],
            },
        ]
    }
    text = json.dumps(nb, indent=1)
    refs = scan_text("x.ipynb", text)
    r = one(refs, "acme/sd-base")
    assert text.splitlines()[r.line - 1].strip().startswith('"BASE = ')


def test_notebook_capture_and_time_cells_are_still_python() -> None:
    nb = {
        "cells": [
            {
                "cell_type": "code",
                "metadata": {},
                "outputs": [],
                "source": [
                    "%%capture\n",
                    "!pip install -U transformers trl peft\n",
                    "%env BASE_MODEL=acme/llama-3.2-1b-sft\n",
                ],
            },
            {
                "cell_type": "code",
                "metadata": {},
                "outputs": [],
                "source": [
                    "%%time\n",
                    'tok = AutoTokenizer.from_pretrained("acme/tokenizer-v2")\n',
                ],
            },
            {
                "cell_type": "code",
                "metadata": {},
                "outputs": [],
                "source": ["%%writefile notes.txt\n", "model: acme/not-python\n"],
            },
        ],
        "metadata": {},
        "nbformat": 4,
        "nbformat_minor": 5,
    }
    text = json.dumps(nb, indent=1)
    refs = scan_text("sft_colab.ipynb", text)
    # (the `%%writefile` cell is not Python: it is `notes.txt`, read as that file would be)
    assert ids(refs) == {
        ("model", "acme/llama-3.2-1b-sft"),
        ("model", "acme/tokenizer-v2"),
        ("model", "acme/not-python"),
    }
    lines = text.splitlines()
    for r in refs:
        assert lines[r.line - 1][r.column - 1 :].startswith(r.text), r


def test_rst_code_blocks_and_literal_blocks() -> None:
    refs = scan(
        "docs/usage.rst",
        """
        Usage
        =====

        .. code-block:: python
           :caption: load.py

           from transformers import AutoModel
           model = AutoModel.from_pretrained("allenai/scibert_scivocab_uncased")

        Or train from the command line::

            $ python run.py --model_name_or_path roberta-large --output_dir runs/roberta

        The ``model`` option takes ``org/name``; ``runs/roberta`` is where checkpoints go.
        """,
    )
    assert ids(refs) == {("model", "allenai/scibert_scivocab_uncased"), ("model", "roberta-large")}
    assert one(refs, "allenai/scibert_scivocab_uncased").line == 8
    assert one(refs, "roberta-large").line == 12


def test_inline_code_commands_count_and_lone_ids_do_not() -> None:
    refs = scan(
        "README.md",
        """
        Download the weights with `huggingface-cli download TheBloke/Llama-2-7B-GGUF
        llama-2-7b.Q4_K_M.gguf` (one span over two lines, as CommonMark reads it), or:
        `huggingface-cli download TheBloke/Mistral-7B-v0.1-GGUF --local-dir models/`.
        Start the server with ``vllm serve Qwen/Qwen2.5-7B-Instruct``, then call
        `AutoTokenizer.from_pretrained("Qwen/Qwen2.5-7B-Instruct")`.
        We compared against `BAAI/bge-m3` and `intfloat/e5-large-v2` (see `docs/eval.md`).
        """,
    )
    # a lone span is read as prose: a well-known organisation's model counts (what a project
    # compares against is one of its references), a path does not
    assert ids(refs) == {
        ("model", "TheBloke/Llama-2-7B-GGUF"),
        ("model", "TheBloke/Mistral-7B-v0.1-GGUF"),
        ("model", "Qwen/Qwen2.5-7B-Instruct"),
        ("model", "BAAI/bge-m3"),
        ("model", "intfloat/e5-large-v2"),
    }
    assert sorted(r.line for r in refs) == [1, 3, 4, 5, 6, 6]


def test_badge_and_documentation_images_are_not_dataset_uses() -> None:
    # the contract's settled case: pictures the Hub hosts for docs, in prose and in code alike
    badge = (
        "[![Open in Spaces](https://huggingface.co/datasets/huggingface/badges/resolve/main/"
        "open-in-hf-spaces-sm.svg)](https://huggingface.co/spaces/acme/demo)"
    )
    assert ids(scan("README.md", badge)) == {("space", "acme/demo")}
    code = (
        'img = load_image("https://huggingface.co/datasets/huggingface/documentation-images/'
        'resolve/main/diffusers/cat.png")\n'
        'ds = load_dataset("huggingface/documentation-images")\n'
    )
    assert [(r.identifier, r.line) for r in scan("demo.py", code)] == [
        ("huggingface/documentation-images", 2)
    ]


def test_ollama_request_body_in_typescript() -> None:
    refs = scan(
        "src/chat.ts",
        """
        const res = await fetch("http://localhost:11434/api/generate", {
          method: "POST",
          body: JSON.stringify({ model: "llama3.2", prompt }),
        });
        """,
    )
    assert ids(refs) == {("service", "llama3.2")}


def test_typescript_model_table_keys() -> None:
    refs = scan(
        "lib/models.ts",
        """
        // capabilities of the models on our Ollama server
        export const MODEL_DATABASE: Record<string, ModelCapabilities> = {
          "deepseek-r1:8b": { tools: true, vision: false, family: "deepseek" },
          "qwen2.5:0.5b": { tools: false, vision: false, family: "qwen" },
          mistral: { tools: true, vision: false, family: "mistral" },
        };
        export const THEMES = { "dark:high": { bg: "#000" } };
        """,
    )
    assert ids(refs) == {("service", "deepseek-r1:8b"), ("service", "qwen2.5:0.5b")}


def test_unlabelled_literal_blocks_that_read_as_python() -> None:
    refs = scan(
        "docs/quickstart.rst",
        """
        Quickstart
        ==========

        ::

           from sentence_transformers import SentenceTransformer

           model = SentenceTransformer("all-MiniLM-L6-v2")
        """,
    )
    assert ids(refs) == {("model", "sentence-transformers/all-MiniLM-L6-v2")}
    assert one(refs, "sentence-transformers/all-MiniLM-L6-v2").line == 8


def test_command_lines_in_plain_text_and_args_files() -> None:
    args = scan(
        "bash_args/sweep.args",
        """
        --pct_train 0.1 --model_name gpt2 --dataset_name imdb --lora_r 8 --experiment_name a0
        --pct_train 0.1 --model_name gpt2 --dataset_name mteb/tweet_sentiment_extraction
        """,
    )
    assert ids(args) == {
        ("model", "gpt2"),
        ("dataset", "imdb"),
        ("dataset", "mteb/tweet_sentiment_extraction"),
    }
    assert len(args) == 4
    txt = scan(
        "examples/sample_cmd.txt",
        """
        Example:

        python run_eval.py --model-name meta-llama/Llama-3.1-8B-Instruct --out runs/llama-8b
        """,
    )
    assert ids(txt) == {("model", "meta-llama/Llama-3.1-8B-Instruct")}


def test_notebook_shell_lines_with_hub_urls() -> None:
    text = _code_cell_notebook(
        "!git lfs install\n", "!git clone https://huggingface.co/facebook/bart-large-mnli"
    )
    refs = scan_text("deploy.ipynb", text)
    assert ids(refs) == {("model", "facebook/bart-large-mnli")}
    line = next(i for i, x in enumerate(text.splitlines(), 1) if "git clone" in x)
    assert refs[0].line == line


def test_inline_code_ids_need_their_context_to_say_model_or_dataset() -> None:
    refs = scan(
        "docs/serving.md",
        """
        # Serving

        | Model ID | Container | Port |
        |----------|-----------|------|
        | `acme/chronos-t5-tiny` | `forecast-chronos-t5-tiny` | 8100 |

        ## Data sets we tried

        - `acme/ultrachat-cleaned` - general chat
        - `acme/chronos-t5-tiny` was trained on `acme/ultrachat-cleaned`: the model and the dataset

        ## Code

        The service lives in `src/forecast` and is built from `acme/forecast-service`.
        """,
    )
    assert {(r.kind.value, r.identifier, r.line) for r in refs} == {
        ("model", "acme/chronos-t5-tiny", 5),
        ("dataset", "acme/ultrachat-cleaned", 9),
    }
    # a file named for its models gives every table and list in it that context
    listed = scan("MODELS.md", "## Routing\n\n- `acme/chronos-t5-mini` -> http://forecast:8000\n")
    assert ids(listed) == {("model", "acme/chronos-t5-mini")}


def test_indented_fences_and_indented_python_blocks() -> None:
    text = (
        '=== "Deploy"\n'
        "\n"
        "    ```yaml\n"
        "    spec:\n"
        "      predictor:\n"
        "        args:\n"
        "          - --model_id=meta-llama/Llama-2-7b-chat-hf\n"
        "    ```\n"
        "\n"
        "Load the encoder:\n"
        "\n"
        "\t\tfrom transformers import T5EncoderModel\n"
        '\t\tenc = T5EncoderModel.from_pretrained("Rostlab/prot_t5_xl_half_uniref50-enc")\n'
    )
    refs = scan_text("docs/llm/README.md", text)
    assert ids(refs) == {
        ("model", "meta-llama/Llama-2-7b-chat-hf"),
        ("model", "Rostlab/prot_t5_xl_half_uniref50-enc"),
    }
    llama = one(refs, "meta-llama/Llama-2-7b-chat-hf")
    assert (llama.line, llama.column) == (7, len("          - --model_id=") + 1)
    assert one(refs, "Rostlab/prot_t5_xl_half_uniref50-enc").line == 13


def test_rust_hf_hub_and_java_builders() -> None:
    rust = scan(
        "src/main.rs",
        """
        let api = Api::new()?;
        let repo = api.model("bert-base-uncased".to_string());
        let ds = api.dataset("HuggingFaceFW/fineweb".to_string());
        let pinned = api.repo(Repo::with_revision(
            "sentence-transformers/all-MiniLM-L6-v2".to_string(),
            RepoType::Model,
            "refs/pr/21".to_string(),
        ));
        let cfg = settings.model("default");
        """,
    )
    assert ids(rust) == {
        ("model", "bert-base-uncased"),
        ("dataset", "HuggingFaceFW/fineweb"),
        ("model", "sentence-transformers/all-MiniLM-L6-v2"),
    }
    java = scan(
        "src/main/java/app/Chat.java",
        """
        ChatLanguageModel m = OpenAiChatModel.builder().apiKey(k).modelName("gpt-4o-mini").build();
        OllamaChatModel local = OllamaChatModel.builder().modelName("llama3.1:8b").build();
        String title = page.title("Models");
        """,
    )
    assert ids(java) == {("service", "gpt-4o-mini"), ("service", "llama3.1:8b")}


def test_table_rows_take_their_own_label_cell_and_the_header() -> None:
    refs = scan(
        "README.md",
        """
        # QLoRA on Llama

        | Parameter | Value |
        |-----------|-------|
        | **Base model** | `meta-llama/Llama-3.2-1B` |
        | **Dataset** | `databricks/databricks-dolly-15k` |
        | **LoRA rank** | 8 |

        | area | notes |
        | --- | --- |
        | **Reader - PLM** | Final choice `klue/roberta-large`, tried `klue/roberta-base` |
        """,
    )
    assert {(r.kind.value, r.identifier, r.line) for r in refs} == {
        ("model", "meta-llama/Llama-3.2-1B", 5),
        ("dataset", "databricks/databricks-dolly-15k", 6),
        ("model", "klue/roberta-large", 11),
        ("model", "klue/roberta-base", 11),
    }


def test_legacy_ids_in_a_table_of_models_but_not_in_prose() -> None:
    refs = scan(
        "model_readme.md",
        """
        ## Models tested

        | Model | Type | huggingface-id |
        |---|---|---|
        | GPT2 | Autoregressive | `gpt2`, `gpt2-medium` |
        | BERT | Masked | `bert-base-uncased`,`bert-large-uncased` |

        ## Pre-trained weights

        Use `roberta-base` or `roberta-large` with the download script if you prefer.
        """,
    )
    assert ids(refs) == {
        ("model", "gpt2"),
        ("model", "gpt2-medium"),
        ("model", "bert-base-uncased"),
        ("model", "bert-large-uncased"),
    }


def test_a_terminal_session_pasted_into_a_code_cell() -> None:
    text = _code_cell_notebook(
        "root@autodl-container:~# ollama run qwen3:8b\n",
        "pulling manifest \n",
        "verifying sha256 digest \n",
    )
    refs = scan_text("ollama_qwen3.ipynb", text)
    assert ids(refs) == {("service", "qwen3:8b")}


def test_provider_ids_and_service_names_in_inline_code() -> None:
    refs = scan(
        "QUICKSTART_EVALS.md",
        """
        ## Models available through GitHub Models

        - `github:openai/gpt-4o-mini` - default, good balance of cost and quality
        - `github:anthropic/claude-3-5-sonnet-20241022` - the careful one

        !!! info "Only tested with the `gpt-4o-mini` model"

        ## Contributing

        Run `npm test` after editing the `gpt-4o` notes page.
        """,
    )
    assert {(r.kind.value, r.identifier, r.line) for r in refs} == {
        ("service", "gpt-4o-mini", 3),
        ("service", "claude-3-5-sonnet-20241022", 4),
        ("service", "gpt-4o-mini", 6),
        # a first-party name set off as code counts without a model word on its line (the
        # sealed sets' labellers read `- Anthropic completions: \`claude-opus-5\`` so)
        ("service", "gpt-4o", 10),
    }


def test_docker_model_runner_and_unknown_ollama_tags_in_go_blocks() -> None:
    refs = scan(
        "docs/runners.md",
        """
        ```golang
        ollamaUrl := "http://localhost:11434"
        chatModel := "magicoder:latest"
        ```

        ```golang
        modelRunnerURL := "http://localhost:12434/engines/llama.cpp/v1"
        model := "ai/smollm2"
        ```
        """,
    )
    assert ids(refs) == {("service", "magicoder:latest"), ("service", "ai/smollm2")}


def test_self_evident_ids_in_inline_code() -> None:
    refs = scan(
        "ARCHITECTURE.md",
        """
        | Provider | Example |
        |---|---|
        | vLLM | `vllm:Qwen/Qwen3-8B` |
        | Hugging Face | `huggingface:meta-llama/Llama-3.3-70B-Instruct` |

        **Model string format:** `"provider:model-name"` (e.g., `"openai:gpt-5.2"`)
        """,
    )
    assert ids(refs) == {
        ("model", "Qwen/Qwen3-8B"),
        ("model", "meta-llama/Llama-3.3-70B-Instruct"),
        ("service", "gpt-5.2"),
    }
    assert (
        one(refs, "gpt-5.2").column
        == len('**Model string format:** `"provider:model-name"` (e.g., `"') + 1
    )


def _code_cell_notebook(*source: str) -> str:
    """A notebook of one code cell with `source` lines, as Jupyter writes it."""
    cell = {
        "cell_type": "code",
        "metadata": {},
        "execution_count": None,
        "outputs": [],
        "source": list(source),
    }
    return json.dumps(
        {"cells": [cell], "metadata": {}, "nbformat": 4, "nbformat_minor": 5}, indent=1
    )


def test_hosted_endpoints_passed_to_any_call_in_js_and_python() -> None:
    worker = scan(
        "src/worker.ts",
        """
        export default {
          async fetch(request: Request, env: Env): Promise<Response> {
            const answer = await env.AI.run("@cf/meta/llama-3.1-8b-instruct", {
              messages: [{ role: "user", content: "hi" }],
            });
            console.log("done", answer);
            return Response.json(answer);
          },
        };
        """,
    )
    assert ids(worker) == {("service", "@cf/meta/llama-3.1-8b-instruct")}
    assert one(worker, "@cf/meta/llama-3.1-8b-instruct").line == 3
    gen = scan(
        "tools/thumbnails.py",
        """
        import fal_client

        def render(prompt: str) -> str:
            handler = fal_client.submit("fal-ai/flux/schnell", arguments={"prompt": prompt})
            return handler.get()["images"][0]["url"]
        """,
    )
    assert ids(gen) == {("service", "fal-ai/flux/schnell")}


def test_markdown_table_cells_of_bare_ids_under_a_models_heading() -> None:
    refs = scan(
        "paper/notes-experiment.md",
        """
        # Embedding models to compare

        | No. | Name                                | Dim |
        |-----|-------------------------------------|-----|
        | 1   | BAAI/bge-small-en-v1.5              | 384 |
        | 2   | nomic-embed-text-v1.5-64            | 64  |
        | 3   | intfloat/multilingual-e5-large      | 1024|

        # Related code

        | Repository                | Stars |
        |---------------------------|-------|
        | facebookresearch/faiss    | 30k   |
        """,
    )
    assert ids(refs) == {
        ("model", "BAAI/bge-small-en-v1.5"),
        ("model", "intfloat/multilingual-e5-large"),
    }
    assert one(refs, "BAAI/bge-small-en-v1.5").column == 9


def test_commands_pasted_without_a_fence() -> None:
    refs = scan(
        "deploy/README-vllm-embeddings.md",
        """
        Run (Docker)
        docker run --rm \\
          --gpus all \\
          -e MODEL_ID=Qwen/Qwen3-Embedding-8B \\
          -p 8000:8000 \\
          <registry>/vllm-embeddings:qwen3-8b

        Notes: the image is <registry>/vllm-embeddings:qwen3-8b.
        """,
    )
    assert ids(refs) == {("model", "Qwen/Qwen3-Embedding-8B")}
    assert one(refs, "Qwen/Qwen3-Embedding-8B").line == 4


def test_model_card_model_index_dataset_type_and_canonical_dataset_urls() -> None:
    refs = scan(
        "README.md",
        """
        ---
        license: apache-2.0
        model-index:
        - name: image_classification_food_model
          results:
          - task:
              name: Image Classification
              type: image-classification
            dataset:
              name: Food-101
              type: food101
              split: train[:5000]
        ---
        Trained on the [ChnSentiCorp](https://huggingface.co/datasets/ChnSentiCorp) data;
        see also https://huggingface.co/datasets/camel-ai/ for the organisation's sets.
        """,
    )
    assert ids(refs) == {("dataset", "food101"), ("dataset", "ChnSentiCorp")}
    assert one(refs, "food101").line == 11


def test_jsonnet_configs_are_read_as_code() -> None:
    refs = scan(
        "configs/okvqa/RAVQA_base.jsonnet",
        """
        local base = import '../base_env.jsonnet';
        {
          "TokenizerModelVersion": "facebook/dpr-question_encoder-single-nq-base", // retriever
          "DecoderTokenizerModelVersion": "t5-large",
          "GeneratorModelVersion": "t5-large",
          "QueryEncoderModelVersion": "../Experiments/DPR/train/saved_model/epoch6/query_encoder",
        }
        """,
    )
    assert ids(refs) == {
        ("model", "facebook/dpr-question_encoder-single-nq-base"),
        ("model", "t5-large"),
    }


def test_plain_fenced_lists_of_ids_under_a_line_that_says_which() -> None:
    refs = scan(
        "README.md",
        """
        # Quantitative evaluation

        Datasets tried:
        ```
        hf-audio/esb-datasets-test-only-sorted ami test
        TwinkStart/peoples_speech default test
        ```

        Models tried:
        ```
        openai/whisper-large-v3
        nyrahealth/CrisperWhisper
        ```

        Output layout:
        ```
        results/whisper-large-v3/ami.json
        ```
        """,
    )
    assert ids(refs) == {
        ("dataset", "hf-audio/esb-datasets-test-only-sorted"),
        ("dataset", "TwinkStart/peoples_speech"),
        ("model", "openai/whisper-large-v3"),
        ("model", "nyrahealth/CrisperWhisper"),
    }


def test_mdx_pages_are_prose_with_code_fences() -> None:
    refs = scan(
        "docs/content/docs/models/index.mdx",
        """
        ---
        title: Models
        ---

        ## GPT-OSS

        ```typescript
        loadModel("mlx-community/gpt-oss-20b-MXFP4-Q8") // 20B MoE
        ```

        Compatible models live in [mlx-community](https://huggingface.co/mlx-community).
        """,
    )
    assert ids(refs) == {("model", "mlx-community/gpt-oss-20b-MXFP4-Q8")}


def test_go_and_java_beside_ollama() -> None:
    go = scan(
        "cmd/embed/main.go",
        """
        package main

        import (
        \t"flag"
        \t"github.com/tmc/langchaingo/llms/ollama"
        )

        func main() {
        \tmodel := flag.String("model", "llama2", "ollama model name")
        \tport := flag.String("port", "8080", "port")
        \tflag.Parse()
        \tllm, _ := ollama.New(ollama.WithModel(*model))
        \t_ = llm
        }
        """,
    )
    assert ids(go) == {("service", "llama2")}
    java = scan(
        "src/main/java/com/example/ollama/constant/OllamaAIModel.java",
        """
        package com.example.ollama.constant;

        public class OllamaAIModel {
            public static final String GEMMA3_1B_IT_QAT = "gemma3:1b-it-qat";
            public static final String DEEPSEEK_R1_7B = "deepseek-r1:7b-qwen-distill-q8_0";
            public static final String IMAGE = "postgres:16-alpine";
        }
        """,
    )
    assert ids(java) == {
        ("service", "gemma3:1b-it-qat"),
        ("service", "deepseek-r1:7b-qwen-distill-q8_0"),
    }


def test_a_call_inside_an_assignment_is_read_for_its_own_arguments() -> None:
    refs = scan(
        "README.md",
        """
        ```typescript
        import { generate } from "node-mlx"

        const out = generate("mlx-community/Llama-3.2-1B-Instruct-4bit", "Hi", { maxTokens: 9 })
        const output_dir = "mlx-community/Llama-3.2-1B-Instruct-4bit-finetuned"
        ```
        """,
    )
    assert ids(refs) == {("model", "mlx-community/Llama-3.2-1B-Instruct-4bit")}


def test_azure_deployments_named_after_api_models() -> None:
    refs = scan(
        ".env.example",
        """
        AZURE_OPENAI_ENDPOINT=https://your-resource.openai.azure.com/
        AZURE_OPENAI_DEPLOYMENT_NAME=gpt-5        # GPT-5 family recommended
        AZURE_OPENAI_EMBEDDING_DEPLOYMENT=text-embedding-3-large
        DEPLOYMENT_NAME=support-bot-prod
        """,
    )
    assert ids(refs) == {("service", "gpt-5"), ("service", "text-embedding-3-large")}


def test_lists_of_api_names_in_go_and_a_short_model_flag() -> None:
    go = scan(
        "internal/llm/llm.go",
        """
        func GetAvailableModels(provider types.ProviderName) []string {
        \tswitch provider {
        \tcase types.ProviderOpenAI:
        \t\treturn []string{
        \t\t\t"gpt-4o",
        \t\t\t"gpt-4o-mini",
        \t\t}
        \tcase types.ProviderAnthropic:
        \t\treturn []string{"claude-3-5-sonnet-latest", "claude-3-5-haiku-latest"}
        \t}
        \treturn []string{"openai", "anthropic", "claude"}
        }
        """,
    )
    assert ids(go) == {
        ("service", "gpt-4o"),
        ("service", "gpt-4o-mini"),
        ("service", "claude-3-5-sonnet-latest"),
        ("service", "claude-3-5-haiku-latest"),
    }
    readme = scan(
        "README.md",
        """
        ```bash
        gommit -p anthropic -m claude-3-5-sonnet-latest -t 0.8
        python -m pip install gommit
        git commit -m "add gpt-4o support"
        ```
        """,
    )
    assert ids(readme) == {("service", "claude-3-5-sonnet-latest")}


def test_list_items_that_are_ids_under_a_models_heading() -> None:
    refs = scan(
        "docs/supported.md",
        """
        ## Supported models

        - meta-llama/Llama-3.1-8B-Instruct
        - **Mistral**: mistralai/Mistral-Nemo-Instruct-2407 (recommended)
        1. Qwen/Qwen2.5-7B-Instruct - the default
        - mistral/mistral-large-latest
        - mistral/devstral-2512
        - bedrock/us.anthropic.claude-3-5-haiku-20241022-v1:0

        ## Related projects

        - vllm-project/vllm
        - ggml-org/llama.cpp: the C++ runtime
        """,
    )
    assert ids(refs) == {
        ("model", "meta-llama/Llama-3.1-8B-Instruct"),
        ("model", "mistralai/Mistral-Nemo-Instruct-2407"),
        ("model", "Qwen/Qwen2.5-7B-Instruct"),
        ("service", "mistral-large-latest"),
    }


def test_rst_section_title_gives_the_context_and_huggingchat_urls() -> None:
    refs = scan(
        "docs/index.rst",
        """
        Models
        ------

        .. list-table::

           * - ``google/flan-t5-xl``
             - 3B

        Installation
        ------------

        Clone ``huggingface/transformers`` first.
        Chat with it on `HuggingChat <https://huggingface.co/chat/models/meta-llama/Llama-3.3-70B-Instruct>`_.
        """,
    )
    assert ids(refs) == {
        ("model", "google/flan-t5-xl"),
        ("model", "meta-llama/Llama-3.3-70B-Instruct"),
    }


def test_mdx_component_props() -> None:
    refs = scan(
        "docs/models/llama.mdx",
        """
        import { ModelCard, Tabs } from '@site/src/components';

        <ModelCard modelId="meta-llama/Llama-3.2-1B-Instruct" dataset="HuggingFaceFW/fineweb-edu" />

        <Tabs groupId="os" defaultValue="linux" repo="vercel/next.js">
        </Tabs>
        """,
    )
    assert ids(refs) == {
        ("model", "meta-llama/Llama-3.2-1B-Instruct"),
        ("dataset", "HuggingFaceFW/fineweb-edu"),
    }


def test_wrapped_inline_code_quoted_ids_and_tables_without_edge_pipes() -> None:
    refs = scan(
        "docs/LORA.md",
        """
        ## Fine-tuning

        For example, to fine-tune a Mistral 7B you can use `--model
        mistralai/Mistral-7B-v0.1`.

        The default model for generation and chat is
        `mlx-community/Llama-3.2-3B-Instruct-4bit`.  You can pass any other.

        - `model`: The model repo or path (e.g. `"mlx-community/Qwen3-4B-4bit"`).

        Precision | Memory GB | Repo
        --------- | --------- | ----
        bf16      | 9.02      | Qwen/Qwen3-4B-Instruct-2507
        q8 | 5.25 | mlx-community/Qwen3-4B-Instruct-2507-8bit

        Clone `ml-explore/mlx-examples` and see `src/app` for more.
        """,
    )
    assert ids(refs) == {
        ("model", "mistralai/Mistral-7B-v0.1"),
        ("model", "mlx-community/Llama-3.2-3B-Instruct-4bit"),
        ("model", "mlx-community/Qwen3-4B-4bit"),
        ("model", "Qwen/Qwen3-4B-Instruct-2507"),
        ("model", "mlx-community/Qwen3-4B-Instruct-2507-8bit"),
    }


def test_commands_in_a_docstring_outside_fences() -> None:
    refs = scan(
        "examples/reward_online.py",
        '''
        """Example online usage of token reward models.

        Run `vllm serve <model> --runner pooling` to start the server, e.g.

        vllm serve internlm/internlm2-1_8b-reward --trust-remote-code
        """
        import requests
        ''',
    )
    assert ids(refs) == {("model", "internlm/internlm2-1_8b-reward")}


def test_nested_and_labelled_list_items_and_both_kinds_on_one_line() -> None:
    refs = scan(
        "README.md",
        """
        ## Prerequisites
        - Python 3.10 or newer.
        - A Gemma or compatible GGUF checkpoint. Examples:
          - bartowski/gemma-2-2b-it-GGUF
          - Any other GGUF that works with llama.cpp.
        - Clone these first:
          - ggml-org/llama.cpp

        ## Models Used

        - Summarization: Xenova/distilbart-cnn-6-6
        - Text Classification: Xenova/toxic-bert

        ## The project

        Fine-tune a pre-trained Vision Transformer (`google/vit-base-patch16-224`) on the **Beans** dataset.
        We fine-tune `meta-llama/Llama-3.2-1B` on the `HuggingFaceH4/no_robots` dataset.
        """,  # noqa: E501
    )
    assert ids(refs) == {
        ("model", "bartowski/gemma-2-2b-it-GGUF"),
        ("model", "Xenova/distilbart-cnn-6-6"),
        ("model", "Xenova/toxic-bert"),
        ("model", "google/vit-base-patch16-224"),
        ("model", "meta-llama/Llama-3.2-1B"),
        ("dataset", "HuggingFaceH4/no_robots"),
    }


def test_modelfile_under_another_name_and_clone_urls_with_credentials() -> None:
    modelfile = scan(
        "llama3/BodyBuilderModel",
        """
        # set the base model
        FROM llama3.1:8b
        PARAMETER temperature 0.2
        SYSTEM You are a coach.
        """,
    )
    assert ids(modelfile) == {("service", "llama3.1:8b")}
    notes = scan("notes", "FROM the start we knew.\nSYSTEM failure is not an option.\n")
    assert ids(notes) == set()
    make = scan(
        "Makefile",
        """
        clonemodel:
        \tgit clone https://<user>:<ACCESS_TOKEN>@huggingface.co/meta-llama/Meta-Llama-3.1-8B-Instruct
        """,
    )
    (ref,) = make
    assert (ref.identifier, ref.column, ref.text) == (
        "meta-llama/Meta-Llama-3.1-8B-Instruct",
        42,
        "huggingface.co/meta-llama/Meta-Llama-3.1-8B-Instruct",
    )


def test_ollama_commands_in_prose_and_plain_text_readmes() -> None:
    md = scan(
        "README.md",
        """
        ## dependencies

        #### **in ollama pull qwen2:0.5b**
        Then use ollama run llama3.1 to chat with it.
        """,
    )
    assert ids(md) == {("service", "qwen2:0.5b"), ("service", "llama3.1")}
    txt = scan(
        "readme.txt",
        """
        download Ollama :
        https://ollama.com/
        paste in cmd :
        ollama pull phi3:mini
        """,
    )
    assert ids(txt) == {("service", "phi3:mini")}


def test_table_cell_with_a_note_in_parentheses() -> None:
    refs = scan(
        "README.md",
        """
        |   Model         | Full Finetuning | PEFT-LoRA PyTorch |
        | --------- | ---- | ---- |
        | bigscience/T0_3B (3B params) | 47.14GB GPU | 14.4GB GPU |
        | bigscience/mt0-xxl (12B params) | OOM GPU | 56GB GPU |
        | see huggingface/peft (GitHub) | - | - |
        """,
    )
    assert ids(refs) == {("model", "bigscience/T0_3B"), ("model", "bigscience/mt0-xxl")}


def test_readme_model_mentions_from_sealed_set_26() -> None:
    refs = scan(
        "README.md",
        """
        Fine-tunes a pretrained `bert-base-uncased` model on IMDB reviews.
        Use `roberta-base` or `roberta-large` instead if you prefer.

        - **Model**: [`TheAzazel/gemma3-4b-abliterated`](https://ollama.com/TheAzazel/gemma3-4b-abliterated)

        ```bash
        ollama pull llama3.2:latest nomic-embed-text qwen3:1.7b
        ```
        """,
    )
    assert ids(refs) == {
        ("model", "bert-base-uncased"),
        ("service", "TheAzazel/gemma3-4b-abliterated"),
        ("service", "llama3.2:latest"),
        ("service", "nomic-embed-text"),
        ("service", "qwen3:1.7b"),
    }


def test_fences_inside_blockquotes_and_gradio_doc_snippets() -> None:
    refs = scan(
        "README.md",
        """
        > [!TIP]
        > You can also chat with a model from the command line:
        > ```shell
        > transformers chat Qwen/Qwen2.5-0.5B-Instruct
        > ```

        ```python
        io = gr.Interface.load("models/nlpconnect/vit-gpt2-image-captioning")
        translator = gr.Blocks.load(name="spaces/gradio/english-translator")
        theme = gr.Theme.from_hub("freddyaboulton/my_theme")
        ```
        """,
    )
    assert ids(refs) == {
        ("model", "Qwen/Qwen2.5-0.5B-Instruct"),
        ("model", "nlpconnect/vit-gpt2-image-captioning"),
        ("space", "gradio/english-translator"),
        ("space", "freddyaboulton/my_theme"),
    }


def test_list_items_whose_link_text_is_an_id() -> None:
    refs = scan(
        "README.md",
        """
        ## Supported models

        - [jinaai/jina-embeddings-v3](docs/jina.md)
        - [vercel/next.js](https://github.com/vercel/next.js)
        """,
    )
    assert ids(refs) == {("model", "jinaai/jina-embeddings-v3")}


def test_a_later_snippet_uses_what_an_earlier_one_imported() -> None:
    refs = scan(
        "README.md",
        """
        ```python
        from lavis.datasets.builders import load_dataset
        coco = load_dataset("coco_caption")
        ```

        With a local copy of the images:

        ```python
        coco = load_dataset("coco_caption", vis_path=YOUR_LOCAL_PATH)
        ```

        ```python
        >>> from transformers import AutoModel as AM
        ```

        ```python
        >>> m = AM.from_pretrained("bert-base-uncased")
        >>> squad = load_dataset("rajpurkar/squad")
        ```
        """,
    )
    # LAVIS's builder names are not Hugging Face datasets, in either snippet; an `org/name` is
    # still one, whoever loads it
    assert ids(refs) == {("model", "bert-base-uncased"), ("dataset", "rajpurkar/squad")}
    assert [r.line for r in refs if r.identifier == "bert-base-uncased"] == [17]


def test_model_pickers_in_pages_and_linked_ids() -> None:
    page = scan(
        "index.html",
        """
        <label for="modelSelect">Model</label>
        <select id="modelSelect">
          <option value="onnx-community/Qwen2.5-0.5B-Instruct">Qwen2.5-0.5B (500MB)</option>
          <option value="@cf/meta/llama-2-7b-chat-int8">llama-2-7b-chat-int8</option>
        </select>
        <select id="theme"><option value="dark/blue">Dark</option></select>
        """,
    )
    assert ids(page) == {
        ("model", "onnx-community/Qwen2.5-0.5B-Instruct"),
        ("service", "@cf/meta/llama-2-7b-chat-int8"),
    }
    doc = scan(
        "tutorial.md",
        """
        To build the preference dataset the responses are judged by
        [`meta-llama/Meta-Llama-3-70B-Instruct`](https://huggingface.co/meta-llama/Meta-Llama-3-70B-Instruct).
        """,
    )
    assert ids(doc) == {("model", "meta-llama/Meta-Llama-3-70B-Instruct")}


def test_settings_tables_and_type_columns() -> None:
    refs = scan(
        "README.md",
        """
        ## Supported Models

        | Models              | Model Type    | CUDA |
        | :------------------ | ------------- | :--: |
        | GPT-2               | `gpt2`        |      |
        | GPT-J               | `gptj`        |      |

        | Environment Variable       | Description         | Example                 |
        | -------------------------- | ------------------- | ----------------------- |
        | MAGENTIC_ANTHROPIC_MODEL   | Anthropic model     | claude-3-haiku-20240307 |
        | MAGENTIC_MISTRAL_MODEL     | Mistral model       | mistral-large-latest    |
        | MAGENTIC_OPENAI_API_TYPE   | Allowed options     | azure                   |
        | MAGENTIC_OPENAI_MAX_TOKENS | Max tokens          | 1024                    |
        """,
    )
    assert ids(refs) == {
        ("service", "claude-3-haiku-20240307"),
        ("service", "mistral-large-latest"),
    }


def test_readme_model_lists_bold_ids_ollama_names_and_documented_defaults() -> None:
    refs = scan(
        "README.md",
        """
        Supported models:
        - llama3-70b-8192
        - gpt-4o-mini
        - claude-v1

        Steps:
        - install
        - run

        - powerful open source LLMs: **meta-llama/Llama-3.3-70B-Instruct** or **Qwen/Qwen3-30B-A3B**
        - 🧠 Ollama integration with `llama3` and `nomic-embed-text` models
        - Serve with `llama-server` and Ollama; models from [the library](https://ollama.com/library)

        OLLAMA_URL - URL to your Ollama server (default: http://localhost:11434)
        OLLAMA_MODEL - Default model to use (default: gpt-oss)

        The official `vllm/vllm-openai` Docker image is recommended for most models.
        """,
    )
    assert ids(refs) == {
        ("service", "llama3-70b-8192"),
        ("service", "gpt-4o-mini"),
        ("service", "claude-v1"),
        ("model", "meta-llama/Llama-3.3-70B-Instruct"),
        ("model", "Qwen/Qwen3-30B-A3B"),
        ("service", "llama3"),
        ("service", "nomic-embed-text"),
        ("service", "gpt-oss"),
    }


def test_unclosed_fences_nested_items_and_legacy_datasets_in_prose() -> None:
    refs = scan(
        "README.md",
        """
        - **Dataset**: Uses the `stsb_multi_mt` dataset (English split) for sentence pairs.
        - **Embedding Models**:
          - `all-MiniLM-L6-v2`
          - `BAAI/bge-small-en-v1.5`

        Ideas for new models:
        - sentence-transformers/all-MiniLM-L12-v2 (140MB) `BERT`
        - distilbert/distilbert-base-multilingual-cased (900MB) `BERT`

        | Task | Model | Size |
        |---|---|---|
        | Language Detection | `onnx-community/language_detection-ONNX` | ~450MB |

        Create a .env file with:

        ```bash
        EMBED_MODEL=BAAI/bge-small-en

        ### 4. Start Ollama
        ```bash
        ollama pull tinyllama
        """,
    )
    assert ids(refs) == {
        ("dataset", "stsb_multi_mt"),
        ("model", "sentence-transformers/all-MiniLM-L6-v2"),
        ("model", "BAAI/bge-small-en-v1.5"),
        ("model", "sentence-transformers/all-MiniLM-L12-v2"),
        ("model", "distilbert/distilbert-base-multilingual-cased"),
        ("model", "onnx-community/language_detection-ONNX"),
        ("model", "BAAI/bge-small-en"),
        ("service", "tinyllama"),
    }


def test_quoted_ids_as_list_items() -> None:
    refs = scan(
        "README.md",
        """
        ## Model evaluation

        There are 4 models used in the experiment:
          - 'laituan245/molt5-base-smiles2caption'
          - "GT4SD/multitask-text-and-chemistry-t5-base-standard"
        """,
    )
    assert ids(refs) == {
        ("model", "laituan245/molt5-base-smiles2caption"),
        ("model", "GT4SD/multitask-text-and-chemistry-t5-base-standard"),
    }


def test_jupyter_ai_magics() -> None:
    refs = scan(
        "docs/jupyternaut.md",
        """
        After running that cell, the AI magic command can then be used like so:

        ```
        %%ai ollama:llama3.2
        What is a transformer?
        ```

        ```python
        %ai chat anthropic:claude-3-5-sonnet-latest
        ```
        """,
    )
    assert ids(refs) == {("service", "llama3.2"), ("service", "claude-3-5-sonnet-latest")}


def test_a_command_between_single_backtick_lines() -> None:
    refs = scan(
        "backend/vllm/README.md",
        """
        - Test API endpoint

        \t`
        \tcurl http://localhost:8000/v1/completions \\\\
        \t-H "Content-Type: application/json" \\\\
        \t-d '{
        \t  "model": "mistralai/Mistral-7B-v0.3",
        \t  "prompt": "San Francisco is a"
        \t}'
        \t`
        """,
    )
    assert [(r.identifier, r.line) for r in refs] == [("mistralai/Mistral-7B-v0.3", 7)]


def test_parameter_lists_in_prose() -> None:
    refs = scan(
        "Project.md",
        """
        - Parameters:

          - model: llama3.2:3b
          - dataset: imdb
          - model_dir: ./out
          - name: dungeon-master
        """,
    )
    assert ids(refs) == {("service", "llama3.2:3b"), ("dataset", "imdb")}


def test_a_price_table_column_headed_model_lists_services() -> None:
    refs = scan(
        "README.md",
        """
        ## Cost table

        | Model Name | Prompt Cost (USD) per 1M tokens | Max Prompt Tokens |
        |:-----------|:-----------|:------|
        | gpt-4o | $2.5 | 128,000 |
        | azure/global-standard/gpt-4o-mini | $0.15 | 128,000 |
        | bedrock/us-east-1/anthropic.claude-v2 | $8 | 100,000 |
        | openrouter/anthropic/claude-3-haiku | $0.25 | 200,000 |
        | deepgram/nova-2 | $0 | nan |
        | together_ai/meta-llama/Llama-3-8b-chat-hf | $0.2 | 8,000 |
        | bigscience/T0_3B (3B params) | -- | -- |
        | GPT2 | -- | nan |
        | gpt2-medium | -- | nan |
        | $0.5 | tokens | 1,000 |
        """,
    )
    assert ids(refs) == {
        ("service", "gpt-4o"),
        ("service", "gpt-4o-mini"),
        ("service", "anthropic.claude-v2"),
        ("service", "claude-3-haiku"),
        ("service", "nova-2"),
        ("model", "meta-llama/Llama-3-8b-chat-hf"),
        ("model", "bigscience/T0_3B"),
        ("model", "gpt2-medium"),
    }


def test_a_table_column_not_about_models_is_not_read_for_names() -> None:
    refs = scan(
        "README.md",
        """
        | Benchmark | Score |
        |---|---|
        | gpt-4o | 88.7 |
        | command | 12 |
        """,
    )
    assert refs == []


def test_a_fence_of_nothing_but_well_known_ids_lists_models() -> None:
    refs = scan(
        "README.md",
        """
        # traces

        ```sh
        open-thoughts/OpenThinker3-7B
        Qwen/Qwen3-30B-A3B-Thinking-2507
        deepseek-ai/DeepSeek-R1
        openai/gpt-oss-20b
        ```

        ```
        src/app
        lib/utils
        docs/guide
        ```
        """,
    )
    assert ids(refs) == {
        ("model", "open-thoughts/OpenThinker3-7B"),
        ("model", "Qwen/Qwen3-30B-A3B-Thinking-2507"),
        ("model", "deepseek-ai/DeepSeek-R1"),
        ("model", "openai/gpt-oss-20b"),
    }


def test_a_link_pasted_twice_is_no_repository() -> None:
    refs = scan(
        "models.json",
        '{"info": "from [v1-2](https://huggingface.co/steps/huggingface.co/CompVis/sd-v1-2)"}\n',
    )
    assert ("model", "steps/huggingface.co") not in ids(refs)


def test_a_projects_own_ollama_client_in_typescript() -> None:
    refs = scan(
        "server/src/agent/llmProvider/ollama.ts",
        """
        const ollamaClient = createOllama({ baseURL: "http://localhost:11434" });
        const model = aisdk(ollamaClient("kimi-k2.5:cloud"));
        const other = ollamaClient("./models/local.gguf");
        """,
    )
    assert ids(refs) == {("service", "kimi-k2.5:cloud")}


def test_a_providers_own_catalogue_names_are_services() -> None:
    refs = scan(
        "README.md",
        """
        | Model | Input price |
        |---|---|
        | replicate/meta/llama-2-13b-chat | $0.1 |
        | vertex_ai/meta/llama3-8b-instruct-maas | $0.2 |
        | fireworks_ai/accounts/fireworks/models/deepseek-v3 | $0.9 |
        | openrouter/meta-llama/llama-3-8b-instruct:free | $0 |
        | deepinfra/meta-llama/Llama-2-70b-chat-hf | $0.7 |
        """,
    )
    assert ids(refs) == {
        ("service", "llama-2-13b-chat"),
        ("service", "llama3-8b-instruct-maas"),
        ("service", "deepseek-v3"),
        ("service", "meta-llama/llama-3-8b-instruct:free"),  # (a variant stays on its slug)
        ("model", "meta-llama/Llama-2-70b-chat-hf"),  # DeepInfra serves the Hub's repositories
    }


def test_ollama_names_in_a_model_column_beside_ollama() -> None:
    refs = scan(
        "README.md",
        """
        Rubin supports models running locally via Ollama:

        | Model | Description |
        |-------|-------------|
        | `qwen3-coder` | Best for coding tasks |
        | `Qwen3 Coder` | The same, by its display name |
        """,
    )
    assert ids(refs) == {("service", "qwen3-coder")}


def test_well_known_models_named_in_prose_where_the_text_says_model() -> None:
    refs = scan(
        "README.md",
        """
        # Zero-shot intents

        This project uses Hugging Face's facebook/bart-large-mnli transformer model.

        ## 4. Model Selection

        BART (facebook/bart-large-cnn)

        GPT-2 (gpt2-medium)

        ## Credits

        Thanks to facebook/bart-large-cnn authors; see microsoft/DeepSpeed for training.
        Built with the transformers and datasets libraries on google/flan-t5-base data.
        """,
    )
    assert {(r.kind.value, r.identifier, r.line) for r in refs} == {
        ("model", "facebook/bart-large-mnli", 3),
        ("model", "facebook/bart-large-cnn", 7),
        ("model", "gpt2-medium", 9),
        # a well-known organisation's model id is reported wherever prose names it (credits
        # too: the sealed sets' labellers count them); a GitHub repository (microsoft/DeepSpeed)
        # and a dataset line are not
        ("model", "facebook/bart-large-cnn", 13),
    }


def test_loader_calls_pasted_into_prose_without_a_fence() -> None:
    refs = scan(
        "README.md",
        """
        Load tokenizer and model

        from transformers import BertTokenizer, BertForSequenceClassification
        tokenizer = BertTokenizer.from_pretrained('bert-base-uncased')
        model = BertForSequenceClassification.from_pretrained('bert-base-uncased', num_labels=2)

        Call from_pretrained(path) to load your own.
        """,
    )
    assert {(r.identifier, r.line) for r in refs} == {
        ("bert-base-uncased", 4),
        ("bert-base-uncased", 5),
    }


def test_json_in_an_html_pre_block() -> None:
    refs = scan(
        "slides/index.html",
        """
        <section>
            <pre><code>
        {
            "train_dataset": "nixiesearch/amazon-esci",
            "model_name_or_path": "intfloat/e5-base-v2",
            "output_dir": "out/e5-esci"
        }
            </code></pre>
        </section>
        """,
    )
    assert {(r.kind.value, r.identifier, r.line) for r in refs} == {
        ("dataset", "nixiesearch/amazon-esci", 4),
        ("model", "intfloat/e5-base-v2", 5),
    }


def test_a_fence_of_ollama_tags_lists_services() -> None:
    refs = scan(
        "README.md",
        """
        # small-models

        ## vision
        ```
        granite3.2-vision:2b
        qwen2.5vl:7b
        llava-phi3:3.8b
        moondream:1.8b
        ```

        ```
        localhost:8080
        db:5432
        cache:6379
        ```
        """,
    )
    assert ids(refs) == {
        ("service", "granite3.2-vision:2b"),
        ("service", "qwen2.5vl:7b"),
        ("service", "llava-phi3:3.8b"),
        ("service", "moondream:1.8b"),
    }


def test_bold_names_in_a_model_column_and_gemini_rest_urls() -> None:
    refs = scan(
        "EMBEDDING_MODELS.md",
        """
        | Model | Provider | Dimensions |
        |-------|----------|-----------|
        | **all-MiniLM-L6-v2** | Local | 384 |
        | **BAAI/bge-large-en-v1.5** | Local | 1024 |
        | **text-embedding-3-small** | OpenAI | 1536 |

        POST https://generativelanguage.googleapis.com/v1beta/models/gemini-2.0-flash:generateContent
        """,
    )
    assert ids(refs) == {
        ("model", "sentence-transformers/all-MiniLM-L6-v2"),
        ("model", "BAAI/bge-large-en-v1.5"),
        ("service", "text-embedding-3-small"),
        ("service", "gemini-2.0-flash"),
    }


def test_a_bold_lead_in_and_items_with_descriptions() -> None:
    refs = scan(
        "README.md",
        """
        **Popular Ollama Models by Size:**
        - `gemma2:2b` - Minimal (2B params, ~1.4GB)
        - `phi3:mini` - Small (3.8B params) - **Default**
        - `llama3.1:70b` (Very Large)

        **Contributors:**
        - `alice` - docs
        """,
    )
    assert ids(refs) == {
        ("service", "gemma2:2b"),
        ("service", "phi3:mini"),
        ("service", "llama3.1:70b"),
    }


def test_a_lead_in_above_a_fenced_block_and_items_that_are_api_names() -> None:
    refs = scan(
        "backend/README.md",
        """
        The following models report Tool use not supported:

        ```text
        BedrockError: {"message":"This model doesn't support tool use."}
        ```

        * `meta.llama3-8b-instruct-v1:0`
        * `llama3`

        The following fail to return structured output. These models are not responding.

        * `amazon.titan-text-lite-v1`
        * `mistral.mistral-large-2402-v1:0`
        * `keep-alive`

        Set the following environment variables

        * `AWS_REGION`
        """,
    )
    assert ids(refs) == {
        ("service", "meta.llama3-8b-instruct-v1:0"),
        ("service", "amazon.titan-text-lite-v1"),
        ("service", "mistral.mistral-large-2402-v1:0"),
    }


def test_ollama_lists_under_headings_and_configs_in_bare_fences() -> None:
    refs = scan(
        "README.md",
        """
        # Ollama in Docker

        #### Installed llms
        ```
        mistral:latest
        qwen3:8b
        hf.co/mradermacher/Llama3.3-70B-COT-GGUF:Q6_K
        hir0rameel/qwen-claude:latest
        gemma2:9b
        ```

        ### Common Models
        - llama2
        - codeqwen

        ### Maintainers
        - alice

        ## Continue config

        ```bash
        models:
          - name: Lllama 3.1 7B
            provider: ollama
            model: llama3.2:3b
        ```
        """,
    )
    assert {(r.kind.value, r.identifier) for r in refs} >= {
        ("service", "mistral:latest"),
        ("service", "qwen3:8b"),
        ("service", "hir0rameel/qwen-claude:latest"),
        ("service", "gemma2:9b"),
        ("service", "llama2"),
        ("service", "codeqwen"),
        ("service", "llama3.2:3b"),
    }
    assert not any(r.identifier in ("alice", "Lllama 3.1 7B") for r in refs)


def test_result_tables_changelogs_and_labelled_lines() -> None:
    refs = scan(
        "notebooks/status_models.md",
        """
        |Status|Architecture|Shortcut name|
        |:-|:-|:-|
        |Failed|BERT|bert-base-uncased|
        |Worked|GPT2|gpt2-medium|

        ### Findings
        | Scenario | Validation LogLoss| Train LogLoss|
        | ---------|-------------------|---------|
        | mistralai/Mistral-7B-Instruct-v0.1 | 0.945 | 0.65 |
        | run-42/best | 1.033 | 0.40 |

        - Upgrade OpenAI chat models: **gpt-4-0125-preview**, **gpt-3.5-turbo-0125**
        - Thanks to **alice-42** for the fix

        Checkpoint used: microsoft/speecht5_tts<br/>
        Dataset used: Matthijs/cmu-arctic-xvectors<br/>
        Vocoder used: microsoft/speecht5_hifigan<br/>
        Source: alice/notes

        hf download nvidia/Nemotron-Elastic-12B

        Pro subscription: https://huggingface.co/subscribe/pro
        """,
    )
    assert ids(refs) == {
        ("model", "bert-base-uncased"),
        ("model", "gpt2-medium"),
        ("model", "mistralai/Mistral-7B-Instruct-v0.1"),
        ("service", "gpt-4-0125-preview"),
        ("service", "gpt-3.5-turbo-0125"),
        ("model", "microsoft/speecht5_tts"),
        ("dataset", "Matthijs/cmu-arctic-xvectors"),
        ("model", "microsoft/speecht5_hifigan"),
        ("model", "nvidia/Nemotron-Elastic-12B"),
    }


def test_a_modelfile_in_a_plain_fence_and_the_hub_routers_policies() -> None:
    refs = scan(
        "ollama.md",
        """
        First, create a `Modelfile` that specifies the base model:

        ```plaintext
        FROM nomic-embed-text
        ```

        ```dockerfile
        FROM python:3.11-slim
        ```

        ```python
        body = {"model": "openai/gpt-oss-120b:fastest", "messages": []}
        PROVIDERS = {"cerebras": ["llama3.1-8b", "llama-3.3-70b"]}
        ```
        """,
    )
    assert ids(refs) == {
        ("service", "nomic-embed-text"),
        ("model", "openai/gpt-oss-120b"),
        ("service", "llama3.1-8b"),
        ("service", "llama-3.3-70b"),
    }


def test_llama_software_is_no_ollama_model() -> None:
    refs = scan(
        "llama-index-embeddings-ollama/README.md",
        """
        To install the `llama-index-embeddings-ollama` package, run the following command:

        ```bash
        pip install llama-index-embeddings-ollama
        ollama pull nomic-embed-text
        ```
        """,
    )
    assert ids(refs) == {("service", "nomic-embed-text")}


def test_package_metadata_reads_its_long_description_as_the_format_it_names() -> None:
    refs = scan(
        "vision-parse/PKG-INFO",
        """
        Metadata-Version: 2.4
        Name: vision-parse
        Description-Content-Type: text/markdown

        ## Supported Models

        | **Model Name** | **Provider Name** |
        |:------------:|:----------:|
        | gpt-4o-mini | OpenAI |
        | llava:13b | Ollama |

        ```
        torchrun --nnodes=1 --nproc_per_node=4 open_flamingo/train/train.py \\
          --lm_path anas-awadalla/mpt-1b-redpajama-200b \\
          --tokenizer_path anas-awadalla/mpt-1b-redpajama-200b \\
          --cross_attn_every_n_layers 1
        ```
        """,
    )
    assert {(r.identifier, r.line, r.path) for r in refs} == {
        ("gpt-4o-mini", 9, "vision-parse/PKG-INFO"),
        ("llava:13b", 10, "vision-parse/PKG-INFO"),
        ("anas-awadalla/mpt-1b-redpajama-200b", 14, "vision-parse/PKG-INFO"),
        ("anas-awadalla/mpt-1b-redpajama-200b", 15, "vision-parse/PKG-INFO"),
    }


def test_api_names_in_prose_on_a_line_that_says_model_or_unmistakable() -> None:
    refs = scan(
        "README.md",
        """
        Query OpenAI models from Claude. This fork adds support for o3-mini and gpt-4o-mini models.
        > I used gpt-4o model for Vision Parse to extract markdown content.
        By default, gpt-3.5 is used (a family name, not an API id).
        Ask GPT-4o anything (a display name).
        We benchmarked gpt-4o against our own parser.
        - `--model MODEL` - Main model name (default: gpt-5)
        """,
    )
    assert {(r.identifier, r.line) for r in refs} == {
        ("o3-mini", 1),
        ("gpt-4o-mini", 1),
        ("gpt-4o", 2),
        # a name no prose uses for anything but the model needs no model word
        ("gpt-4o", 5),
        ("gpt-5", 6),
    }


def test_sentence_transformers_names_in_prose() -> None:
    refs = scan(
        "docs/papers.rst",
        """
        Some of the examples below use a multilingual embedding model
        :code:`paraphrase-multilingual-mpnet-base-v2`.
        We suggest *paraphrase-multilingual-mpnet-base-v2*, which is newer.
        All of it is paraphrase-heavy prose with no-name-here.
        """,
    )
    assert {(r.identifier, r.line) for r in refs} == {
        ("sentence-transformers/paraphrase-multilingual-mpnet-base-v2", 2),
        ("sentence-transformers/paraphrase-multilingual-mpnet-base-v2", 3),
    }


def test_a_settings_line_pasted_as_a_heading_or_an_item() -> None:
    refs = scan(
        "doc/model_summary.md",
        """
        # Model Summary

        # model: openrouter/openai/o1 # $/1M 84.2%
        # model: openrouter/qwen/qwen-2.5-coder-32b-instruct # $0.16/1M 72.9%
        # model: gemini/gemini-exp-1206 # $0.0/1M 80.5% whole
        - dataset: HuggingFaceH4/ultrachat_200k (the SFT split)

        ## Dataset: CNN/DailyMail
        """,
    )
    assert {(r.kind.value, r.identifier, r.line) for r in refs} == {
        ("service", "o1", 3),
        ("service", "qwen-2.5-coder-32b-instruct", 4),
        ("service", "gemini-exp-1206", 5),
        ("dataset", "HuggingFaceH4/ultrachat_200k", 6),
    }


def test_what_made_a_dataset_is_a_model() -> None:
    refs = scan(
        "README.md",
        """
        We fine-tune a SmolLM2 model on a synthetic dataset generated from
        `meta-llama/Meta-Llama-3.1-8B-Instruct`, then evaluate it.
        Evaluate the model on the `argilla/synthetic-concise-reasoning` dataset.
        """,
    )
    assert {(r.kind.value, r.identifier) for r in refs} == {
        ("model", "meta-llama/Meta-Llama-3.1-8B-Instruct"),
        ("dataset", "argilla/synthetic-concise-reasoning"),
    }


def test_a_download_command_as_a_list_item() -> None:
    refs = scan(
        "sam2/README.md",
        """
        - Download weight from hugging face
          - huggingface-cli download 'facebook/sam2-hiera-tiny'
        """,
    )
    assert {(r.identifier, r.line) for r in refs} == {("facebook/sam2-hiera-tiny", 2)}


def test_a_space_host_is_the_space_the_file_names_in_full() -> None:
    refs = scan(
        "README.md",
        """
        Try it in [the Space](https://huggingface.co/spaces/argilla/synthetic-data-generator).
        <iframe src="https://argilla-synthetic-data-generator.hf.space"></iframe>
        <iframe src="https://someone-else-demo.hf.space"></iframe>
        """,
    )
    assert {(r.kind.value, r.identifier, r.line) for r in refs} == {
        ("space", "argilla/synthetic-data-generator", 1),
        ("space", "argilla/synthetic-data-generator", 2),
    }


def test_a_bold_line_is_prose() -> None:
    refs = scan(
        "README.md",
        """
        **cardiffnlp/twitter-roberta-base-sentiment Model**

        This model has been trained on tweets.
        """,
    )
    assert ids(refs) == {("model", "cardiffnlp/twitter-roberta-base-sentiment")}


def test_a_section_per_ollama_model_and_a_model_cards_pinned_revision() -> None:
    refs = scan(
        "docs/embedding_model_test_results.md",
        """
        # Embedding Model Benchmark Results

        ### nomic-embed-text:v1.5
        - No results generated for this model.

        ### snowflake-arctic-embed:m
        - No results generated for this model.

        ### Setup: details
        - **Base model:** [cross-encoder/ms-marco-MiniLM-L12-v2](https://huggingface.co/cross-encoder/ms-marco-MiniLM-L12-v2) <!-- at revision 7b0235231ca2674cb8ca8f022859a6eba2b1c968 -->
        """,  # noqa: E501
    )
    assert {(r.identifier, r.line, r.revision) for r in refs} == {
        ("nomic-embed-text:v1.5", 3, None),
        ("snowflake-arctic-embed:m", 6, None),
        (
            "cross-encoder/ms-marco-MiniLM-L12-v2",
            10,
            "7b0235231ca2674cb8ca8f022859a6eba2b1c968",
        ),
    }


def test_a_template_literal_continued_with_backslashes_does_not_derail_the_file() -> None:
    # a backslash before the line end continues a JS template literal; the tokenizer had
    # stopped there, the apostrophes inside had opened strings, and every later id was lost
    refs = scan(
        "bot.js",
        """
        let prompt =`Marv is a chatbot.\\n\\\\
        You: I'm not sure. I'll ask.\\n\\\\
        Marv: Nothing much. You?\\n`;
        const gptResponse = await openai.createCompletion({
            model: "text-davinci-003",
            prompt: prompt,
        });
        message.reply(mention +`: ${gptResponse.data.choices[0].text.substring(5)}`);
        """,
    )
    assert {(r.identifier, r.line) for r in refs} == {("text-davinci-003", 5)}


def test_webllm_prebuilt_names_and_github_models() -> None:
    refs = scan(
        "src/models/github.js",
        """
        // Available models (GitHub free tier daily limits):
        //   openai/gpt-4.1           (50/day,  10 rpm)
        //   xai/grok-3               (15/day,   1 rpm)
        // see docs/limits.md for the rest
        import { CreateMLCEngine } from "@mlc-ai/web-llm";
        const MODEL_NAME = "Llama-3.2-3B-Instruct-q4f16_1-MLC";
        const selectedModel = "TinyLlama-1.1B-Chat-v0.4-q4f16_1-MLC-1k";
        this.model_name = model_name || 'github/mistral-ai/mistral-medium-2505';
        """,
    )
    assert {(r.kind.value, r.identifier, r.line) for r in refs} == {
        ("service", "gpt-4.1", 2),
        ("service", "grok-3", 3),
        ("model", "mlc-ai/Llama-3.2-3B-Instruct-q4f16_1-MLC", 6),
        ("model", "mlc-ai/TinyLlama-1.1B-Chat-v0.4-q4f16_1-MLC", 7),
        ("service", "mistral-medium-2505", 8),
    }


def test_predibase_adapters_are_hub_repositories_and_splits_are_not() -> None:
    refs = scan(
        "readme.md",
        """
        ```python
        config = {
            "base_model": "mistralai/Mistral-7B-v0.1",
            "experts": [
                {"expert_name": "adapter_1", "model_id": "predibase/customer_support"},
            ],
        }
        ```

        ```yaml
        datasets:
          cifar10/train: !import_call
            key: 'torchvision.datasets.CIFAR10'
        ```
        """,
    )
    assert ids(refs) == {
        ("model", "mistralai/Mistral-7B-v0.1"),
        ("model", "predibase/customer_support"),
    }


def test_a_misspelt_dataset_link_and_package_keywords() -> None:
    refs = scan(
        "MODEL_CARD.md",
        """
        | [`tner/roberta-large-ontonotes5`](https://huggingface.co/tner/roberta-large-ontonotes5) | [`tner/ontonotes5`](https://huggingface.co/dataset/tner/ontonotes5) |
        """,  # noqa: E501
    )
    assert {(r.kind.value, r.identifier) for r in refs} == {
        ("model", "tner/roberta-large-ontonotes5"),
        ("dataset", "tner/ontonotes5"),
    }
    meta = scan(
        "readmeai/PKG-INFO",
        """
        Metadata-Version: 2.1
        Keywords: ai-documentation,gpt-4,llm
        Description-Content-Type: text/markdown

        Run `readmeai --model gpt-4o-mini` to use a smaller model.
        """,
    )
    assert {(r.identifier, r.line) for r in meta} == {("gpt-4o-mini", 5)}


def test_a_rest_client_request_file() -> None:
    refs = scan(
        "requests/chat.http",
        """
        ### Ask the model
        POST https://api.openai.com/v1/chat/completions
        Content-Type: application/json

        {
          "model": "gpt-4o-mini",
          "messages": [{"role": "user", "content": "hi"}]
        }
        """,
    )
    assert {(r.identifier, r.line) for r in refs} == {("gpt-4o-mini", 6)}


def test_first_contact_round_17_prose_and_fences() -> None:
    refs = scan(
        "README.md",
        """
        # Setup

        ```ini
        LLM_API_URL: https://api.openai.com/v1/chat/completions
        MODEL: gpt-4o-mini
        ```

        ```properties
        spring.ai.openai.chat.options.model=gpt-4o
        ```

        5.3 init 默认模型改为 `gpt-4o-mini`

        Copy the dataset name (for example "lvwerra/stack-exchange-paired") into load_dataset.

        - **Anthropic Claude** (claude-sonnet-4-20250514) — NPC decision-making

        model = genai.GenerativeModel("gemini-1.5-flash")

        ```sh
        # set the base model
        FROM llama3:8b
        PARAMETER temperature 1
        ```

        - **qwen2:72b**: excellent quality and JSON
        - Base weights: [Llama 3.1](https://ollama.com/library/llama3.1), or
          https://ollama.com/library/qwen2.5:32b; see https://ollama.com/download and
          https://ollama.com/blog/embedding-models
        - Judged by [`google/gemma-2b`](https://hf.co/google/gemma-2b) for the preference dataset
        - Docker: `python:3.11`, `redis:7`
        """,
    )
    assert {(r.kind.value, r.identifier, r.line) for r in refs} == {
        ("service", "gpt-4o-mini", 5),
        ("service", "gpt-4o", 9),
        ("service", "gpt-4o-mini", 12),
        ("dataset", "lvwerra/stack-exchange-paired", 14),
        ("service", "claude-sonnet-4-20250514", 16),
        ("service", "gemini-1.5-flash", 18),
        ("service", "llama3:8b", 22),
        ("service", "qwen2:72b", 26),
        ("service", "llama3.1", 27),
        ("service", "qwen2.5:32b", 28),
        ("model", "google/gemma-2b", 30),
    }


def test_a_bruno_request_file() -> None:
    refs = scan(
        "bruno/ollamaApiEmbed.bru",
        """
        meta {
          name: ollamaApiEmbed
        }

        body:json {
          {
            "model": "bge-m3:latest",
            "input": "Why is the sky blue?"
          }
        }
        """,
    )
    assert {(r.identifier, r.line) for r in refs} == {("bge-m3:latest", 7)}


def test_first_contact_round_17_lists_and_openrouter() -> None:
    refs = scan(
        "OPENROUTER_FREE_MODELS.md",
        """
        # OpenRouter Free Models

        1. **meta-llama/llama-3.3-70b-instruct:free** (DEFAULT)
        - qwen/qwen-2.5-72b-instruct:free
        - google/gemma-3-27b-it:free

        Transcribes speech to text using **gpt-4o-transcribe**.

        대표모델
        + BAAI/bge-base-en
        + thenlper/gte-large

        + jhgan/ko-sroberta-multitask

        | Parameter | Default | Description |
        |-----------|---------|-------------|
        | `dataset` | `"trl-lib/Capybara"` | Hugging Face dataset |

        See the [guide](https://example.com/x) for github/docs.
        """,
    )
    assert {(r.kind.value, r.identifier, r.line) for r in refs} == {
        ("service", "meta-llama/llama-3.3-70b-instruct:free", 3),
        ("service", "qwen/qwen-2.5-72b-instruct:free", 4),
        ("service", "google/gemma-3-27b-it:free", 5),
        ("service", "gpt-4o-transcribe", 7),
        ("model", "BAAI/bge-base-en", 10),
        ("model", "thenlper/gte-large", 11),
        ("model", "jhgan/ko-sroberta-multitask", 13),
        ("dataset", "trl-lib/Capybara", 17),
    }


def test_openrouter_slugs_and_code_in_other_languages() -> None:
    js = scan(
        "OPENROUTER_MODELS.js",
        """
        // OpenRouter supported models
        export const OPENROUTER_MODELS = [
          { id: 'mistralai/mistral-7b-instruct', name: 'Mistral 7B Instruct (Free)' },
          { id: 'meta-llama/llama-3-8b-instruct', name: 'Llama 3 8B Instruct (Free)' },
        ];
        """,
    )
    assert {(r.kind.value, r.identifier) for r in js} == {
        ("service", "mistralai/mistral-7b-instruct"),
        ("service", "meta-llama/llama-3-8b-instruct"),
    }
    php = scan(
        "config/ai.php",
        """
        <?php
        return [
            'openai' => [
                'default_model' => 'text-davinci-003',
            ],
            'gemini' => [
                'default_model' => 'gemini-1.5-flash:generateContent',
            ],
        ];
        """,
    )
    assert {(r.identifier, r.line) for r in php} == {
        ("text-davinci-003", 4),
        ("gemini-1.5-flash", 7),
    }
    labse = scan(
        "README.md",
        """
        ```rust
        let model = SentenceTransformerBuilder::new("sentence-transformers/LaBSE")
        ```
        """,
    )
    assert ids(labse) == {("model", "sentence-transformers/LaBSE")}
    ollama = scan("config.py", 'LLM_MODEL = "mistral:instruct"\n')
    assert ids(ollama) == {("service", "mistral:instruct")}


def test_first_contact_round_17_third_batch_prose() -> None:
    md = scan(
        "README.md",
        """
        # Music maker

        Using facebook/musicgen-small to make small music samples.

        OpenAI's *text-embedding-3-large* returns a vector of length 3072.

        Let's examine the output of `gpt-4-turbo`; `gpt-5*` names a family.

        Clone microsoft/vscode and huggingface/transformers first.
        """,
    )
    assert {(r.identifier, r.line) for r in md} == {
        ("facebook/musicgen-small", 3),
        ("text-embedding-3-large", 5),
        ("gpt-4-turbo", 7),
    }
    nb = scan(
        "tutorial.ipynb",
        json.dumps(
            {
                "cells": [
                    {
                        "cell_type": "markdown",
                        "metadata": {},
                        "source": ["OpenAI's *text-embedding-3-large* has 8191 tokens.\\n"],
                    }
                ],
                "metadata": {},
                "nbformat": 4,
                "nbformat_minor": 5,
            },
            indent=1,
        ),
    )
    assert {(r.path, r.identifier) for r in nb} == {("tutorial.ipynb", "text-embedding-3-large")}


def test_an_ai_sdk_provider_instance_names_its_models() -> None:
    refs = scan(
        "src/shared/models.ts",
        """
        import { createOpenAICompatible } from "@ai-sdk/openai-compatible";

        const lmstudio = createOpenAICompatible({
          name: "lmstudio",
          baseURL: "http://localhost:1234/v1",
        });

        export const qwen = lmstudio("qwen2.5-7b-instruct-mlx");
        export const none = lmstudio("");
        export const embed = lmstudio.textEmbeddingModel(
          "text-embedding-nomic-embed-text-v1.5",
        );
        """,
    )
    assert {(r.kind.value, r.identifier, r.line) for r in refs} == {
        ("service", "qwen2.5-7b-instruct-mlx", 8),
        ("service", "text-embedding-nomic-embed-text-v1.5", 11),
    }


def test_backticked_ids_of_well_known_organisations_in_lists() -> None:
    refs = scan(
        "README.md",
        """
        ### Text-to-Image (`/images/generations`)

        - `stabilityai/stable-diffusion-3.5-large`
        - `black-forest-labs/FLUX.1-schnell`
        - `Aquiles-ai/Aquiles-Image`
        - `scripts/run.sh`
        """,
    )
    assert {(r.identifier, r.line) for r in refs} == {
        ("stabilityai/stable-diffusion-3.5-large", 3),
        ("black-forest-labs/FLUX.1-schnell", 4),
    }


def test_a_list_of_backticked_model_ids() -> None:
    refs = scan(
        "README.md",
        """
        ### Image-to-Image

        - `black-forest-labs/FLUX.1-Kontext-dev`
        - `Qwen/Qwen-Image-Edit` - supports multi-image editing
        - `black-forest-labs/FLUX.2-dev` - supports multi-image editing

        ### Files

        - `docs/setup.md`
        - `scripts/run.sh`
        - `configs/base.yaml`
        """,
    )
    assert {(r.identifier, r.line) for r in refs} == {
        ("black-forest-labs/FLUX.1-Kontext-dev", 3),
        ("Qwen/Qwen-Image-Edit", 4),
        ("black-forest-labs/FLUX.2-dev", 5),
    }


def test_provider_led_lists_and_hf_prefixed_ids() -> None:
    refs = scan(
        "README.md",
        """
# llmspend

## Supported Models

**Anthropic**: Claude Opus 4, Sonnet 4, Haiku 4.5, and all dated variants

**OpenAI**: GPT-4o, GPT-4.1, o3, o4-mini, and all variants

- OpenAI: set `OPENAI_API_KEY` to use the command line

    bithub pull hf:microsoft/BitNet-b1.58-2B-4T-gguf  # direct from HF
    bithub pull hf:user/custom-model --name mymodel
    bithub pull hf:org/repo
""",
    )
    assert ids(refs) == {
        ("service", "o3"),
        ("service", "o4-mini"),
        ("model", "microsoft/BitNet-b1.58-2B-4T-gguf"),
    }


def test_a_name_ollama_is_said_to_run() -> None:
    refs = scan(
        "README.md",
        """
# Honemsg

- [Ollama](https://ollama.com/download) con el modelo `translategemma` descargado.

> Por ahora **Honemsg** usa el modelo `translategemma:latest` de forma fija.

- **Local Processing**: Uses local Ollama `qwen3:summarizer` model (no external API)

A `pydantic` model, the `default` model, a local `transformers` model.
""",
    )
    assert ids(refs) == {
        ("service", "translategemma"),
        ("service", "translategemma:latest"),
        ("service", "qwen3:summarizer"),
    }


def test_reference_links_and_quant_tags_in_a_model_column() -> None:
    refs = scan(
        "benchmark.md",
        """
## Results by models

| Model                                                             |   PASS |
|:------------------------------------------------------------------|-------:|
| [llama3.2-vision:latest][4]                                       |     17 |
| [unsloth/Mistral-Small-3.2-24B-Instruct-2506-GGUF:UD-Q4_K_XL][1]  |     23 |
| [Overall][9]                                                      |    120 |
""",
    )
    assert ids(refs) == {
        ("service", "llama3.2-vision:latest"),
        ("model", "unsloth/Mistral-Small-3.2-24B-Instruct-2506-GGUF"),
    }


def test_relation_tags_of_a_model_card() -> None:
    refs = scan(
        "models/sfw/fine_tuned_model/README.md",
        """---
base_model: unsloth/phi-3.5-mini-instruct-bnb-4bit
library_name: peft
tags:
- base_model:adapter:unsloth/phi-3.5-mini-instruct-bnb-4bit
- lora
---
# Model card
""",
    )
    assert sorted(r.line for r in refs) == [2, 5]


def test_unmistakable_api_names_and_ollama_names_in_prose() -> None:
    refs = scan(
        "README.md",
        """
# Judge Update: Claude 3.5 Sonnet + o4-mini

1. **Diverse Perspectives**: Claude's nuanced understanding + o4-mini's logical reasoning
- [OpenAI o3, o4-mini and GPT-4.1](/docs/llms/openai.html)

- **Fully Local LLM**: Leveraging the power of ollama with the llama3.1 model.
- We run python3.11 under Ollama for every model.
This applies to the `command`/`args` written into the MCP client config.
""",
    )
    assert {(r.identifier, r.line) for r in refs} == {
        ("o4-mini", 1),
        ("o4-mini", 3),
        ("llama3.1", 6),
    }


def test_request_files_of_hurl() -> None:
    refs = scan(
        "tests_openai.hurl",
        """POST {{host}}/v1/chat/completions
Content-Type: application/json

{
  "model": "gpt-4o",
  "messages": [{"role": "user", "content": "hi"}]
}
HTTP 200
""",
    )
    assert ids(refs) == {("service", "gpt-4o")}


def test_setting_keys_under_a_model_named_entry_are_not_models() -> None:
    refs = scan(
        "README.md",
        """
## Model Context Protocol (MCP) Server

```json
{
  "mcpServers": {
    "llm-sandbox": {
      "command": "python3",
      "args": ["-m", "llm_sandbox.mcp_server.server"],
    }
  }
}
```
""",
    )
    assert refs == []


def test_names_in_an_ollama_guide_and_model_column_lists() -> None:
    refs = scan(
        "OLLAMA_SETUP_GUIDE.md",
        """
## Recommended Models

1. **qwen2.5-coder** (if installed) - Excellent for technical analysis
2. **llama3.1** - Solid all-arounder
3. **Important** - start Ollama first

| Input | Description |
| --- | --- |
| `model` | Ollama model to use (e.g., llama2, codellama, mistral) |

| Provider | Models | Dimensions |
| --- | --- | --- |
| **Ollama** | `nomic-embed-text` (default), `mxbai-embed-large` | 768, 1024 |
| Other | fast, cheap ones | 1 |

- `DEFAULT_MODELS`: Default models used (e.g., `gemini-2.5-pro-exp-03-25:free`).
""",
    )
    assert {(r.identifier, r.line) for r in refs} == {
        ("qwen2.5-coder", 3),
        ("llama3.1", 4),
        ("llama2", 9),
        ("codellama", 9),
        ("mistral", 9),
        ("nomic-embed-text", 13),
        ("mxbai-embed-large", 13),
        ("gemini-2.5-pro-exp-03-25:free", 16),
    }


def test_sections_and_items_that_name_models() -> None:
    refs = scan(
        "Readme.md",
        """
# Pipelines

**Model used**
The following models were applied for these tasks:
- NER: bert-large-cased-finetuned-conll03-english
- Translation to french: t5-base
- Text Generation: gpt2, this is the smallest version of GPT-2.
- Owner: someone

Model Selection: Users can select between mixtral-8x7b-32768, llama3-70b-8192 models.

### Steps to retrain and save model
- model_T5 = "vlassner01/t5_cnn_model_base_v4"

## Supported Models
#### OpenAI
- gpt-3.5-turbo
- gpt-4-turbo-preview

#### Cohere
- command-light

## Hosted providers
- `mistral`
- `deepseek`
""",
    )
    assert {(r.identifier, r.line) for r in refs} == {
        ("bert-large-cased-finetuned-conll03-english", 5),
        ("t5-base", 6),
        ("gpt2", 7),
        ("mixtral-8x7b-32768", 10),
        ("llama3-70b-8192", 10),
        ("vlassner01/t5_cnn_model_base_v4", 13),
        ("gpt-3.5-turbo", 17),
        ("gpt-4-turbo-preview", 18),
        ("command-light", 21),
    }


def test_an_ollama_setup_guide() -> None:
    refs = scan(
        "OLLAMA_MODEL_SETUP.md",
        """
# Ollama setup

```bash
npm run docker:ollama:pull llama3.2
npm run docker:ollama:pull mistral
npm run build
```

### General
- **mistral** (7B parameters) - Fast and capable
- **llama.cpp** — efficient GGUF inference

```
Assign GENERATOR models (comma-separated):
> mistral:latest, llama3:8b
```
""",
    )
    assert {(r.identifier, r.line) for r in refs} == {
        ("llama3.2", 4),
        ("mistral", 5),
        ("mistral", 10),
        ("mistral:latest", 15),
        ("llama3:8b", 15),
    }


def test_a_list_item_led_by_ollama() -> None:
    refs = scan(
        "docs/guides/agent-configuration.md",
        """
Supported providers:
  - Azure: `gpt-4`, `gpt-4-32k`
  - Ollama: `llama3.2`, `mistral`, `codellama`
  - Ollama: set `OLLAMA_HOST` first
""",
    )
    assert {(r.identifier, r.line) for r in refs} == {
        ("gpt-4", 2),
        ("gpt-4-32k", 2),
        ("llama3.2", 3),
        ("mistral", 3),
        ("codellama", 3),
    }


def test_an_ollama_sentence_wrapped_before_its_names() -> None:
    refs = scan(
        "README.md",
        """
Talks to a local Ollama daemon (default `http://localhost:11434`). Use it to run open-weight models
(`llama3`, `qwen3`, `mistral`, `mxbai-embed-large`) under the same contracts.

- Run open-weight models
(`transformers`) is a library.
""",
    )
    assert {(r.identifier, r.line) for r in refs} == {
        ("llama3", 2),
        ("qwen3", 2),
        ("mistral", 2),
        ("mxbai-embed-large", 2),
    }


def test_model_names_in_a_log_fence() -> None:
    refs = scan(
        "docs/PRD.md",
        """
Routing log:

```
[req:abc123] [OpenAI/flagship] gpt-4o (main_key) -> 429 -> gpt-4o-mini (backup_key) -> 200
```

| test | what |
|---|---|
| `test_downgrade` | On 429 for `gpt-5/key1` try `gpt-5/key2` |
""",
    )
    assert {(r.identifier, r.line) for r in refs} == {("gpt-4o", 4), ("gpt-4o-mini", 4)}


def test_an_ollama_column_holds_its_bare_names_too() -> None:
    refs = scan(
        "results/report.md",
        """
| model     | task  | latency |
|-----------|-------|---------|
| llama3:8b | code  | 3.3     |
| mistral   | code  | 3.4     |
| phi       | qa    | 2.7     |
| default   | qa    | 2.7     |
""",
    )
    assert {(r.identifier, r.line) for r in refs} == {
        ("llama3:8b", 3),
        ("mistral", 4),
        ("phi", 5),
    }


def test_latest_tags_beside_sized_ones() -> None:
    refs = scan(
        "README.md",
        """
- **llama3:8b**: Poor style
- **qwen2.5:7b**: Good
- **phi4:latest**: Good
""",
    )
    assert {r.identifier for r in refs} == {"llama3:8b", "qwen2.5:7b", "phi4:latest"}


def test_a_heading_that_is_a_hosted_models_name() -> None:
    refs = scan(
        "test-results/model-comparison.md",
        """
## gpt-3.5-turbo

Score: 7

## my-notes-2
""",
    )
    assert {(r.identifier, r.line) for r in refs} == {("gpt-3.5-turbo", 1)}


def test_json_in_a_bare_fence() -> None:
    refs = scan(
        "readmes/continue.md",
        """
Example
```
  "tabAutocompleteModel": {
    "title": "codeqwen",
    "provider": "ollama",
    "model": "codeqwen"
  },
```
""",
    )
    assert {(r.identifier, r.line) for r in refs} == {("codeqwen", 6)}


def test_ids_in_prose_about_spaces() -> None:
    refs = scan(
        "examples/gradio/README.md",
        """
1. **Enter a Gradio Space name** (e.g., `abidlabs/en2fr`)

### Example Spaces to Try

- **gradio/calculator** - Simple calculator
""",
    )
    assert ids(refs) == {("space", "abidlabs/en2fr"), ("space", "gradio/calculator")}


def test_ollamas_sized_tags_in_a_fences_comments() -> None:
    refs = scan(
        "DEVELOPER_SETUP.md",
        """
```bash
ollama pull llama3.1:latest  # or mistral:7b, qwen2.5:7b, etc.
ollama list
# Should show: llama3.2:1b
MODEL_ID="model"          # Example: "gemini-2.0-flash"
```
""",
    )
    assert {(r.identifier, r.line) for r in refs} == {
        ("llama3.1:latest", 2),
        ("mistral:7b", 2),
        ("qwen2.5:7b", 2),
        ("llama3.2:1b", 4),
        ("gemini-2.0-flash", 5),
    }


def test_a_name_right_after_the_word_ollama() -> None:
    refs = scan(
        "src/mastra/README.md",
        """
| Agent | Model |
|-------|-------|
| Research | Ollama `lfm2.5-thinking` |

- **Ollama `think`:** the thinking stream is read.
""",
    )
    assert {(r.identifier, r.line) for r in refs} == {("lfm2.5-thinking", 3)}


def test_bold_list_items_that_are_a_providers_names() -> None:
    refs = scan(
        "docs/MODELS.md",
        """
# AI Models Guide

## Recommended Models (Fast & Free)

### Groq Models
- **llama-3.3-70b-versatile**: Best for complex plans
- **llama-3.1-8b-instant**: Fastest responses
- **gemma2-9b-it**: Good balance
""",
    )
    assert {(r.identifier, r.line) for r in refs} == {
        ("llama-3.3-70b-versatile", 6),
        ("llama-3.1-8b-instant", 7),
        ("gemma2-9b-it", 8),
    }
    labels = scan(
        "README.md",
        """
## Features
- **Ollama**: local models
- **bot_minimal.py**: the smallest bot
- **Hands-Free**: voice mode
""",
    )
    assert labels == []


def test_prose_that_calls_an_ollama_name_the_model() -> None:
    refs = scan(
        "README.md",
        """
Start it with docker compose; it talks to Ollama on port 11434.
The model llama3 will be automatically pulled on the first run.
I use a notebook to train the model llama3 with my exercises.
│ Ollama Embedder │ ← nomic-embed-text model
""",
    )
    assert {(r.identifier, r.line) for r in refs} == {
        ("llama3", 2),
        ("nomic-embed-text", 4),
    }


def test_a_models_column_named_in_chinese_and_names_against_cjk_words() -> None:
    refs = scan(
        "README_Qwen.md",
        """
| 任务类型 | Qwen模型 | 优势 |
|---------|---------|------|
| 图像分析 | qwen3-vl-plus | 超长视频理解 |

当前支持的模型包括qwen3-vl-plus、qwen3-omni-flash
""",
    )
    assert {(r.identifier, r.line) for r in refs} == {
        ("qwen3-vl-plus", 3),
        ("qwen3-vl-plus", 5),
        ("qwen3-omni-flash", 5),
    }


def test_a_space_named_on_a_line_with_a_spaces_url() -> None:
    refs = scan(
        "README.md",
        """
### Example 2 - Vision Model

We'll use `merve/paligemma-hf` (https://huggingface.co/spaces/merve/paligemma2-vqav2) here.
""",
    )
    assert ids(refs) == {("space", "merve/paligemma-hf"), ("space", "merve/paligemma2-vqav2")}


def test_a_dotenv_pasted_without_a_fence() -> None:
    refs = scan(
        "README.md",
        """
create a .env with the below keys:

GOOGLE_API_KEY='<your Google AI studio key>'
GOOGLE_MODEL='gemini-2.5-flash-preview-04-17'
CLAUDE_MODEL='anthropic/claude-3-7-sonnet-20250219'
GOOGLE_CLOUD_LOCATION='us-west1'
""",
    )
    assert {(r.identifier, r.line) for r in refs} == {
        ("gemini-2.5-flash-preview-04-17", 4),
        ("claude-3-7-sonnet-20250219", 5),
    }


def test_an_organisations_datasets_page_is_not_a_dataset() -> None:
    refs = scan(
        "README.md",
        """
Curated by [**AgentPublic**](https://huggingface.co/datasets/AgentPublic):
- [Service-Public](https://huggingface.co/datasets/AgentPublic/service-public)
Training data: [ChnSentiCorp](https://huggingface.co/datasets/ChnSentiCorp)
""",
    )
    assert ids(refs) == {("dataset", "AgentPublic/service-public"), ("dataset", "ChnSentiCorp")}


def test_workers_ai_and_openrouter_names_in_docs() -> None:
    refs = scan(
        "README.md",
        """
这是一个`cloudflare`的ai worker,可以把`cloudflare`提供的`@cf/baai/bge-base-en-v1.5`进行文本向量化

Model: [meta/llama-3.1-8b-instruct](https://developers.cloudflare.com/workers-ai/models/llama-3.1-8b-instruct/)

- Added support for new Open Router models
    - [Llama 3.1 8B Instruct](https://openrouter.ai/models/meta-llama/llama-3.1-8b-instruct)
    - [Mistral Nemo](https://openrouter.ai/models/mistralai/mistral-nemo)
- See the [docs](https://openrouter.ai/docs/quickstart), [rankings](https://openrouter.ai/rankings)

| Generation | [Lite](https://ai.google.dev/gemini-api/docs/models?hl=de#gemini-2.0-flash-lite) |
""",
    )
    assert ids(refs) == {
        ("service", "@cf/baai/bge-base-en-v1.5"),
        ("service", "meta/llama-3.1-8b-instruct"),
        ("service", "meta-llama/llama-3.1-8b-instruct"),
        ("service", "mistralai/mistral-nemo"),
        ("service", "gemini-2.0-flash-lite"),
    }


def test_model_lists_nested_under_a_provider_and_beside_sized_tags() -> None:
    refs = scan(
        "models.md",
        """
- Anthropic models
    - claude-3-5-sonnet-latest (Strongly Recommended!)

- AWS Bedrock Claude models
    - claude-3-5-sonnet v2 (ModelID = us.anthropic.claude-3-5-sonnet-20241022-v2:0, Cross-region)

If you have more memory, try
 - llama2
 - llama2:7b
""",
    )
    assert ids(refs) == {
        ("service", "claude-3-5-sonnet-latest"),
        ("service", "us.anthropic.claude-3-5-sonnet-20241022-v2:0"),
        ("service", "llama2"),
        ("service", "llama2:7b"),
    }


def test_a_family_display_name_in_an_ollama_guide_is_not_a_tag() -> None:
    refs = scan(
        "04-models.md",
        """
Run any model with `ollama run`.

## Recommended models

- Gemma-2 (9B/27B)
  - <https://huggingface.co/bartowski/gemma-2-9b-it-GGUF>
- Phi-4 (14b)
""",
    )
    assert ids(refs) == {("model", "bartowski/gemma-2-9b-it-GGUF")}


def test_quoted_ollama_commands_in_prose_and_id_headings_and_links() -> None:
    refs = scan(
        "README.md",
        """
### pull model
ollama pull "modelscope.cn/unsloth/Mistral-Small-3.2-24B-Instruct-2506-GGUF:Q4_K_M"

We compare two LLMs finetuned on the same [Llama 3.2 3B model](unsloth/Llama-3.2-3B-Instruct).
See the [guide](docs/setup) too.

## Default models and their hyperparameters

### forestav/LoRA-2000

Finetuned on 2000 steps.

## Contributors

### octocat/hello-world
""",
    )
    assert ids(refs) == {
        ("service", "modelscope.cn/unsloth/Mistral-Small-3.2-24B-Instruct-2506-GGUF:Q4_K_M"),
        ("model", "unsloth/Llama-3.2-3B-Instruct"),
        ("model", "forestav/LoRA-2000"),
    }


def test_a_well_known_organisations_checkpoint_named_for_its_architecture() -> None:
    refs = scan(
        "README.md",
        """
By HuggingFace library, I use "google/pegasus-xsum" model of Pegasus to summarize the news
and `ntu-spml/distilhubert` is fine-tuned on our audio.
The google/jax repository is a dependency.
""",
    )
    assert ids(refs) == {("model", "google/pegasus-xsum"), ("model", "ntu-spml/distilhubert")}


def test_items_and_sentences_that_say_model_in_other_languages() -> None:
    refs = scan(
        "OLLAMA_SETUP.md",
        """
## 前置条件

- Ollama (0.1.0+)
- bge-m3 模型
- 至少 4GB RAM

*   **Intelligence** : Utilisation du modèle `mistral-small-latest` pour la génération.
""",
    )
    assert ids(refs) == {("service", "bge-m3"), ("service", "mistral-small-latest")}


def test_a_prose_id_beside_a_link_is_still_read() -> None:
    refs = scan(
        "README.md",
        """
See the [website](https://www.sbert.net/docs/pretrained_models.html) for a list, and add the
model, for instance: sentence-transformers/all-mpnet-base-v2
Or [sentence-transformers/all-MiniLM-L6-v2](https://www.sbert.net/x) in a link.
""",
    )
    assert ids(refs) == {("model", "sentence-transformers/all-mpnet-base-v2")}


def test_names_via_ollama_in_headings_triple_ticks_and_lists_under_a_models_heading() -> None:
    refs = scan(
        "README.md",
        """
### Option 1: Using Offline `llama3.2` via Ollama

2) **```arpanghoshal/EmoRoBERTa``` model** for emotion detection

### "Model may not be available"
- The script supports: gpt-3.5-turbo, gpt-4, gpt-4-turbo-preview

### Costs
- We compared gpt-4 and gpt-3.5-turbo bills.
""",
    )
    assert ids(refs) == {
        ("service", "llama3.2"),
        ("model", "arpanghoshal/EmoRoBERTa"),
        ("service", "gpt-3.5-turbo"),
        ("service", "gpt-4"),
        ("service", "gpt-4-turbo-preview"),
    }
    assert {r.line for r in refs} == {1, 3, 6}


def test_defaults_named_apart_from_their_value_in_rust_and_ruby() -> None:
    refs = scan(
        "model_selected.rs",
        """
pub enum ModelSelected {
    Mistral {
        /// Model ID to load from
        #[arg(short, long, default_value = "mistralai/Mistral-7B-Instruct-v0.1")]
        model_id: String,
        #[arg(short, long, default_value = "info")]
        log_level: String,
    },
}
""",
    )
    assert ids(refs) == {("model", "mistralai/Mistral-7B-Instruct-v0.1")}
    refs = scan(
        "langchainrb_rails.rb",
        """
config.llm = Langchain::LLM::Ollama.new(
  default_options: {
    embeddings_model_name: ENV.fetch("OLLAMA_EMBEDDINGS_MODEL", "nomic-embed-text"),
    url: ENV.fetch("OLLAMA_BASE_URL", "http://localhost:11434"),
  }
)
""",
    )
    assert ids(refs) == {("service", "nomic-embed-text")}


def test_task_list_items_that_are_ids() -> None:
    refs = scan(
        "DATASETS.md",
        """
### Datasets used
 - [x] HuggingFaceTB/smoltalk
 - [ ] HuggingFaceFW/fineweb-edu -> sample-10BT
 - [x] meta-math/MetaMathQA + instruction
""",
    )
    assert ids(refs) == {
        ("dataset", "HuggingFaceTB/smoltalk"),
        ("dataset", "HuggingFaceFW/fineweb-edu"),
        ("dataset", "meta-math/MetaMathQA"),
    }


def test_a_provider_prefixed_name_in_a_changelog() -> None:
    refs = scan(
        "CHANGELOG.md",
        """
- Add LiteLLM support for accessing various LLM providers.
- `gemini/gemini-2.0-flash` and `gemini/gemini-2.5-pro-preview-03-25` are available via LiteLLM.
""",
    )
    assert ids(refs) == {
        ("service", "gemini-2.0-flash"),
        ("service", "gemini-2.5-pro-preview-03-25"),
    }


def test_model_names_in_a_components_text() -> None:
    refs = scan(
        "KeyForm.tsx",
        """
export function KeyForm() {
  return (
    <div>
      <p className="hint">
        Enter model IDs like gpt-4o, claude-3-opus, deepseek-chat
      </p>
      <p>Your gpt-4o answer will appear here.</p>
      {count > 1 && count < 5 ? <span>few</span> : null}
    </div>
  );
}
""",
    )
    assert ids(refs) == {("service", "gpt-4o"), ("service", "claude-3-opus")}
    assert {r.line for r in refs} == {5}


def test_an_id_the_line_says_comes_from_hugging_face() -> None:
    refs = scan(
        "README.md",
        """
## Synthesize speech

The first run downloads `OpenVINO/Kokoro-82M-int8-ov` from Hugging Face, at one
pinned commit. Issues go to `vinospeak/vinospeak` on GitHub.
""",
    )
    assert ids(refs) == {("model", "OpenVINO/Kokoro-82M-int8-ov")}


def test_ollama_names_called_an_embedding_model_or_an_llm() -> None:
    refs = scan(
        "README.md",
        """
Ollama serves models here: the nomic-embed-text embedding model and the phi3 LLM.
The open-source language model is served by Ollama.
""",
    )
    assert ids(refs) == {("service", "nomic-embed-text"), ("service", "phi3")}


def test_a_table_header_names_columns_not_settings() -> None:
    refs = scan(
        "EVALUATION.md",
        """
| USE_OLLAMA_EVAL | Speed | Status |
|-----------------|-------|--------|
| `false` | Fast | Working |

| Variable | Default |
|---|---|
| `OLLAMA_MODEL` | `llama3.1:8b` |
""",
    )
    assert ids(refs) == {("service", "llama3.1:8b")}


def test_an_ollama_tag_with_a_dotted_version_is_read_whole() -> None:
    refs = scan(
        "README.md",
        """
Run
- docker run --rm \\
    -e OLLAMA_HOST=http://host.docker.internal:11434 \\
    -e OLLAMA_MODEL=qwen2.5:0.5b \\
    bot:dev

| Provider | Base URL | Default Model |
|----------|----------|---------------|
| Gemini | `.../v1beta/models` | gemini-2.5-flash |
| OpenAI | `.../v1` | gpt-4o-mini |
""",
    )
    assert {(r.line, r.identifier) for r in refs} == {
        (4, "qwen2.5:0.5b"),
        (9, "gemini-2.5-flash"),
        (10, "gpt-4o-mini"),
    }


def test_a_bare_id_the_words_beside_it_call_a_model() -> None:
    refs = scan(
        "README.md",
        """
This project fine-tunes facebook/opt-1.3b using LoRA on the FinGPT Financial Sentiment dataset.

The dataset FinGPT/fingpt-sentiment-train was labelled by a model.
""",
    )
    assert ids(refs) == {("model", "facebook/opt-1.3b")}


def test_a_launch_command_on_a_line_of_its_own_without_a_fence() -> None:
    refs = scan(
        "instruction.md",
        """
fine-tune:
CUDA_VISIBLE_DEVICES=0 python src/lerobot/scripts/train.py   --policy.path=lerobot/smolvla_base   --dataset.repo_id=aloha_put_sponge   --dataset.root=/home/aloha/lerobot_dataset/aloha_put_sponge   --steps=50000

Run python with --help to see every option of org/tool.
""",  # noqa: E501
    )
    assert ids(refs) == {("model", "lerobot/smolvla_base")}


def test_commands_inside_the_strings_of_a_json_block() -> None:
    refs = scan(
        "README.md",
        """
## A full loop, as the model sees it

```jsonc
agents_launch({
  "session": "agents-wp5",
  "agents": [
    {"title": "WP5", "command": "claude --model claude-opus-5 \\"$(cat prompts/wp5.md)\\""},
    {"title": "WP6b", "command": "codex --model gpt-5-codex \\"$(cat prompts/wp6b.md)\\""}
  ]
})
```
""",
    )
    assert {(r.line, r.identifier) for r in refs} == {(7, "claude-opus-5"), (8, "gpt-5-codex")}


def test_list_items_led_by_a_sized_ollama_tag() -> None:
    refs = scan(
        "README.md",
        """
- **Sequential Loading**: Only one model in VRAM at a time
- **Model Sizes**:
  - qwen2.5:7b: ~4.1GB VRAM
  - deepseek-r1:8b: ~4.7GB VRAM
  - mistral:7b - the fallback
- **Retention**: 1h:7d
- server:8080: the API
""",
    )
    assert {(r.line, r.identifier) for r in refs} == {
        (3, "qwen2.5:7b"),
        (4, "deepseek-r1:8b"),
        (5, "mistral:7b"),
    }


def test_a_gateway_slug_for_a_moving_alias() -> None:
    refs = scan(
        "MODEL_GUIDE.md",
        """
### **1. Mistral Small** ⭐ DEFAULT
- **ID:** `mistralai/mistral-small-latest`
- **Cost:** ~$0.002/plan
""",
    )
    assert ids(refs) == {("service", "mistral-small-latest")}


def test_a_library_class_written_like_an_id() -> None:
    refs = scan(
        "docs/usage/vision_models.md",
        """
| Model instance | Model | Framework | Device |
| ---------------|------ | --------- | ------ |
| `SMOLDOCLING_TRANSFORMERS` | [ds4sd/SmolDocling-256M-preview](https://huggingface.co/ds4sd/SmolDocling-256M-preview) | `Transformers/AutoModelForVision2Seq` | MPS |
| `PHI4_TRANSFORMERS` | `microsoft/Phi-4-multimodal-instruct` | `Transformers/AutoModelForCasualLM` | CPU |
""",  # noqa: E501
    )
    assert ids(refs) == {
        ("model", "ds4sd/SmolDocling-256M-preview"),
        ("model", "microsoft/Phi-4-multimodal-instruct"),
    }


def test_snowflake_cortex_functions_name_cortex_s_models() -> None:
    refs = scan(
        "6-llm-functions/1-complete.sql",
        """
SELECT SNOWFLAKE.CORTEX.COMPLETE(
   'mistral-large', 'What are large language models?');

SELECT SNOWFLAKE.CORTEX.COMPLETE('llama2-70b-chat',
   [{ 'role': 'user', 'content': 'What are exploding joins in Snowflake?' }], {});

SELECT SNOWFLAKE.CORTEX.EMBED_TEXT_768('snowflake-arctic-embed-m-v1.5', txt) AS f,
    AI_EMBED('snowflake-arctic-embed-l-v2.0', txt) AS g,
    SNOWFLAKE.CORTEX.SENTIMENT('this was really good') AS s
FROM imdb.public.train_dataset;
""",
    )
    assert {(r.line, r.identifier, r.kind.value) for r in refs} == {
        (2, "mistral-large", "service"),
        (4, "llama2-70b-chat", "service"),
        (7, "snowflake-arctic-embed-m-v1.5", "service"),
        (8, "snowflake-arctic-embed-l-v2.0", "service"),
    }


def test_snowflake_cortex_from_python() -> None:
    refs = scan(
        "cortex.py",
        """
from snowflake.cortex import Complete
from snowflake.core import Root

answer = Complete("llama3.1-70b", prompt)
response = root.cortex_embed_service.embed("e5-base-v2", ['foo', 'bar'])
done = task.complete("all-done")
""",
    )
    assert {(r.line, r.identifier) for r in refs} == {(4, "llama3.1-70b"), (5, "e5-base-v2")}


def test_a_fenced_list_of_names_under_a_heading_that_says_models() -> None:
    refs = scan(
        "datasummit25.md",
        """
#### Models in Cortex AI Complete

````
claude-3-7-sonnet

jamba-1.5-mini

llama3.1-70b

snowflake-arctic
````

#### Models we tried

```
gpt-4o-mini
some-internal-thing
o3-mini
```
""",
    )
    assert {(r.line, r.identifier) for r in refs} == {
        (4, "claude-3-7-sonnet"),
        (6, "jamba-1.5-mini"),
        (8, "llama3.1-70b"),
        (10, "snowflake-arctic"),
        (16, "gpt-4o-mini"),
        (18, "o3-mini"),
    }
    assert {r.kind.value for r in refs} == {"service"}


def test_azure_ai_foundry_and_nvidia_catalogue_pages_name_their_models() -> None:
    refs = scan(
        "README.md",
        """
| **name** | **caption** | **link** |
|---|---|---|
| Phi-4 | Chat | https://ai.azure.com/explore/models/Phi-4/version/1/registry/azureml/latest |

Try [Llama 3.1 70B](https://build.nvidia.com/meta/llama-3_1-70b-instruct) in the
[catalogue](https://build.nvidia.com/explore/discover) or https://ai.azure.com/explore/models.
""",
    )
    assert {(r.line, r.identifier, r.kind.value) for r in refs} == {
        (3, "Phi-4", "service"),
        (5, "meta/llama-3_1-70b-instruct", "service"),
    }


def test_an_organisation_named_for_models_in_a_table_of_datasets() -> None:
    refs = scan(
        "VERIFIED_DATASETS.md",
        """
## Vietnamese Datasets (6)

| # | Dataset | Path | Text Field |
|---|---------|------|------------|
| 1 | BinhVQ News | `vietgpt/binhvq_news_vi` | `text` |
| 2 | BKAI NewsCategory | `bkai-foundation-models/NewsCategory` | `content` |
""",
    )
    assert ids(refs) == {
        ("dataset", "vietgpt/binhvq_news_vi"),
        ("dataset", "bkai-foundation-models/NewsCategory"),
    }


def test_pyspark_s_hub_data_source_loads_a_dataset() -> None:
    refs = scan(
        "README.md",
        """
```python
df = spark.read.format("huggingface").load("stanfordnlp/imdb")
test_df = (
    spark.read.format("huggingface")
    .option("config", "sample-10BT")
    .load("HuggingFaceFW/fineweb-edu")
)
other = spark.read.format("parquet").load("data/train")
```
""",
    )
    assert {(r.line, r.identifier, r.kind.value) for r in refs} == {
        (2, "stanfordnlp/imdb", "dataset"),
        (6, "HuggingFaceFW/fineweb-edu", "dataset"),
    }


def test_ollama_examples_offered_in_a_help_text_and_a_comment() -> None:
    refs = scan(
        "src/pages/Settings.tsx",
        """
export const config = {
    // The model to use, e.g., "gpt-4", "gpt-3.5-turbo", or "ollama/llama2"
    model: "anthropic/claude-sonnet-4",
};
const f = <TextField label="Model Name" helperText="e.g., llama2:7b, codellama:13b" />;
const g = <TextField label="Size" helperText="e.g., small:1b, widget:2b" />;
""",
    )
    assert {(r.line, r.identifier) for r in refs} == {
        (2, "gpt-4"),
        (2, "gpt-3.5-turbo"),
        (2, "llama2"),
        (3, "claude-sonnet-4"),
        (5, "llama2:7b"),
        (5, "codellama:13b"),
    }


def test_sdk_constants_for_models_in_go_and_java() -> None:
    go = scan(
        "main.go",
        """
package main

func main() {
	chatCompletion, err := client.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{
		Model: openai.F(openai.ChatModelGPT4o),
	})
	other := openai.ChatModelGPT4_1Mini
	dated := openai.ChatModelGPT4oMini2024_07_18
	msg, err := client.Messages.New(ctx, anthropic.MessageNewParams{
		Model: anthropic.ModelClaude3_7SonnetLatest,
	})
}
""",
    )
    assert {(r.line, r.identifier) for r in go} == {
        (5, "gpt-4o"),
        (7, "gpt-4.1-mini"),
        (8, "gpt-4o-mini-2024-07-18"),
        (10, "claude-3-7-sonnet-latest"),
    }
    java = scan(
        "src/main/java/HelloLangChain4j.java",
        """
ChatLanguageModel model = OpenAiChatModel.builder()
        .apiKey(apiKey)
        .modelName(OpenAiChatModelName.GPT_4_O_MINI)
        .build();
""",
    )
    assert {(r.line, r.identifier) for r in java} == {(3, "gpt-4o-mini")}


def test_a_function_named_for_the_repository_it_returns() -> None:
    refs = scan(
        "src/main.rs",
        """
impl Which {
    fn tokenizer_repo(&self) -> &'static str {
        match self {
            Which::L7b | Which::L13b => "hf-internal-testing/llama-tokenizer",
            Which::Leo7b => "LeoLM/leo-hessianai-7b",
        }
    }

    fn output_dir(&self) -> &'static str {
        match self {
            Which::L7b => "runs/llama-7b",
        }
    }
}
""",
    )
    assert {(r.line, r.identifier) for r in refs} == {
        (4, "hf-internal-testing/llama-tokenizer"),
        (5, "LeoLM/leo-hessianai-7b"),
    }


def test_terraform_model_block_of_an_azure_openai_deployment() -> None:
    refs = scan(
        "infrastructure/models.tf",
        """
resource "azurerm_cognitive_deployment" "gpt" {
  name                 = "chat-deployment"
  cognitive_account_id = azurerm_cognitive_account.this.id
  model {
    format  = "OpenAI"
    name    = "gpt-4o"
    version = "2024-08-06"
  }

  sku {
    name = "Standard"
  }
}
""",
    )
    assert {(r.line, r.identifier, r.kind.value) for r in refs} == {(6, "gpt-4o", "service")}


def test_model_card_tags_name_datasets_and_the_base_model() -> None:
    refs = scan(
        "models/dolphin-2.5-mixtral-8x7b/manifest.yaml",
        """
name: dolphin-2.5-mixtral-8x7b
tags:
- transformers
- gguf
- dataset:ehartford/dolphin
- dataset:jondurbin/airoboros-2.2.1
- base_model:ehartford/dolphin-2.5-mixtral-8x7b
- license:apache-2.0
""",
    )
    assert ids(refs) == {
        ("dataset", "ehartford/dolphin"),
        ("dataset", "jondurbin/airoboros-2.2.1"),
        ("model", "ehartford/dolphin-2.5-mixtral-8x7b"),
    }


def test_node_llama_cpp_hub_uris_pick_a_quantisation() -> None:
    refs = scan(
        "package.json",
        """
{
  "scripts": {
    "models:pull": "node-llama-cpp pull \\"hf:bartowski/Qwen_Qwen3-4B-Instruct-2507-GGUF:Q6_K_L\\""
  }
}
""",
    )
    assert ids(refs) == {("model", "bartowski/Qwen_Qwen3-4B-Instruct-2507-GGUF")}


def test_an_indented_fence_ends_where_it_closes() -> None:
    # a fence in a numbered step closes indented; the list after it is prose, not its body
    refs = scan(
        "README.md",
        """
3. **Chat with the model**
   ```bash
   ollama run dolphin-mixtral:8x7b
   ```

## What the setup script does
- Verifies GPU availability with `nvidia-smi`
- Checks/installs Python 3
""",
    )
    assert {(r.line, r.identifier) for r in refs} == {(3, "dolphin-mixtral:8x7b")}


def test_api_names_in_a_section_that_a_models_section_holds() -> None:
    refs = scan(
        "docs/oci-genai-models/README.md",
        """
## Model Selection Guide

### By Use Case

**Code Generation & Analysis:**
- **Best:** `xai.grok-4-maverick` - Superior reasoning
- **Alternative:** `meta.llama-3.3-70b-instruct` - Cost-effective

## Installation

### Requirements
- **Runtime:** `node-20`
""",
    )
    assert {(r.line, r.identifier) for r in refs} == {
        (6, "xai.grok-4-maverick"),
        (7, "meta.llama-3.3-70b-instruct"),
    }


def test_docs_placeholder_owners_in_hub_paths() -> None:
    refs = scan(
        "docs/addons.md",
        "Point it at `hf://organization/model-name` or hf://meta-llama/Llama-3.1-8B.\n",
    )
    assert ids(refs) == {("model", "meta-llama/Llama-3.1-8B")}


def test_a_fence_written_on_one_line_is_inline_code() -> None:
    refs = scan(
        "README.md",
        """
### Train the Model
To start training the model, use the shell script `train.sh`:

```bash train.sh model_path```

Here, 'model_path' represents the path of the base model, e.g., **Qwen/Qwen2-1.5B-Instruct**.

Paste the model name ```sh gpt-35-turbo``` into the modelName field and click next.
""",
    )
    assert {(r.line, r.identifier) for r in refs} == {
        (6, "Qwen/Qwen2-1.5B-Instruct"),
        (8, "gpt-35-turbo"),
    }


def test_a_class_field_after_an_annotated_one_names_its_own_value() -> None:
    # transformers.js's singleton: the `task` field's type annotation ends with its line
    refs = scan(
        "src/ai/worker.ts",
        """
        import { pipeline, env, PipelineType } from "@xenova/transformers";

        class PipelineSingleton {
            static task: PipelineType = 'text-classification';
            static model = 'Xenova/distilbert-base-uncased-finetuned-sst-2-english';
            static instance: any = null;
        }
        """,
    )
    assert {(r.line, r.identifier) for r in refs} == {
        (5, "Xenova/distilbert-base-uncased-finetuned-sst-2-english")
    }


def test_a_typescript_union_of_model_names_one_a_line() -> None:
    refs = scan(
        "src/lib/mode-type.ts",
        """
        export type TBaseModel = "openai" | "anthropic" | "gemini";
        export type TModelKey =
            | "gpt-4-turbo"
            | "gemini-pro"
            | "grok-beta"
            | "o1";
        export type Provider =
          | "openai"
          | "o1";
        """,
    )
    assert {(r.line, r.identifier) for r in refs} == {
        (3, "gpt-4-turbo"),
        (4, "gemini-pro"),
        (5, "grok-beta"),
        (6, "o1"),
    }


def test_node_llama_cpp_pulls_a_file_of_a_hub_repository() -> None:
    refs = scan(
        "package.json",
        r"""
        {
          "scripts": {
            "pull": "node-llama-cpp pull \"hf:mradermacher/Llama-3.1-8B-GGUF/x.Q4_K_M.gguf\""
          }
        }
        """,
    )
    assert {(r.line, r.identifier) for r in refs} == {(3, "mradermacher/Llama-3.1-8B-GGUF")}


def test_rust_fallback_of_a_model_variable() -> None:
    refs = scan(
        "examples/fast_download.rs",
        """
        fn main() {
            let model_id = std::env::args()
                .nth(1)
                .unwrap_or_else(|| "julien-c/dummy-unknown".to_string());
            let out_dir = std::env::args().nth(2).unwrap_or_else(|| "runs/exp-1".to_string());
            let revision = args.revision.unwrap_or("main".to_string());
        }
        """,
    )
    assert {(r.line, r.identifier) for r in refs} == {(4, "julien-c/dummy-unknown")}


def test_an_option_label_is_not_a_second_model() -> None:
    refs = scan(
        "extension/src/options/options.html",
        """
        <label for="modelSelector">Embedding model:</label>
        <select id="modelSelector">
            <option value="Xenova/all-MiniLM-L6-v2">all-MiniLM-L6-v2 (23 MB)
            </option>
            <option value="Xenova/distiluse-base-multilingual-cased-v2">
                distiluse-base-multilingual-cased-v2 (135 MB)
            </option>
        </select>
        <p>We suggest paraphrase-multilingual-mpnet-base-v2 for other languages.</p>
        """,
    )
    assert {(r.line, r.identifier) for r in refs} == {
        (3, "Xenova/all-MiniLM-L6-v2"),
        (5, "Xenova/distiluse-base-multilingual-cased-v2"),
        (9, "sentence-transformers/paraphrase-multilingual-mpnet-base-v2"),
    }


def test_a_bare_fence_holding_a_named_list_of_strings_reads_as_python() -> None:
    refs = scan(
        "research_log.md",
        """
        # Research log

        ```
        basic_transformer_models = [
            "all-MiniLM-L6-v2",
            "bert-base-german-cased",
            "deutsche-telekom/gbert-large-paraphrase-cosine"
        ]
        ```
        """,
    )
    assert {(r.line, r.identifier) for r in refs} == {
        (5, "sentence-transformers/all-MiniLM-L6-v2"),
        (6, "bert-base-german-cased"),
        (7, "deutsche-telekom/gbert-large-paraphrase-cosine"),
    }


def test_bedrock_names_after_docs_mcp_server_s_aws_prefix() -> None:
    refs = scan(
        "docs/guides/embedding-models.md",
        """
        ```bash
        AWS_REGION="us-east-1" \\
        DOCS_MCP_EMBEDDING_MODEL="aws:amazon.titan-embed-text-v1" \\
        npx @arabold/docs-mcp-server@latest
        ```

        An IAM condition such as `aws:SourceIp` names no model.
        """,
    )
    assert {(r.line, r.identifier) for r in refs} == {(3, "amazon.titan-embed-text-v1")}


def test_a_writefile_cell_is_the_file_it_writes() -> None:
    nb = {
        "cells": [
            {
                "cell_type": "code",
                "metadata": {},
                "outputs": [],
                "source": [
                    "%%writefile /content/LLaMA-Factory/examples/train_lora/news.yaml\n",
                    "\n",
                    "### model\n",
                    "model_name_or_path: Qwen/Qwen2.5-1.5B-Instruct\n",
                    "output_dir: saves/qwen-news/lora\n",
                ],
            },
            {
                "cell_type": "code",
                "metadata": {},
                "outputs": [],
                "source": ["%%writefile notes.ipynb\n", '{"model": "acme/never-read"}\n'],
            },
        ]
    }
    text = json.dumps(nb, indent=1)
    refs = scan_text("finetune.ipynb", text)
    assert ids(refs) == {("model", "Qwen/Qwen2.5-1.5B-Instruct")}
    r = one(refs, "Qwen/Qwen2.5-1.5B-Instruct")
    assert text.splitlines()[r.line - 1][r.column - 1 :].startswith("Qwen/Qwen2.5-1.5B-Instruct")
    assert (r.path, r.detector) == ("finetune.ipynb", "notebook")


def test_comments_of_a_readme_s_shell_block_are_prose() -> None:
    refs = scan(
        "README.md",
        """
        Install the backend you want:

        ```bash
        pip install modelgpt[openai]      # OpenAI (gpt-4o, gpt-4o-mini, ...)
        pip install modelgpt[anthropic]   # Anthropic (claude-haiku-4-5, claude-opus-4-5)
        pip install modelgpt[groq]        # Groq (fast + free tier)
        echo $# gpt-4o
        ```
        """,
    )
    assert {(r.line, r.identifier) for r in refs} == {
        (4, "gpt-4o"),
        (4, "gpt-4o-mini"),
        (5, "claude-haiku-4-5"),
        (5, "claude-opus-4-5"),
    }


def test_a_hosted_name_beside_its_hub_repository_is_the_repository() -> None:
    refs = scan(
        "README.md",
        """
        # Jina

        Download `jina-embeddings-v3` model from https://huggingface.co/jinaai/jina-embeddings-v3

        Or call the API with `jina-embeddings-v3` as the model.
        """,
    )
    assert {(r.line, r.kind.value, r.identifier) for r in refs} == {
        (3, "model", "jinaai/jina-embeddings-v3"),
        (5, "service", "jina-embeddings-v3"),
    }


def test_an_ollama_placeholder_in_capitals_is_no_tag() -> None:
    refs = scan(
        "README.md",
        """
        Pull your desired model:

        ```bash
        ollama pull MODEL_NAME:TAG
        ollama pull llama3.2:3b
        ```
        """,
    )
    assert {(r.line, r.identifier) for r in refs} == {(5, "llama3.2:3b")}


def test_a_call_pasted_into_prose_with_its_arguments_on_lines_below() -> None:
    refs = scan(
        "README.md",
        """
        Example Initialization

        client = InferenceClient(
            model="Qwen/Qwen2.5-7B-Instruct",
            token=HF_TOKEN
        )

        The client is created once (see the
            notes below).
        """,
    )
    assert {(r.line, r.kind.value, r.identifier) for r in refs} == {
        (4, "model", "Qwen/Qwen2.5-7B-Instruct")
    }


def test_arguments_below_a_call_are_read_in_linear_time() -> None:
    # (an indented run with no closing parenthesis once backtracked over every split of
    # every line's leading blanks)
    text = "x = f(\n" + "        a b c d e f g h\n" * 3000
    assert scan_text("README.md", text) == []


def test_legacy_ids_in_a_list_under_a_models_heading() -> None:
    refs = scan(
        "docs/compatibility.md",
        """
        # Compatibility

        ### Sequence classification models
        - **DistilBERT**: `distilbert-base-uncased`, `distilbert-base-cased`
        - **XLM-R**: `xlm-roberta-base`

        ### Tokenizers
        - `bert-base-uncased` vocabularies are reused by the fast tokenizer.

        ## Notes
        - The `gpt2` byte-level BPE needs `add_prefix_space=True`.
        """,
    )
    assert {(r.line, r.identifier) for r in refs} == {
        (4, "distilbert-base-uncased"),
        (4, "distilbert-base-cased"),
        (5, "xlm-roberta-base"),
    }


def test_a_rust_enum_of_models_names_them_in_its_serde_renames() -> None:
    refs = scan(
        "src/v1/chat.rs",
        """
        use serde::{Deserialize, Serialize};

        #[derive(Clone, Debug, Deserialize, Serialize)]
        pub enum ChatModel {
            #[serde(rename = "mistral-small-latest")]
            Small,
            #[serde(rename = "codestral-2405")]
            Codestral,
        }

        #[derive(Clone, Debug, Deserialize, Serialize)]
        #[serde(rename_all = "lowercase")]
        pub enum Role {
            #[serde(rename = "system")]
            System,
            #[serde(rename = "assistant")]
            Assistant,
        }

        #[derive(Debug, Deserialize)]
        pub enum ModelError {
            #[serde(rename = "model_not_found")]
            NotFound,
        }
        """,
    )
    assert {(r.line, r.kind.value, r.identifier) for r in refs} == {
        (5, "service", "mistral-small-latest"),
        (7, "service", "codestral-2405"),
    }


def test_a_java_text_block_holding_an_ollama_request_body() -> None:
    refs = scan(
        "src/main/java/com/example/OllamaClient.java",
        '''
        public class OllamaClient {
            @Value("${ollama.base-url:http://localhost:11434}")
            private String ollamaBaseUrl;

            public String ask(String prompt) throws IOException {
                HttpPost request = new HttpPost(ollamaBaseUrl + "/api/generate");
                String jsonBody = String.format("""
                    {
                        "model": "qwen2.5:0.5b",
                        "prompt": %s,
                        "stream": false
                    }""", mapper.writeValueAsString(prompt));
                String note = """
                    Answer briefly; the model is small.
                    """;
                return send(request, jsonBody + note);
            }
        }
        ''',
    )
    assert {(r.line, r.kind.value, r.identifier) for r in refs} == {(9, "service", "qwen2.5:0.5b")}


def test_bumblebee_loads_the_repository_a_variable_names() -> None:
    refs = scan(
        "lib/search/embedding.ex",
        """
        defmodule Search.Embedding do
          def serving() do
            repo = "thenlper/gte-small"
            {:ok, model_info} = Bumblebee.load_model({:hf, repo})
            {:ok, tokenizer} = Bumblebee.load_tokenizer({:hf, repo})
            output_dir = "priv/models/gte-small"
            Bumblebee.Text.text_embedding(model_info, tokenizer, output_pool: :mean_pooling)
          end
        end
        """,
    )
    assert {(r.line, r.identifier) for r in refs} == {(3, "thenlper/gte-small")}


def test_a_pasted_call_whose_parenthesis_has_trailing_blanks_is_read() -> None:
    # (the quick check before the pattern once looked for "(\n" only, so this call was read
    # only when some other line of the file happened to end in a bare parenthesis)
    refs = scan(
        "README.md",
        "Example\n\nembeddings = HuggingFaceEmbeddings(   \n"
        '    model_name="BAAI/bge-small-en-v1.5",\n'
        ")\n",
    )
    assert {(r.line, r.identifier) for r in refs} == {(4, "BAAI/bge-small-en-v1.5")}


def test_an_html_table_s_model_id_column_is_read() -> None:
    refs = scan(
        "src/app/web/docs.html",
        """
        <h3>Anthropic</h3>
        <table>
          <tr><th>Model ID</th><th>Reasoning</th><th>Context</th></tr>
          <tr><td><code>claude-sonnet-4-20250514</code></td><td>Thinking</td><td>200K</td></tr>
          <tr><td><code>glm-4-flash</code></td><td>No</td><td>128K</td></tr>
          <tr><td>qwen-plus</td><td>Yes</td><td>128K</td></tr>
        </table>
        <table>
          <tr><th>Setting</th><th>Value</th></tr>
          <tr><td><code>fast</code></td><td><code>gpt-4o-mini-alias</code></td></tr>
        </table>
        """,
    )
    assert {(r.line, r.kind.value, r.identifier) for r in refs} == {
        (4, "service", "claude-sonnet-4-20250514"),
        (5, "service", "glm-4-flash"),
        (6, "service", "qwen-plus"),
    }


def test_an_html_table_in_a_readme_without_a_model_column_gives_nothing() -> None:
    refs = scan(
        "README.md",
        """
        <table>
          <tr><th>Route</th><th>Upstream</th></tr>
          <tr><td>smart</td><td>router-test-model</td></tr>
          <tr><td><code>checkpoints/run-1</code></td><td>local</td></tr>
        </table>
        """,
    )
    assert refs == []


def test_html_tables_are_read_in_linear_time() -> None:
    # (unclosed tables, rows and cells: each opening tag once scanned to a far bound)
    for text in ("<table><tr><td>" * 40_000, "<table>" + "<tr><th>Model<td>x" * 40_000):
        t0 = time.perf_counter()
        scan_text("docs/page.html", text)
        assert time.perf_counter() - t0 < 5


def test_a_supported_models_column_listing_names_one_a_line() -> None:
    refs = scan(
        "docs/source/includes/base_models.md",
        """
        | Provider | Supported models |
        | --- | --- |
        | **OpenAI** | gpt-5 <br>gpt-4.1-mini <br>o3-mini  |
        | **Anthropic** | claude-3-5-haiku-latest <br/>claude-3-7-sonnet-latest   |
        | **Azure** | [chat models](https://learn.microsoft.com/x) <br><br>**Note:** no GPT 3.5 |
        """,
    )
    assert {(r.line, r.identifier) for r in refs} == {
        (3, "gpt-5"),
        (3, "gpt-4.1-mini"),
        (3, "o3-mini"),
        (4, "claude-3-5-haiku-latest"),
        (4, "claude-3-7-sonnet-latest"),
    }


def test_a_heading_over_links_to_other_repositories_is_a_family_not_an_id() -> None:
    refs = scan(
        "doc/known-good-models.md",
        """
        # Known-good models

        ## GPT-NeoX/RedPajama

        - <https://huggingface.co/rustformers/redpajama-ggml>

        # Default models

        ## forestav/LoRA-2000

        Fine-tuned on our data: <https://huggingface.co/forestav/LoRA-2000>.
        """,
    )
    assert {(r.line, r.identifier) for r in refs} == {
        (5, "rustformers/redpajama-ggml"),
        (9, "forestav/LoRA-2000"),
        (11, "forestav/LoRA-2000"),
    }


def test_an_example_repo_id_offered_across_a_line_break() -> None:
    refs = scan(
        "scripts/cpu_probe.py",
        '''
        """CPU probe.

        --model accepts a catalog name (e.g. sdar:4b) or an HF repo id (e.g.
        JetLM/SDAR-1.7B-Chat). A repo id derives a probe recipe.
        """
        ''',
    )
    assert {(r.line, r.identifier) for r in refs} == {(4, "JetLM/SDAR-1.7B-Chat")}


def test_a_bicep_model_deployment_is_read_as_code() -> None:
    refs = scan(
        "infra/bicep/openai.bicep",
        """
        param deployments array = [
          {
            name: 'chat'
            model: {
              format: 'OpenAI'
              name: 'gpt-4o'
              version: '2024-05-13'
            }
            sku: {
              name: 'Standard'
            }
          }
        ]
        """,
    )
    assert {(r.line, r.kind.value, r.identifier) for r in refs} == {(6, "service", "gpt-4o")}


def test_a_terraform_variable_s_default_takes_the_variable_s_name() -> None:
    refs = scan(
        "terraform/variables.tf",
        """
        variable "bedrock_agent_foundation_model_id" {
          default     = "anthropic.claude-3-5-sonnet-20241022-v2:0"
          description = "The foundation model ID for the agent."
          type        = string
        }

        variable "bucket_name" {
          default = "my-org/knowledge-base"
        }
        """,
    )
    assert {(r.line, r.identifier) for r in refs} == {
        (2, "anthropic.claude-3-5-sonnet-20241022-v2:0")
    }


def test_ollamasharps_client_takes_its_default_model() -> None:
    refs = scan(
        "SK.Ollama/OllamaChatCompletionService.cs",
        """
        var ollama = new OllamaApiClient("http://localhost:11434", "qwen2");
        var other = new OllamaApiClient(new Uri(host));
        """,
    )
    assert {(r.line, r.kind.value, r.identifier) for r in refs} == {(1, "service", "qwen2")}


def test_an_html_model_column_of_a_catalogues_short_names_is_not_read() -> None:
    refs = scan(
        "README.md",
        """
        <table>
          <tr><th>Model</th><th>Parameters</th><th>Start a Server</th></tr>
          <tr>
            <td>gemma2</td>
            <td>2b</td>
            <td><code>openllm serve gemma2:2b</code></td>
          </tr>
          <tr><td>mistral-large</td><td>24b</td><td>...</td></tr>
        </table>
        """,
    )
    assert {(r.line, r.identifier) for r in refs} == {(6, "gemma2:2b")}


def test_a_fallback_before_a_model_key_is_no_conditional() -> None:
    # (`??` counted as a conditional's `?`, so the next key's `:` closed it)
    refs = scan(
        "api/index-text.ts",
        """
        function makeLLM() {
          return new OpenAICompatibleLLM({
            baseUrl: process.env.LLM_BASE_URL ?? "https://api.groq.com/openai/v1",
            model: process.env.LLM_MODEL ?? "llama-3.3-70b-versatile",
            apiKey: process.env.GROQ_API_KEY ?? "",
          });
        }
        """,
    )
    assert {(r.line, r.identifier) for r in refs} == {(4, "llama-3.3-70b-versatile")}


def test_test_model_placeholders_and_a_moving_claude_alias() -> None:
    refs = scan(
        "test/llm-backends.test.ts",
        """
        const llm = new OllamaLLM("test-model", mockUrl);
        const real = new OllamaLLM("llama3");
        const model = process.env.PDF2WORD_MODEL ?? "claude-sonnet-latest";
        """,
    )
    assert {(r.line, r.identifier) for r in refs} == {(2, "llama3"), (3, "claude-sonnet-latest")}


def test_a_go_ollama_client_call_takes_its_model_after_the_context() -> None:
    refs = scan(
        "examples/pull/main.go",
        """
        package main

        import "github.com/liliang-cn/ollama-go"

        func main() {
        \tctx := context.Background()
        \tresponse, err := ollama.Embed(ctx, "llama3.2", "Hello, world!")
        \tresponseChan, errorChan := ollama.PullStream(ctx, "gemma3")
        }
        """,
    )
    assert {(r.line, r.identifier) for r in refs} == {(7, "llama3.2"), (8, "gemma3")}


def test_a_godot_script_s_model_table_is_read_as_code() -> None:
    # GDScript (.gd): a game's Groq provider lists its models as dictionary keys.
    refs = scan(
        "Scripts/GroqProvider.gd",
        """
        extends Node

        const PRODUCTION_MODELS: Dictionary = {
            "llama-3.3-70b-versatile": {
                "name": "Llama 3.3 70B Versatile",
                "speed": "280 t/s",
            },
            "openai/gpt-oss-120b": {
                "name": "GPT-OSS 120B",
            },
        }

        var current_model: String = "llama-3.1-8b-instant"
        var model_path = "res://AIModels/qwen2.5-0.5b-instruct-q4_k_m.gguf"
        """,
    )
    assert {(r.line, r.kind.value, r.identifier) for r in refs} == {
        (4, "service", "llama-3.3-70b-versatile"),
        (8, "model", "openai/gpt-oss-120b"),
        (13, "service", "llama-3.1-8b-instant"),
    }


def test_a_hosted_name_quoted_in_readme_prose() -> None:
    refs = scan(
        "README.md",
        """
        ## Configuration

        The extension currently uses the "claude-3-5-sonnet-20240620" model by default.
        Quote it as you like: the "gpt-4" series, "claude" or "gemini-pro" alone are families.
        """,
    )
    assert {(r.line, r.identifier) for r in refs} == {(3, "claude-3-5-sonnet-20240620")}


def test_a_struct_literal_of_a_model_type_names_its_model() -> None:
    refs = scan(
        "lib/app/models.ex",
        """
        defmodule App.Models do
          @models_folder_path Application.compile_env!(:app, :models_cache_dir)

          @captioning_test_model %ModelInfo{
            name: "microsoft/resnet-50",
            cache_path: Path.join(@models_folder_path, "resnet-50"),
            load_featurizer: true
          }

          @owner %UserInfo{name: "dwyl/image-classifier"}
        end
        """,
    )
    assert {(r.line, r.identifier) for r in refs} == {(5, "microsoft/resnet-50")}


def test_zig_and_haskell_clients_are_read_as_code() -> None:
    zig = scan(
        "examples/chat/main.zig",
        """
        var ollama = try Ollama.init(.{ .host = "localhost", .port = 11434, .allocator = a });
        var responses = try ollama.chat(.{ .model = "llama3.2", .messages = &.{
            .{ .role = .user, .content = "Why is the sky blue?" },
        } });
        """,
    )
    assert {(r.line, r.identifier) for r in zig} == {(2, "llama3.2")}
    hs = scan(
        "src/OpenAiUtils.hs",
        """
        let url = "https://api.openai.com/v1/chat/completions"
            requestBody = encode ChatRequest
              { model = "gpt-4o"
              , messages = messages
              }
        """,
    )
    assert {(r.line, r.identifier) for r in hs} == {(3, "gpt-4o")}


def test_transformers_jl_hgf_string_macro() -> None:
    refs = scan(
        "README.md",
        """
        ```julia
        julia> using Transformers.HuggingFace
        # loading a model from huggingface model hub
        julia> model = hgf"bert-base-cased:forquestionanswering";
        julia> enc = hgf"openai-community/gpt2:tokenizer";
        ```
        """,
    )
    assert {(r.line, r.identifier) for r in refs} == {
        (4, "bert-base-cased"),
        (5, "openai-community/gpt2"),
    }
    jl = scan("src/load.jl", 'const encoder = hgf"google-bert/bert-base-uncased:model"\n')
    assert [(r.line, r.identifier) for r in jl] == [(1, "google-bert/bert-base-uncased")]


def test_r_hfhub_downloads() -> None:
    refs = scan(
        "README.md",
        """
        ``` r
        library(hfhub)
        path <- hub_download("gpt2", "config.json")
        snap <- hub_snapshot("BAAI/bge-small-en-v1.5")
        ```
        """,
    )
    assert {(r.line, r.identifier) for r in refs} == {
        (3, "gpt2"),
        (4, "BAAI/bge-small-en-v1.5"),
    }


def test_r_assignment_of_a_constructed_model() -> None:
    refs = scan(
        "README.md",
        """
        ```r
        library(golgotha)
        model <- BERT("bert-base-multilingual-uncased")
        x <- embed(model, "Hello world")
        path <- file.path("models", "bert-base-cased")
        ```
        """,
    )
    assert {(r.line, r.identifier) for r in refs} == {(3, "bert-base-multilingual-uncased")}


def test_an_r_markdown_chunk_is_read_as_its_language() -> None:
    refs = scan(
        "README.Rmd",
        """
        ```{r setup, include=FALSE}
        library(golgotha)
        model <- BERT("bert-base-multilingual-cased")
        ```
        """,
    )
    assert {(r.line, r.identifier) for r in refs} == {(3, "bert-base-multilingual-cased")}


def test_a_settings_table_s_type_column_is_no_model() -> None:
    refs = scan(
        "README.md",
        """
        ## Ollama agent settings

        | Parameter | Type | Default | Description |
        |-----------|------|---------|-------------|
        | `ollama_host` | `str` | `"localhost"` | Ollama server host |
        | `ollama_model` | `str` | `"qwen3:0.6b"` | Model to use |
        """,
    )
    assert {(r.line, r.identifier) for r in refs} == {(6, "qwen3:0.6b")}


def test_a_provider_s_name_in_an_ollama_readme_is_no_model() -> None:
    refs = scan(
        "README.md",
        """
        Run it locally with Ollama at `localhost:11434`.

        | Parameter | Type | Default | Description |
        |---|---|---|---|
        | `llm_provider` | `str` | `"deepseek"` | LLM provider name |
        | `llm_model` | `str` | `"qwen2.5:14b"` | LLM model name |
        """,
    )
    assert {(r.line, r.identifier) for r in refs} == {(6, "qwen2.5:14b")}


def test_llama_cpp_s_programs_are_not_models() -> None:
    refs = scan(
        "docs/plan.md",
        """
        Run the model with Ollama first (`llama3.2`), then compare with llama.cpp:
        `llama-bench` on the same model needs the CUDA build; `llama-quantize` makes the model.
        """,
    )
    assert {(r.line, r.identifier) for r in refs} == {(1, "llama3.2")}


def test_chinese_readme_model_lists() -> None:
    refs = scan(
        "README.md",
        """
        ### 4. 多模型支持
        - **OpenAI模型**: GPT-3.5, GPT-4, GPT-4o等
        - **DeepSeek模型**: deepseek-chat, deepseek-coder等（兼容OpenAI接口）
        - **通义千问**: qwen-turbo, qwen-plus等

        #### 文心一言模型
        - ernie-bot, ernie-bot-turbo, ernie-bot-4

        #### 安装
        - pandas, numpy, requests

        ### Deprecated Models (No Longer Available)
        - claude-2.1, claude-2
        """,
    )
    assert {(r.line, r.identifier) for r in refs} == {
        (3, "deepseek-chat"),
        (3, "deepseek-coder"),
        (4, "qwen-turbo"),
        (4, "qwen-plus"),
        (7, "ernie-bot"),
        (7, "ernie-bot-turbo"),
        (7, "ernie-bot-4"),
    }


def test_a_space_named_nearer_than_the_model_it_serves() -> None:
    refs = scan(
        "readme.md",
        """
        # TTS_DEMO - Remote Voice Cloning Web App using Hugging Face API

        The TTS model is powered remotely by Hugging Face Spaces (`mrfakename/E2-F5-TTS`).
        The Hugging Face Spaces demo runs the model `SWivid/F5-TTS` for it.
        """,
    )
    assert {(r.kind, r.identifier, r.line) for r in refs} == {
        (Kind.SPACE, "mrfakename/E2-F5-TTS", 3),
        (Kind.MODEL, "SWivid/F5-TTS", 4),
    }


def test_ros_launch_files_and_other_xml_settings() -> None:
    text = """
    <launch>
      <arg name="key" default="$(optenv OPENAI_API_KEY)" />
      <arg name="model" default="gpt-3.5-turbo" />
      <arg name="checkpoint" default="$(find blip)/weights/model.pt" />
      <node pkg="video_blip_ros" type="video_blip.py" name="model">
        <param name="model_name" type="str" value="kpyu/video-blip-opt-2.7b-ego4d"/>
        <param name="image_topic_name" value="/image_raw"/>
      </node>
      <property name="spring.ai.openai.chat.options.model" value="gpt-4o-mini"/>
    </launch>
    """
    for path in ("launch/openai.launch", "launch/blip.launch.xml", "conf/beans.xml"):
        refs = scan(path, text)
        assert {(r.identifier, r.line) for r in refs} == {
            ("gpt-3.5-turbo", 3),
            ("kpyu/video-blip-opt-2.7b-ego4d", 6),
            ("gpt-4o-mini", 9),
        }, path


def test_a_statically_imported_sdk_constant_is_read_where_it_is_used() -> None:
    refs = scan(
        "tutorials/src/main/java/_00_HelloWorld.java",
        """
        import dev.langchain4j.model.openai.OpenAiChatModel;

        import static dev.langchain4j.model.openai.OpenAiChatModelName.GPT_4_O_MINI;

        public class _00_HelloWorld {
            public static void main(String[] args) {
                ChatLanguageModel model = OpenAiChatModel.builder()
                        .apiKey(ApiKeys.OPENAI_API_KEY)
                        .modelName(GPT_4_O_MINI)
                        .build();
            }
        }
        """,
    )
    assert {(r.identifier, r.line, r.text) for r in refs} == {("gpt-4o-mini", 9, "GPT_4_O_MINI")}


def test_an_id_in_a_quoted_paragraph_is_prose() -> None:
    refs = scan(
        "sessions/wave-5-detail-polish.md",
        """
        > Drafted 2026-07-31 by hngh's local agent loop (queue -> task-driver -> :local-openai-api -> unsloth/gemma-4-12b-it-qat-GGUF, 1727 tokens, $0). Reviewed and adopted.

        Hello there.
        """,  # noqa: E501
    )
    assert {(r.identifier, r.line) for r in refs} == {("unsloth/gemma-4-12b-it-qat-GGUF", 1)}


def test_doc_pictures_hosts_and_header_cells_in_a_readme() -> None:
    refs = scan(
        "README.md",
        """
        Use `serving.ckodex.com/v1` for new `LLMInferenceService` resources, with `Qwen/Qwen3-8B`.

        | Preset | Model | Vision/OCR |
        |---|---|---|
        | `qwen3-vl-8b` | Qwen3-VL 8B FP8 | yes |

        | Scenario | meta-llama/llama-3.1-8b-instruct |
        |:---|:---|
        | Breathing | +30.6% |

        ```bash
        curl -X POST -d '{"image_url": "https://huggingface.co/datasets/huggingface/documentation-images/resolve/main/p-blog/candy.JPG"}' http://localhost:8000/
        ```
        """,  # noqa: E501
    )
    assert {(r.identifier, r.line) for r in refs} == {
        ("Qwen/Qwen3-8B", 1),
        ("meta-llama/llama-3.1-8b-instruct", 7),
    }


def test_a_pictures_drawn_text_is_output_and_its_links_count() -> None:
    refs = scan(
        "docs/assets/svgs/validmodels.svg",
        """
        <svg xmlns="http://www.w3.org/2000/svg" width="800" height="400">
          <text x="0" y="20">$ askchat --all-valid-models</text>
          <text x="0" y="40">gpt-4o  qwen:72b  codellama:7b  claude-3-opus</text>
          <a href="https://huggingface.co/Qwen/Qwen2.5-7B-Instruct"><text>model card</text></a>
        </svg>
        """,
    )
    assert {(r.identifier, r.line) for r in refs} == {("Qwen/Qwen2.5-7B-Instruct", 4)}


def test_a_toml_fence_and_a_request_body_pasted_without_one() -> None:
    refs = scan(
        "README.md",
        """
        Example `fermi.toml`:

        ```toml
        [model]
        id = "Qwen/Qwen3-1.7B"
        offline = false
        ```

        curl https://ark.cn-beijing.volces.com/api/v3/responses \\
        -d '{
            "model": "doubao-seed-2-0-mini-260215",
            "name": "my-run"
        }'
        """,
    )
    assert {(r.identifier, r.line) for r in refs} == {
        ("Qwen/Qwen3-1.7B", 5),
        ("doubao-seed-2-0-mini-260215", 11),
    }


def test_a_hub_url_template_names_no_repository_before_its_placeholder() -> None:
    refs = scan(
        "readme.md",
        """
        Models: https://huggingface.co/sunyiyou/openr1_{category}_1k_lg_{seed}
        Weights: https://huggingface.co/ggerganov/whisper.cpp/resolve/main/ggml-${model}.bin
        """,
    )
    assert {(r.identifier, r.line) for r in refs} == {("ggerganov/whisper.cpp", 2)}


def test_a_file_calling_ollamas_rest_routes_on_a_host_talks_to_ollama() -> None:
    text = """
    const response = await fetch('http://vellama.flycast:80/api/generate', {
      method: 'POST',
      body: JSON.stringify({
        model: 'llama3.1',
        stream: false
      })
    });
    """
    assert {(r.identifier, r.line) for r in scan("app/SaverAI.tsx", text)} == {("llama3.1", 4)}
    relative = text.replace("http://vellama.flycast:80/api/generate", "/api/generate")
    assert scan("app/SaverAI.tsx", relative) == []


def test_a_sized_tag_before_a_sentences_colon_keeps_its_size() -> None:
    refs = scan(
        "04-ollama/README.md",
        """
        # Ollama

        Ejecute el siguiente comando para instalar el modelo deepseek-r1:1.5b:
        """,
    )
    assert [(r.identifier, r.line) for r in refs] == [("deepseek-r1:1.5b", 3)]


def test_shell_aliases_under_an_ollama_heading_are_no_models() -> None:
    refs = scan(
        "docs/aliases/ai/README.md",
        """
        ### Ollama (Local LLM)
        - `ol` - Ollama shortcut
        - `olr` - Run model
        - `llama3` - the default model
        """,
    )
    assert [(r.identifier, r.line) for r in refs] == [("llama3", 4)]


def test_a_routers_own_route_names_are_its_vocabulary() -> None:
    text = """
    const ROUTE_MODEL: &str = "switchyard/random";

    #[tokio::test]
    async fn routes() {
        let a = json!({"model": "switchyard/classify", "messages": []});
        let b = json!({"model": "switchyard/escalation", "messages": []});
        let c = json!({"model": "switchyard/stage", "messages": []});
        let d = json!({"model": "meta-llama/Llama-3.1-8B-Instruct", "messages": []});
    }
    """
    refs = scan("crates/switchyard-server/tests/server.rs", text)
    assert [(r.identifier, r.line) for r in refs] == [("meta-llama/Llama-3.1-8B-Instruct", 8)]
    # an organisation's models carry sizes and versions: four of them stay models
    sized = text.replace("switchyard/", "acme-lab/robo-7b-")
    assert len(scan("crates/switchyard-server/tests/server.rs", sized)) == 5


def test_sphinx_source_copies_and_myst_cards_are_markdown() -> None:
    text = """
    ## Available Models

    ````{card}
    **Pre-trained Molecular Language Models**
    ^^^

    | Key | Model | HF Model Name | Embedding Dim |
    |-----|-------|---------------|---------------|
    | `chemberta` | ChemBERTa v1 | seyonec/ChemBERTa-zinc-base-v1 | 768 |
    | `molformer` | MolFormer-XL | ibm/MoLFormer-XL-both-10pct | 768 |
    ````

    ```python
    featurizer = get_featurizer("chemberta")
    ```
    """
    for path in ("docs/_sources/usage/mlm.md.txt", "docs/usage/mlm.md"):
        refs = scan(path, text)
        assert {(r.identifier, r.line) for r in refs} == {
            ("seyonec/ChemBERTa-zinc-base-v1", 9),
            ("ibm/MoLFormer-XL-both-10pct", 10),
        }, path


def test_a_plaintext_fence_of_settings_and_nixtlas_hosted_models() -> None:
    readme = """
    1. Configure the model:

        ```plaintext
        OLLAMA_MODEL=mistral
        ```
    """
    assert [(r.identifier, r.line) for r in scan("README.md", readme)] == [("mistral", 4)]
    r_code = 'nixtla_client_historic <- function(df, h=8, model="timegpt-1"){\n  df\n}\n'
    assert [r.identifier for r in scan("R/nixtla_client_historic.R", r_code)] == ["timegpt-1"]


def test_a_slurm_jobs_positional_model_from_a_science_lab() -> None:
    job = """
    #!/bin/bash
    #SBATCH --gpus=1
    python /cluster/work/msc_thesis/mcc_finetune_all.py InstaDeepAI/nucleotide-transformer-v2-50m-multi-species
    """  # noqa: E501
    refs = scan("jobs/finetune_all/job1.sh", job)
    assert [(r.identifier, r.line) for r in refs] == [
        ("InstaDeepAI/nucleotide-transformer-v2-50m-multi-species", 3)
    ]


def test_litellms_openrouter_paths_in_a_runs_printed_results() -> None:
    refs = scan(
        "README.md",
        """
        ### Example Ranking (OpenRouter run):
        ```
           model                                   pagerank_score
        0  openrouter/openai/gpt-5                 0.168470
        1  openrouter/anthropic/claude-opus-4.1    0.135553
        ```
        """,
    )
    assert [(r.identifier, r.line) for r in refs] == [("gpt-5", 4), ("claude-opus-4.1", 5)]


def test_sentence_transformers_name_in_a_fences_comment() -> None:
    refs = scan(
        "README.md",
        """
        ```bash
        pip install 'lens-embed[text]'    # sentence-transformers (all-MiniLM-L6-v2)
        cp all-MiniLM-L6-v2 backup/
        ```
        """,
    )
    assert [(r.identifier, r.line) for r in refs] == [("sentence-transformers/all-MiniLM-L6-v2", 2)]


def test_unknown_items_of_a_list_of_models() -> None:
    # FlexRAG's tested_models.md (real-259): most items are models any reader knows
    refs = scan(
        "tested_models.md",
        """
        # Tested Huggingface Models

        ## Tested HFEncoders
        - jinaai/jina-embeddings-v3
        - BAAI/bge-m3
        - facebook/contriever
        - facebook/contriever-msmarco
        - facebook/dragon-plus-query-encoder
        - nomic-ai/nomic-embed-text-v1.5
        - sentence-transformers/msmarco-MiniLM-L-12-v3
        - intfloat/e5-base-v2

        ## Related projects
        - facebook/react
        - pytorch/pytorch
        """,
    )
    assert [r.identifier for r in sorted(refs, key=lambda r: r.line)] == [
        "jinaai/jina-embeddings-v3",
        "BAAI/bge-m3",
        "facebook/contriever",
        "facebook/contriever-msmarco",
        "facebook/dragon-plus-query-encoder",
        "nomic-ai/nomic-embed-text-v1.5",
        "sentence-transformers/msmarco-MiniLM-L-12-v3",
        "intfloat/e5-base-v2",
    ]


def test_a_prolific_publishers_model_after_a_command_nobody_knows() -> None:
    # a project's own CLI (`colbert-export ID`) gives no loader context: the id is read because
    # its organisation publishes models (lightonai, sshleifer, jonatasgrosman, Qwen), and a GitHub
    # repository of the same organisation is not a model
    refs = scan(
        "README.md",
        """
        ```bash
        colbert-export lightonai/GTE-ModernColBERT-v1 --output ./onnx
        summarise --checkpoint-from sshleifer/distilbart-cnn-12-6 notes.txt
        transcribe jonatasgrosman/wav2vec2-large-xlsr-53-english audio.wav
        edit --base Qwen/Qwen-Image-Edit photo.png
        echo "Qwen/DashScope and Qwen/Hermes-style tool calls"
        git clone https://github.com/lightonai/pylate
        pip install git+https://github.com/lightonai/pylate
        ```
        """,
    )
    assert {(r.kind.value, r.identifier, r.line) for r in refs} == {
        ("model", "lightonai/GTE-ModernColBERT-v1", 2),
        ("model", "sshleifer/distilbart-cnn-12-6", 3),
        ("model", "jonatasgrosman/wav2vec2-large-xlsr-53-english", 4),
        # Qwen's code lives under QwenLM, and its models carry its name (not prose's pairs)
        ("model", "Qwen/Qwen-Image-Edit", 5),
    }


def test_mteb_results_in_a_model_cards_front_matter() -> None:
    # every MTEB result names its dataset first (`- dataset:`) and pins its revision
    refs = scan(
        "README.md",
        """
        ---
        model-index:
        - name: stella_en_1.5B_v5
          results:
          - dataset:
              config: en
              name: MTEB AmazonCounterfactualClassification (en)
              revision: e8379541af4e31359cca9fbcf4b00f2671dba205
              split: test
              type: mteb/amazon_counterfactual
            metrics:
            - type: accuracy
              value: 92.86567164179104
            task:
              type: Classification
          - task:
              type: Classification
            dataset:
              type: mteb/amazon_polarity
        ---
        # stella
        """,
    )
    assert {(r.kind.value, r.identifier, r.line, r.revision) for r in refs} == {
        ("dataset", "mteb/amazon_counterfactual", 10, "e8379541af4e31359cca9fbcf4b00f2671dba205"),
        ("dataset", "mteb/amazon_polarity", 19, None),
    }


def test_fences_of_commands_by_other_names() -> None:
    # onnxruntime-genai's README: a ```script fence of Windows commands
    refs = scan(
        "examples/csharp/HelloPhi/README.md",
        """
        ```script
        huggingface-cli download microsoft/Phi-4-mini-instruct-onnx --local-dir models
        move models\\cpu_and_mobile models\\phi
        ```

        ```terminal
        ollama pull llama3.2:3b
        ```
        """,
    )
    assert {(r.kind.value, r.identifier, r.line) for r in refs} == {
        ("model", "microsoft/Phi-4-mini-instruct-onnx", 2),
        ("service", "llama3.2:3b", 7),
    }


def test_a_python_import_in_a_bare_fence_is_no_modelfile() -> None:
    # a model card that shows an Ollama Modelfile further down, and Python in bare fences
    refs = scan(
        "readme-hf.md",
        """
        ### Standard Transformers

        ```
        from transformers import AutoModelForCausalLM, AutoTokenizer

        model = AutoModelForCausalLM.from_pretrained("Qwen/Qwen3-0.6B")
        ```

        ### Ollama

        Write a Modelfile:

        ```
        FROM ./qwen3-swarm.gguf
        ```
        """,
    )
    assert {(r.kind.value, r.identifier, r.line) for r in refs} == {("model", "Qwen/Qwen3-0.6B", 6)}


def test_the_hubs_mirror_serves_its_repositories_under_the_same_paths() -> None:
    # hf-mirror.com, for users in China: a repository's file on the mirror is the Hub's;
    # the endpoint setting alone names none
    refs = scan(
        "docs/localai.md",
        """
        export HF_ENDPOINT=https://hf-mirror.com
        wget https://hf-mirror.com/TheBloke/Luna-AI-Llama2-Uncensored-GGUF/blob/main/luna.Q4_0.gguf
        - [model card](https://hf-mirror.com/datasets/tatsu-lab/alpaca)
        """,
    )
    assert {(r.kind.value, r.identifier, r.line, r.revision) for r in refs} == {
        ("model", "TheBloke/Luna-AI-Llama2-Uncensored-GGUF", 2, "main"),
        ("dataset", "tatsu-lab/alpaca", 3, None),
    }


def test_tool_call_format_names_beside_ollama_are_not_models() -> None:
    # codii's PKG-INFO (PyPI, 2026): format names share a family's prefix, but the Ollama
    # library never puts an underscore in a name; the `llama3.2` below is one.
    refs = scan(
        "PKG-INFO",
        """
        Ollama (default `:11434`), LM Studio (default `:1234`), vLLM, OpenRouter.

        Four sequential probes run before the first session and results are cached per model:

        - Format detection: the model's raw format (`gemma4_tokens`, `hermes_xml`, `qwen_json`)
        - Pick a model (`llama3.2`, `qwen3`) with `codii --backend ollama`.
        """,
    )
    assert ids(refs) == {("service", "llama3.2"), ("service", "qwen3")}


def test_hosted_api_names_as_code_in_any_table_column() -> None:
    # nanobanana-mcp-server's knowledge base (PyPI, 2026): a versioned first-party name in
    # backticks is the model, whatever the column is headed; a family word is not.
    refs = scan(
        "docs/knowledge-base/01-tech-stack/README.md",
        """
        | Service | Purpose | Auth |
        |---------|---------|------|
        | Gemini Flash (`gemini-2.5-flash-image`) | Fast image generation, 1024px | API Key |
        | Gemini Pro (`gemini-3-pro-image-preview`) | 4K quality generation | API Key |
        | Gemini Files API (`gemini`) | File upload and reuse across calls | `v1beta` |
        """,
    )
    assert [(r.line, r.kind.value, r.identifier) for r in refs] == [
        (3, "service", "gemini-2.5-flash-image"),
        (4, "service", "gemini-3-pro-image-preview"),
    ]


def test_category_pairs_in_a_dataset_cards_table_are_not_ids() -> None:
    # cat-pol's README (PyPI, 2026): under a dataset's heading, a category column's
    # `Gold/commodities` is two words; a column headed Dataset still holds datasets.
    refs = scan(
        "README.md",
        """
        ### Trump Truth Social Dataset Columns

        | Ticker | Name | Category |
        |--------|------|----------|
        | `gld` | SPDR Gold Shares | Gold/commodities |
        | `uso` | United States Oil Fund | Oil/energy |
        | `tlt` | iShares 20+ Year Treasury Bond ETF | Bonds/rates |

        ### Benchmarks

        | Dataset | Split |
        |---------|-------|
        | stanfordnlp/imdb | test |
        """,
    )
    assert ids(refs) == {("dataset", "stanfordnlp/imdb")}


def test_a_hosted_name_and_its_other_size_after_a_slash() -> None:
    # ragmortem's README (PyPI, 2026): `text-embedding-3-small/large` is two OpenAI models,
    # not a Hub repository of a user named for one.
    refs = scan(
        "README.md",
        """
        * **Embedding Calibration**: supports OpenAI (`text-embedding-3-small/large`), BGE.
        """,
    )
    assert ids(refs) == {("service", "text-embedding-3-small")}


def test_a_family_named_in_a_bullet_about_a_model_is_no_model() -> None:
    # awesome-instruction-dataset's README (GitHub, 2024): `gpt-3.5` names a family, the
    # API's names carry a variant (`gpt-3.5-turbo`).
    refs = scan(
        "README.md",
        """
        - Data generation model: `gpt-3.5`, `human generated`
        - Data generation model: `gpt-3.5-turbo`
        """,
    )
    assert ids(refs) == {("service", "gpt-3.5-turbo")}


def test_a_ticked_bedrock_id_in_prose_is_that_model() -> None:
    refs = scan(
        "LOGS.md",
        """
        ## 2026-03-04

        - Confirmed Claude via Bedrock is usable with `us.anthropic.claude-opus-4-5-20251101-v1:0`;
          `anthropic.claude-sonnet-4-20250514-v1:0` was rejected for on-demand throughput.
        - Reran the batch with the default profile and `max_tokens` 4096.
        """,
    )
    assert ids(refs) == {
        ("service", "us.anthropic.claude-opus-4-5-20251101-v1:0"),
        ("service", "anthropic.claude-sonnet-4-20250514-v1:0"),
    }


def test_a_table_cell_listing_ids_and_a_format_column() -> None:
    refs = scan(
        "opea-comps/README.md",
        """
        ## Supported models

        ```markdown
        | Arch | Example HF Models | RAM |
        |---|---|---|
        | Arctic | Snowflake/snowflake-arctic-base, Snowflake/snowflake-arctic-instruct, etc. | 16 |
        | OLMoForCausalLM | allenai/OLMo-1B-hf, allenai/OLMo-7B-hf | 16GB |
        ```

        | Task | Dataset | Format |
        |---|---|---|
        | Sentiment | https://huggingface.co/datasets/Starscream-11813/BanglaBook | CSV/JSON |
        """,
    )
    assert ids(refs) == {
        ("model", "Snowflake/snowflake-arctic-base"),
        ("model", "Snowflake/snowflake-arctic-instruct"),
        ("model", "allenai/OLMo-1B-hf"),
        ("model", "allenai/OLMo-7B-hf"),
        ("dataset", "Starscream-11813/BanglaBook"),
    }


def test_a_connection_before_its_model_and_a_table_of_actual_models() -> None:
    refs = scan(
        "inference-proxy/README.md",
        """
        ```toml
        [routes]
        "*" = "openai.gpt-3.5-turbo"  # Default fallback
        "gpt-4*" = "openai.gpt-4"
        "opus" = "my_anthropic_connection.claude-opus-4-1-20250805"
        model = "openai.gpt-oss-120b-1:0"
        ```

        | Alias | Actual Model | Provider |
        |------|----------|--------|
        | `claude` | claude-sonnet-4 | Anthropic |
        | `glm` | glm-4 | Zhipu GLM |
        """,
    )
    assert ids(refs) == {
        ("service", "gpt-3.5-turbo"),
        ("service", "gpt-4"),
        ("service", "claude-opus-4-1-20250805"),
        ("service", "openai.gpt-oss-120b-1:0"),
        ("service", "claude-sonnet-4"),
        ("service", "glm-4"),
    }


def test_display_names_in_a_providers_table_are_not_claude_codes_aliases() -> None:
    refs = scan(
        "ghostcore/README.md",
        """
        | Provider | Models |
        |----------|--------|
        | OpenAI | GPT-4, GPT-4o, o1, o1-mini |
        | Anthropic | Claude Sonnet, Opus, Haiku |

        Run `claude --model opus` for the hardest tasks.
        """,
    )
    assert ids(refs) == {("service", "o1"), ("service", "o1-mini"), ("service", "opus")}


def test_two_kinds_of_checkpoint_are_no_repository() -> None:
    refs = scan(
        "docs/model-basics.md",
        """
        # Model basics (GGUF & picks)

        - Pick **instruct/chat** variants for conversational use, **fp16/bf16** on GPUs.
        - Pick **Qwen/Qwen2.5-7B-Instruct** to start.
        """,
    )
    assert ids(refs) == {("model", "Qwen/Qwen2.5-7B-Instruct")}


def test_a_settings_table_row_listing_several_models() -> None:
    refs = scan(
        "CLAUDE.md",
        """
        | 變數 | 說明 | 預設值 |
        |------|------|--------|
        | `NANOBANANA_MODEL` | 主要模型 | `gemini-3-pro-image-preview` |
        | `NANOBANANA_FALLBACK_MODELS` | 備用 | `gemini-2.5-flash-image,gemini-2.0-flash-exp` |
        """,
    )
    assert {(r.line, r.identifier) for r in refs} == {
        (3, "gemini-3-pro-image-preview"),
        (4, "gemini-2.5-flash-image"),
        (4, "gemini-2.0-flash-exp"),
    }


def test_a_continue_config_in_a_readme_fence_reads_its_provider() -> None:
    refs = scan(
        "README.md",
        """
        We're using Ollama and this `.continue/config.json` settings.

        ```json
        ...
          "models": [
            {
              "model": "vanilj/Phi-4",
              "provider": "ollama",
              "title": "vanilj/Phi-4"
            }
          ],
          "embeddingsProvider": {
            "provider": "huggingface",
            "model": "BAAI/bge-small-en-v1.5"
          }
        ```
        """,
    )
    assert ids(refs) == {("service", "vanilj/Phi-4"), ("model", "BAAI/bge-small-en-v1.5")}


def test_a_vendor_names_its_model_in_prose() -> None:
    refs = scan(
        "README.md",
        """
        A CLI for OpenAI gpt-image-2, Google Imagen, and Flux.

        Wraps Anthropic's claude-haiku-4-5 for speed; Gemini is planned.
        """,
    )
    assert ids(refs) == {("service", "gpt-image-2"), ("service", "claude-haiku-4-5")}


def test_a_generated_list_of_hosted_names_with_nothing_introducing_it() -> None:
    refs = scan(
        "docs/more/infinite-output.md",
        """
        cog.out(model_list)
        ]]]-->
        - anthropic.claude-3-5-haiku-20241022-v1:0
        - apac.anthropic.claude-sonnet-4-20250514-v1:0
        - claude-3-5-haiku-latest
        - claude-3-7-sonnet-latest
        - vertex_ai/claude-3-5-haiku@20241022
        <!--[[[end]]]-->

        Steps:
        - install-deps
        - run-tests-2
        """,
    )
    assert {(r.line, r.identifier) for r in refs} == {
        (3, "anthropic.claude-3-5-haiku-20241022-v1:0"),
        (4, "apac.anthropic.claude-sonnet-4-20250514-v1:0"),
        (5, "claude-3-5-haiku-latest"),
        (6, "claude-3-7-sonnet-latest"),
        (7, "claude-3-5-haiku@20241022"),
    }


def test_an_index_of_ollama_projects_and_their_commits_names_no_model() -> None:
    refs = scan(
        "README.md",
        """
        # Ollama Rag Platforms

        Local LLM, RAG, and agent platform projects powered by Ollama-centric stacks.

        | # | Project | Source | Commit |
        |---|---|---|---|
        | 2 | `local-slm-ollama-benchmark` | https://github.com/pa/local-slm | `ebb3f48818` |
        | 3 | `multi-agent-system-ollama` | https://github.com/pa/multi-agent | `ef76d29df3` |

        Pull the model first: `ollama pull llama3.2:3b`.
        """,
    )
    assert ids(refs) == {("service", "llama3.2:3b")}


def test_the_hugging_face_organisations_own_models_and_a_placeholder_tag() -> None:
    refs = scan(
        "models/README.md",
        """
        | Model | Link |
        |---|---|
        | CodeBERTa  | [huggingface.com](https://huggingface.co/huggingface/CodeBERTa-small-v1) |
        | (code) | [transformers](https://huggingface.co/huggingface/transformers) |

        - **model**: Must be pulled in Ollama (`ollama run modelname`) before use.
        """,
    )
    assert ids(refs) == {("model", "huggingface/CodeBERTa-small-v1")}


def test_an_escaped_placeholder_and_a_field_named_like_a_model() -> None:
    refs = scan(
        "README.md",
        r"""
        * Try "warming up" the model by running ```ollama run \<your\_model\_name\> "Hello"```.

        The model was tuned on a dataset with fields for `title`, `content`, `command`, and `url`.

        Cohere's models: `command`, `command-r`.
        """,
    )
    assert {(r.line, r.identifier) for r in refs} == {(5, "command"), (5, "command-r")}


def test_an_id_whose_link_goes_to_another_site() -> None:
    refs = scan(
        "README.md",
        """
        | Role | Kaggle type | Resource |
        | --- | --- | --- |
        | Target | Kaggle Model | [`dangkhoa2016/bartowski-muse-glimmer-30b-gguf`](https://www.kaggle.com/models/dangkhoa2016/bartowski-muse-glimmer-30b-gguf/Gguf/q4-k-m/1) |
        | Draft | HF Model | [`bartowski/Muse-Glimmer-30B-GGUF`](https://huggingface.co/bartowski/Muse-Glimmer-30B-GGUF) |
        """,  # noqa: E501
    )
    assert ids(refs) == {("model", "bartowski/Muse-Glimmer-30B-GGUF")}


def test_a_link_to_the_repositorys_own_folder_and_a_projects_task_name() -> None:
    refs = scan(
        "README.md",
        """
        ## Data

        The datasets in [`study/data`](study/data) are derived from public benchmarks.
        """,
    )
    assert refs == []
    shell = scan(
        "T5/scripts/run_arc.sh",
        """
        python3 main.py t5-for-arc --do_train --seed 42 --model_name t5-large
        """,
    )
    assert ids(shell) == {("model", "t5-large")}


def test_a_help_outputs_default_model_and_a_copilot_provider_ref() -> None:
    refs = scan(
        "README.md",
        """
        ## CLI Options & Flags

        ```text
        Usage: modelproof [options]

        Options:
          -u, --base-url <url>      Reverse proxy base URL (default: "https://api.openai.com/v1")
          -m, --model <id>          Claimed target model ID (default: "claude-3-5-sonnet-20241022")
          --lang <lang>             Output language: en, id (default: "en")
        ```
        """,
    )
    assert {(r.line, r.identifier) for r in refs} == {(8, "claude-3-5-sonnet-20241022")}
    py = scan(
        "asfops/config.py",
        """
        DEFAULT_MODEL: ModelRef = "copilot:claude-sonnet-4.5"
        """,
    )
    assert ids(py) == {("service", "claude-sonnet-4.5")}


def test_a_readme_linking_a_model_and_its_space_of_the_same_name() -> None:
    refs = scan(
        "README.md",
        """
        # LuxTTS

          <a href="https://huggingface.co/YatharthS/LuxTTS">Model</a>
          <a href="https://huggingface.co/spaces/YatharthS/LuxTTS">Demo</a>

        ```python
        lux_tts = LuxTTS('YatharthS/LuxTTS', device='cuda')
        ```
        """,
    )
    assert {(r.line, r.kind.value) for r in refs} == {(3, "model"), (4, "space"), (7, "model")}


def test_gemini_rest_path_behind_a_local_proxy() -> None:
    # a proxy that speaks Gemini's REST API: the path and method name the model, whatever host
    refs = scan(
        "README.md",
        """
        Then call it like the Gemini API:

        ```bash
        curl -N http://127.0.0.1:8712/v1beta/models/gemini-2.0-flash:generateContent \\
          -H "Content-Type: application/json" \\
          -d @request.json
        ```

        Routes: `/v1beta/models/{model}:generateContent` and `/v1/models` (list).
        """,
    )
    assert [(r.identifier, r.kind.value, r.line) for r in refs] == [
        ("gemini-2.0-flash", "service", 4)
    ]


def test_table_column_of_hosted_names_under_any_header() -> None:
    # the column is headed "Version", but its cells are the API's own names
    refs = scan(
        "docs/models.md",
        """
        | Name          | Version                | Premium | Max Context Tokens |
        |---------------|------------------------|---------|--------------------|
        | GPT 3.5 Turbo | gpt-3.5-turbo-0613     | false   | 16384              |
        | GPT-4o mini   | gpt-4o-mini-2024-07-18 | false   | 128000             |
        | Claude Opus 4 | claude-opus-4          | true    | 80000              |
        | Custom        | house-blend            | false   | 4096               |

        | Flag      | Value   |
        |-----------|---------|
        | gpt-4o    | on      |
        | o3-mini   | off     |
        | --verbose | on      |
        | --fast    | off     |
        | --quiet   | off     |
        """,
    )
    assert [(r.identifier, r.line) for r in refs] == [
        ("gpt-3.5-turbo-0613", 3),
        ("gpt-4o-mini-2024-07-18", 4),
        ("claude-opus-4", 5),
    ]


def test_vendor_named_before_its_model_in_prose() -> None:
    refs = scan(
        "docs/EMBEDDINGS.md",
        """
        ## Which embedding to pick

        1. **Ollama all-minilm** - Fastest (384 dims)
        2. **Ollama nomic-embed-text** - Good balance (768 dims)
        3. **OpenAI text-embedding-3-small** - Cloud API (1536 dims)
        4. Ollama Embeddings (mxbai-embed-large) for offline indexing

        Ollama serve runs in the background; OpenAI compatible servers work too, and so does
        Ollama mistral (no version given).
        """,
    )
    assert [(r.identifier, r.kind.value, r.line) for r in refs] == [
        ("all-minilm", "service", 3),
        ("nomic-embed-text", "service", 4),
        ("text-embedding-3-small", "service", 5),
        ("mxbai-embed-large", "service", 6),
    ]


def test_replicate_version_in_javascript_passes_the_prefilter() -> None:
    refs = scan(
        "src/site/stability.js",
        """
        const Replicate = require("replicate");
        const replicate = new Replicate({ auth: "YOUR_REPLICATE_API_TOKEN" });
        const output = await replicate.run(
          "stability-ai/stable-diffusion:f178fa7a1ae43a9a9af01b833b9d2ecf97b1bcb0acfd2dc5dd04895e042863f1",
          { input: { prompt: "a photo of an astronaut riding a horse on mars" } }
        );
        """,
    )
    assert [(r.identifier, r.kind.value, r.line) for r in refs] == [
        ("stability-ai/stable-diffusion", "service", 4)
    ]


def test_hf_hub_placeholder_in_docs_is_not_a_model() -> None:
    refs = scan(
        "docs/huggingface-hub.md",
        """
        Any of these forms works:

        - `hf-hub:timm/model_name`
        - `hf_hub:timm/model_name`
        - `hf-hub:timm/resnet50.a1_in1k`
        """,
    )
    assert [(r.identifier, r.line) for r in refs] == [("timm/resnet50.a1_in1k", 5)]


def test_topic_heading_over_a_list_of_models_is_not_an_id() -> None:
    refs = scan(
        "README.md",
        """
        ## Supported models

        ### Vision/Multimodal
        - **OpenAI**: `gpt-4o`

        ### forestav/LoRA-2000
        Fine-tuned on our data.

        Parts: `X123.stp` (3D model) is copied to `mylibrary.3dshapes/X123.stp`.
        """,
    )
    assert [(r.identifier, r.line) for r in refs] == [("gpt-4o", 4), ("forestav/LoRA-2000", 6)]


def test_wan_video_api_names() -> None:
    refs = scan(
        "README.md",
        """
        ```python
        video = client.generate_video(
            prompt="A cat surfing",
            provider="alibaba",
            model_id="wan2.1-t2v-turbo",  # or "wan2.2-t2v-plus", "wan2.5-t2v-preview"
        )
        ```
        """,
    )
    assert ("service", "wan2.1-t2v-turbo") in ids(refs)


def test_name_column_of_a_page_about_models() -> None:
    refs = scan(
        "docs/knowledge-base/embedding-model-information.md",
        """
        # Embedding Model Information

        ### Jina

        | Name                       | Max Input |
        | -------------------------- | --------- |
        | jina-embeddings-v2-base-en | 8191      |
        | jina-clip-v1               | 8191      |

        ### SiliconFlow

        | Name            | Max Input |
        | --------------- | --------- |
        | BAAI/bge-m3     | 8191      |
        | bge-large-zh    | 512       |
        """,
    )
    assert [(r.identifier, r.kind.value, r.line) for r in refs] == [
        ("jina-embeddings-v2-base-en", "service", 7),
        ("jina-clip-v1", "service", 8),
        ("BAAI/bge-m3", "model", 14),
    ]
    # the same column in a page about something else names other things
    other = scan(
        "docs/team.md",
        """
        # Team

        | Name      | Role   |
        | --------- | ------ |
        | jina-v1   | bot    |
        | ops-2     | bot    |
        """,
    )
    assert other == []


def test_prompt_file_front_matter_shown_in_a_markdown_fence() -> None:
    refs = scan(
        "docs/index.md",
        """
        ### Step 1: Create a Prompt File

        ```markdown title="prompts/greeting.md"
        ---
        model: gpt-4o
        temperature: 0.7
        ---
        You are a helpful assistant for {{ app_name }}.
        ```
        """,
    )
    assert [(r.identifier, r.line) for r in refs] == [("gpt-4o", 5)]


def test_a_dataset_link_does_not_make_the_model_beside_it_a_dataset() -> None:
    refs = scan(
        "README.md",
        """
        ## Benchmarks

        Results on **Qwen/Qwen2.5-3B**, **500 bug-localization samples**
        ([JetBrains-Research/lca-bug-localization](https://huggingface.co/datasets/JetBrains-Research/lca-bug-localization)).

        ```bash
        kvboost-server --model Qwen/Qwen2.5-3B --port 8000
        ```
        """,
    )
    assert {(r.kind.value, r.identifier, r.line) for r in refs} == {
        ("model", "Qwen/Qwen2.5-3B", 3),
        ("dataset", "JetBrains-Research/lca-bug-localization", 4),
        ("model", "Qwen/Qwen2.5-3B", 7),
    }


def test_models_column_listed_with_middle_dots() -> None:
    refs = scan(
        "README.md",
        """
        Talk to a local Ollama or a hosted API.

        | Provider | Models |
        |---|---|
        | **OpenAI** | `gpt-5.4-mini` ★ · `o4-mini` · `gpt-4o` |
        | **Ollama** | `llama3.3` ★ · `qwen2.5-coder` · `mistral-nemo` |
        """,
    )
    assert [(r.identifier, r.line) for r in refs] == [
        ("gpt-5.4-mini", 5),
        ("o4-mini", 5),
        ("gpt-4o", 5),
        ("llama3.3", 6),
        ("qwen2.5-coder", 6),
        ("mistral-nemo", 6),
    ]


def test_zai_led_list_and_gguf_tokenizer_type() -> None:
    refs = scan(
        "README.md",
        """
        Available models:
        - zAI: glm-4, glm-4-plus, glm-4-flash

        ```python
        meta = {"tokenizer.ggml.model": "gpt2", "general.architecture": "llama"}
        ```
        """,
    )
    assert [(r.identifier, r.line) for r in refs] == [
        ("glm-4", 2),
        ("glm-4-plus", 2),
        ("glm-4-flash", 2),
    ]


def test_typescript_catalogue_entries_that_name_their_provider() -> None:
    refs = scan(
        "app/utils/aiModels.ts",
        """
        export const aiModels: AIModels = {
          "chat": [
            {
              "name": "gpt-4.1-mini",
              "provider": "openai",
              "logo": "/logos/openai.svg",
              "sample_spec": { "max_tokens": 4096, "mode": "chat" }
            },
            { name: "claude-3-5-haiku-20241022", provider: "anthropic" },
            { name: "Default", provider: "openai" },
          ],
          "people": [{ "name": "gpt-4o", "role": "bot" }],
        };
        """,
    )
    assert [(r.identifier, r.line) for r in refs] == [
        ("gpt-4.1-mini", 4),
        ("claude-3-5-haiku-20241022", 9),
    ]


def test_a_linked_datasets_name_as_the_folder_it_downloads_to() -> None:
    refs = scan(
        "README.md",
        """
        The dataset is on [HuggingFace](https://huggingface.co/datasets/BestWishYsh/ConsisID-preview-Data).

        ```bash
        huggingface-cli download --repo-type dataset \\\\
        BestWishYsh/ConsisID-preview-Data \\\\
        --local-dir BestWishYsh/ConsisID-preview-Data
        ```
        """,
    )
    assert [(r.identifier, r.line) for r in refs] == [
        ("BestWishYsh/ConsisID-preview-Data", 1),
        ("BestWishYsh/ConsisID-preview-Data", 5),
    ]


def test_library_names_in_a_javascript_openai_compatible_request() -> None:
    refs = scan(
        "src/06-azure-openai.js",
        """
        import { AzureOpenAI } from 'openai';

        const openai = new AzureOpenAI({ endpoint: 'http://localhost:4041', apiKey: 'x' });
        const embeddings = await openai.embeddings.create({
          model: 'all-minilm:l6-v2',
          input: ['Once upon a time', 'The end.']
        });
        const chat = await openai.chat.completions.create({ model: 'mistral', messages });
        const mine = await openai.chat.completions.create({ model: 'support-bot', messages });
        const settings = { model: 'mistral', temperature: 0.2 };
        """,
    )
    assert [(r.identifier, r.line) for r in refs] == [
        ("all-minilm:l6-v2", 5),
        ("mistral", 8),
    ]


def test_a_table_of_models_under_a_chinese_header() -> None:
    refs = scan(
        "Qwen_API_Research_Summary.md",
        """
        ### 1.3 支持的模型列表

        | 模型系列 | 具体模型 | 用途说明 |
        |---------|--------|--------|
        | **通用模型** | qwen-max, qwen-max-latest | 高性能通用 |
        | | qwen-turbo, qwen-turbo-latest | 快速响应 |
        | **编程模型** | qwen-coder-plus | 代码生成 |
        """,
    )
    assert [(r.identifier, r.line) for r in refs] == [
        ("qwen-max", 5),
        ("qwen-max-latest", 5),
        ("qwen-turbo", 6),
        ("qwen-turbo-latest", 6),
        ("qwen-coder-plus", 7),
    ]


def test_a_tables_alias_column_holds_the_tools_own_names() -> None:
    refs = scan(
        "README.md",
        """
        Run `nori-captioner --model qwen3-vl:8b ./photos` (models are pulled from Hugging Face).

        ### Model aliases

        | Alias | Model |
        |---|---|
        | `qwen3-vl:2b` | Qwen/Qwen3-VL-2B-Instruct |
        | `gemma3:4b` | google/gemma-3-4b-it |
        """,
    )
    assert [(r.identifier, r.line) for r in refs] == [
        ("qwen3-vl:8b", 1),
        ("Qwen/Qwen3-VL-2B-Instruct", 7),
        ("google/gemma-3-4b-it", 8),
    ]


def test_a_legacy_id_under_a_key_that_says_model_loosely() -> None:
    refs = scan(
        "experiments/spider-kor.jsonnet",
        """
        {
            logdir: "logdir/spider-kor-nng_translate",
            model_config_args: {
                bert_version: "bert-base-multilingual-uncased",
                summarize_header: "avg",
            },
        }
        """,
    )
    assert [(r.identifier, r.line) for r in refs] == [("bert-base-multilingual-uncased", 4)]


def test_an_image_on_a_continued_command_line_under_a_lead_in_about_llms() -> None:
    refs = scan(
        "README.md",
        """
        To use LLM features (paper selection), pass your API key:

        ```bash
        docker run -it -p 8888:8888 \\\\
          -e GEMINI_API_KEY=your_key \\\\
          santidr/model-quantization-aggregation
        ```

        The 2026-06-09 refresh reran rows with `q8_0/q8_0` KV cache (`f16/q4_0` before).

        | Pipeline | Model |
        |---|---|
        | `pipelines/resnet50` | timm `resnet50.a1_in1k` classification |
        """,
    )
    assert refs == []


def test_a_tool_named_for_a_family_in_an_ollama_guide() -> None:
    refs = scan(
        "README.md",
        """
        Run everything through Ollama on each machine.

        ### When to use what
        - **llama-dash** — Best for single-machine llama.cpp monitoring with SQLite logging.
        - **llama-swap** — Best for swapping models behind one port.
        - **qwen2.5-coder** — the model we recommend for code.
        """,
    )
    assert [(r.identifier, r.line) for r in refs] == [("qwen2.5-coder", 6)]


def test_a_table_of_weights_and_a_models_column_with_notes() -> None:
    refs = scan(
        "docs/vae.md",
        """
        | Repository | File | Bytes |
        |---|---|---|
        | `baidu/ERNIE-Image` | `vae/diffusion_pytorch_model.safetensors` | 168,120,878 |
        | `Comfy-Org/Lens` | `vae/flux2-vae.safetensors` | 336,213,556 |

        | 역할 | 모델 | 위치 |
        |---|---|---|
        | 학습용 합성 쿼리 | solar-pro3 (Upstage) | 외부 API |
        | 추론 | o3 (Preview) | 외부 API |
        | 평가 | o1-preview (2024-09-12) | 외부 API |
        """,
    )
    assert [(r.identifier, r.line) for r in refs] == [
        ("baidu/ERNIE-Image", 3),
        ("Comfy-Org/Lens", 4),
        ("solar-pro3", 8),
    ]
