"""Hugging Face Hub identifiers: grammar, legacy (un-namespaced) ids, URL and `hf://` forms,
sentence-transformers short names, and hosted-API / Ollama model names (Kind.SERVICE).

Pure functions and constant tables only (no network, no third-party imports): the scanner and
resolution both use it, and it sits on the hook's fast path.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType
from urllib.parse import unquote

from license_gate import _lazyre
from license_gate.models import Kind

__all__ = [
    "BUILDER_DATASETS",
    "HUB_ID_RE",
    "LEGACY_DATASETS",
    "LEGACY_MODELS",
    "LIBRARY_ALIASES",
    "SENTENCE_TRANSFORMERS_SHORT",
    "canonical_id",
    "classify_service",
    "expand_library_alias",
    "expand_sentence_transformers",
    "is_legacy_model",
    "is_ollama_family",
    "is_ollama_tag",
    "is_service_name",
    "is_tagged_name",
    "is_valid_hub_id",
    "parse_hub_url",
    "provider_model",
    "split_revision",
]

# One part of an id: 1-96 of [A-Za-z0-9_.-], starting and ending on a word character (the client
# validator's `\b...\b`), no `--` or `..` (checked separately).
_PART = r"[A-Za-z0-9_](?:[A-Za-z0-9_.\-]{0,94}[A-Za-z0-9_])?"
HUB_ID_RE = _lazyre.compile(rf"(?:{_PART}/)?{_PART}", re.ASCII)


def is_valid_hub_id(s: str) -> bool:
    """Whether `s` is a syntactically valid Hub repo id (`name` or `namespace/name`)."""
    if not s or len(s) > 193 or HUB_ID_RE.fullmatch(s) is None:
        return False
    return "--" not in s and ".." not in s and not s.endswith(".git")


def _table(groups: Mapping[str, tuple[str, ...]]) -> Mapping[str, str]:
    out: dict[str, str] = {}
    for namespace, names in groups.items():
        for name in names:
            out[name] = f"{namespace}/{name}"
    return MappingProxyType(out)


_XLM_ROBERTA = (
    "xlm-roberta-base",
    "xlm-roberta-large",
    *tuple(
        f"xlm-roberta-large-finetuned-{t}"
        for t in ("conll02-dutch", "conll02-spanish", "conll03-english", "conll03-german")
    ),
)
_XLM = (
    "xlm-mlm-en-2048",
    "xlm-mlm-ende-1024",
    "xlm-mlm-enfr-1024",
    "xlm-mlm-enro-1024",
    "xlm-mlm-tlm-xnli15-1024",
    "xlm-mlm-xnli15-1024",
    "xlm-clm-enfr-1024",
    "xlm-clm-ende-1024",
    "xlm-mlm-17-1280",
    "xlm-mlm-100-1280",
)

#: Legacy (canonical, un-namespaced) model ids and where they moved in 2024 (hub-notes §5;
#: transformers PR #28795). Old ids still redirect on the Hub.
LEGACY_MODELS: Mapping[str, str] = _table(
    {
        "google-bert": (
            "bert-base-uncased",
            "bert-base-cased",
            "bert-large-uncased",
            "bert-large-cased",
            "bert-base-multilingual-uncased",
            "bert-base-multilingual-cased",
            "bert-base-chinese",
            "bert-base-german-cased",
            "bert-base-german-dbmdz-cased",
            "bert-base-german-dbmdz-uncased",
            "bert-large-uncased-whole-word-masking",
            "bert-large-cased-whole-word-masking",
            "bert-large-uncased-whole-word-masking-finetuned-squad",
            "bert-large-cased-whole-word-masking-finetuned-squad",
            "bert-base-cased-finetuned-mrpc",
        ),
        "openai-community": (
            "gpt2",
            "gpt2-medium",
            "gpt2-large",
            "gpt2-xl",
            "openai-gpt",
            "roberta-base-openai-detector",
            "roberta-large-openai-detector",
        ),
        "FacebookAI": ("roberta-base", "roberta-large", "roberta-large-mnli", *_XLM_ROBERTA, *_XLM),
        "distilbert": (
            "distilbert-base-uncased",
            "distilbert-base-cased",
            "distilbert-base-multilingual-cased",
            "distilbert-base-german-cased",
            "distilbert-base-uncased-finetuned-sst-2-english",
            "distilbert-base-uncased-distilled-squad",
            "distilbert-base-cased-distilled-squad",
            "distilgpt2",
            "distilroberta-base",
        ),
        "google-t5": ("t5-small", "t5-base", "t5-large", "t5-3b", "t5-11b"),
        "albert": tuple(
            f"albert-{size}-v{v}" for v in (1, 2) for size in ("base", "large", "xlarge", "xxlarge")
        ),
        "xlnet": ("xlnet-base-cased", "xlnet-large-cased"),
        "almanach": ("camembert-base",),
        "transfo-xl": ("transfo-xl-wt103",),
        "Salesforce": ("ctrl",),
    }
)

#: Legacy dataset ids moved into namespaces (hub-notes §5 and the datasets' redirects). Best effort:
#: resolution follows the Hub's redirects online anyway.
LEGACY_DATASETS: Mapping[str, str] = MappingProxyType(
    {
        "squad": "rajpurkar/squad",
        "squad_v2": "rajpurkar/squad_v2",
        "glue": "nyu-mll/glue",
        "multi_nli": "nyu-mll/multi_nli",
        "imdb": "stanfordnlp/imdb",
        "sst2": "stanfordnlp/sst2",
        "snli": "stanfordnlp/snli",
        "super_glue": "aps/super_glue",
        "wikitext": "Salesforce/wikitext",
        "cnn_dailymail": "abisee/cnn_dailymail",
        "xsum": "EdinburghNLP/xsum",
        "ag_news": "fancyzhx/ag_news",
        "amazon_polarity": "fancyzhx/amazon_polarity",
        "dbpedia_14": "fancyzhx/dbpedia_14",
        "yelp_polarity": "fancyzhx/yelp_polarity",
        "yelp_review_full": "Yelp/yelp_review_full",
        "mnist": "ylecun/mnist",
        "fashion_mnist": "zalando-datasets/fashion_mnist",
        "cifar10": "uoft-cs/cifar10",
        "cifar100": "uoft-cs/cifar100",
        "conll2003": "eriktks/conll2003",
        "emotion": "dair-ai/emotion",
        "tweet_eval": "cardiffnlp/tweet_eval",
        "rotten_tomatoes": "cornell-movie-review-data/rotten_tomatoes",
        "gsm8k": "openai/gsm8k",
        "openai_humaneval": "openai/openai_humaneval",
        "hellaswag": "Rowan/hellaswag",
        "piqa": "ybisk/piqa",
        "winogrande": "allenai/winogrande",
        "ai2_arc": "allenai/ai2_arc",
        "openbookqa": "allenai/openbookqa",
        "cosmos_qa": "allenai/cosmos_qa",
        "c4": "allenai/c4",
        "boolq": "google/boolq",
        "trivia_qa": "mandarjoshi/trivia_qa",
        "natural_questions": "google-research-datasets/natural_questions",
        "mbpp": "google-research-datasets/mbpp",
        "paws": "google-research-datasets/paws",
        "commonsense_qa": "tau/commonsense_qa",
        "xnli": "facebook/xnli",
        "wmt14": "wmt/wmt14",
        "wmt16": "wmt/wmt16",
        "samsum": "Samsung/samsum",
        "billsum": "FiscalNote/billsum",
        "banking77": "PolyAI/banking77",
        "opus_books": "Helsinki-NLP/opus_books",
        "food101": "ethz/food101",
        "beans": "AI-Lab-Makerere/beans",
        "wikiann": "unimelb-nlp/wikiann",
        "trec": "CogComp/trec",
        "financial_phrasebank": "takala/financial_phrasebank",
        "race": "ehovy/race",
        "lambada": "cimec/lambada",
        "bookcorpus": "bookcorpus/bookcorpus",
        "oscar": "oscar-corpus/oscar",
        "wikipedia": "legacy-datasets/wikipedia",
        # speech
        "librispeech_asr": "openslr/librispeech_asr",
        "multilingual_librispeech": "facebook/multilingual_librispeech",
        "voxpopuli": "facebook/voxpopuli",
        "covost2": "facebook/covost2",
        "fleurs": "google/fleurs",
        "speech_commands": "google/speech_commands",
        "tedlium": "LIUM/tedlium",
        "ami": "edinburghcstr/ami",
        "gigaspeech": "speechcolab/gigaspeech",
        "superb": "s3prl/superb",
        "minds14": "PolyAI/minds14",
    }
)

#: `datasets` packaged builders: `load_dataset("json", data_files=...)` reads local files.
BUILDER_DATASETS: frozenset[str] = frozenset(
    {
        "json",
        "csv",
        "parquet",
        "text",
        "arrow",
        "pandas",
        "sql",
        "generator",
        "imagefolder",
        "audiofolder",
        "videofolder",
        "webdataset",
        "xml",
        "spark",
        "folder_based_builder",
        "cache",
        # newer builders (datasets 4.x packaged_modules)
        "pdffolder",
        "niftifolder",
        "meshfolder",
        "hdf5",
        "lance",
        "iceberg",
        "conll",
        "fasta",
        "pdb",
        "mmcif",
        "eval",
        "harbor",
    }
)

# Families of legacy model ids, for variants not in the table (e.g. bert-base-cased-finetuned-*).
_LEGACY_FAMILY = _lazyre.compile(
    r"(?:bert|distilbert|roberta|xlm|xlm-roberta|albert|xlnet|t5|gpt2|openai-gpt|ctrl|"
    r"camembert|transfo-xl|distilgpt2|distilroberta)(?:-[a-z0-9-]+)?",
    re.ASCII,
)


def is_legacy_model(name: str) -> bool:
    """A legacy un-namespaced model id (the table, or an obvious member of its families)."""
    if name in LEGACY_MODELS:
        return True
    low = name.lower()
    return low in LEGACY_MODELS or (
        _LEGACY_FAMILY.fullmatch(name) is not None
        and low.split("-")[0] != name
        and not _NOT_LEGACY_PARTS.intersection(low.split("-"))
    )


#: Parts of names that follow a legacy family's pattern but are never canonical ids: HFL's
#: Chinese whole-word-masking models are `hfl/chinese-roberta-wwm-ext-large`, and a bare
#: `roberta-wwm-ext-large` is a local copy; `t5-for-arc` is a project's task name.
_NOT_LEGACY_PARTS = frozenset({"wwm", "ext", "for", "my", "custom", "local"})


@lru_cache(maxsize=1)
def legacy_dataset_names() -> frozenset[str]:
    """Every legacy dataset id the Hub had (`data/legacy_datasets.txt`), for recognition; the
    `LEGACY_DATASETS` table maps the best-known ones to their namespaced ids."""
    path = Path(__file__).with_name("data") / "legacy_datasets.txt"
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError:  # a broken install: the table above still works
        lines = []
    names = {x.strip() for x in lines if x.strip() and not x.startswith("#")}
    return frozenset(names | set(LEGACY_DATASETS))


def canonical_id(kind: Kind, identifier: str) -> str:
    """The namespaced id for a legacy one (offline table only); anything else unchanged."""
    table = (
        LEGACY_MODELS
        if kind is Kind.MODEL
        else LEGACY_DATASETS
        if kind is Kind.DATASET
        else MappingProxyType({})
    )
    if "/" in identifier:
        return identifier
    hit = table.get(identifier)
    if hit is None:
        low = identifier.lower()
        hit = next((v for k, v in table.items() if k.lower() == low), None)
    return hit or identifier


# --- sentence-transformers -------------------------------------------------------------------

#: Pretrained sentence-transformers models usable by short name (`sentence-transformers/<name>`).
SENTENCE_TRANSFORMERS_SHORT: frozenset[str] = frozenset(
    {
        "all-MiniLM-L6-v2",
        "all-MiniLM-L12-v2",
        "all-MiniLM-L6-v1",
        "all-MiniLM-L12-v1",
        "all-mpnet-base-v2",
        "all-mpnet-base-v1",
        "all-distilroberta-v1",
        "all-roberta-large-v1",
        "multi-qa-MiniLM-L6-cos-v1",
        "multi-qa-mpnet-base-dot-v1",
        "multi-qa-mpnet-base-cos-v1",
        "multi-qa-distilbert-cos-v1",
        "multi-qa-MiniLM-L6-dot-v1",
        "multi-qa-distilbert-dot-v1",
        "paraphrase-MiniLM-L6-v2",
        "paraphrase-MiniLM-L3-v2",
        "paraphrase-MiniLM-L12-v2",
        "paraphrase-mpnet-base-v2",
        "paraphrase-multilingual-MiniLM-L12-v2",
        "paraphrase-multilingual-mpnet-base-v2",
        "paraphrase-albert-small-v2",
        "paraphrase-distilroberta-base-v1",
        "paraphrase-distilroberta-base-v2",
        "paraphrase-xlm-r-multilingual-v1",
        "paraphrase-TinyBERT-L6-v2",
        "distiluse-base-multilingual-cased",
        "distiluse-base-multilingual-cased-v1",
        "distiluse-base-multilingual-cased-v2",
        "msmarco-distilbert-base-v4",
        "msmarco-distilbert-base-tas-b",
        "msmarco-MiniLM-L6-cos-v5",
        "msmarco-MiniLM-L12-cos-v5",
        "msmarco-bert-base-dot-v5",
        "msmarco-distilbert-cos-v5",
        "msmarco-distilbert-dot-v5",
        "msmarco-roberta-base-v3",
        "LaBSE",
        "stsb-roberta-large",
        "stsb-roberta-base",
        "stsb-mpnet-base-v2",
        "stsb-distilroberta-base-v2",
        "nli-mpnet-base-v2",
        "nli-roberta-base-v2",
        "nli-distilroberta-base-v2",
        "bert-base-nli-mean-tokens",
        "bert-large-nli-mean-tokens",
        "roberta-base-nli-mean-tokens",
        "distilbert-base-nli-mean-tokens",
        "distilbert-base-nli-stsb-mean-tokens",
        "sentence-t5-base",
        "sentence-t5-large",
        "sentence-t5-xl",
        "gtr-t5-base",
        "gtr-t5-large",
        "gtr-t5-xl",
        "clip-ViT-B-32",
        "clip-ViT-B-16",
        "clip-ViT-L-14",
        "clip-ViT-B-32-multilingual-v1",
        "average_word_embeddings_glove.6B.300d",
        "average_word_embeddings_komninos",
        "facebook-dpr-ctx_encoder-single-nq-base",
        "facebook-dpr-question_encoder-single-nq-base",
        "use-cmlm-multilingual",
        "allenai-specter",
        "quora-distilbert-base",
        "quora-distilbert-multilingual",
        "distilbert-multilingual-nli-stsb-quora-ranking",
    }
)
_ST_LOWER = {n.lower(): n for n in SENTENCE_TRANSFORMERS_SHORT}
_ST_PATTERN = _lazyre.compile(
    r"(?:all|multi-qa|paraphrase|msmarco|nli|stsb|distiluse|sentence-t5|gtr-t5|clip-ViT)-[\w.-]+"
    r"|[\w-]+-nli-(?:mean|stsb-mean|max|cls)-tokens",
    re.ASCII,
)


def expand_sentence_transformers(name: str) -> str:
    """`all-MiniLM-L6-v2` -> `sentence-transformers/all-MiniLM-L6-v2`; anything else as is."""
    if "/" in name:
        return name
    known = _ST_LOWER.get(name.lower())
    if known is not None:
        return f"sentence-transformers/{name}"
    if _ST_PATTERN.fullmatch(name) is not None:
        return f"sentence-transformers/{name}"
    return name


#: Short names libraries resolve to Hub repositories themselves: faster-whisper's
#: `WhisperModel("large-v3")` (its `utils._MODELS`, which WhisperX shares) and Coqui TTS's
#: XTTS, whose weights the `TTS` package downloads from the Hub (under the CPML).
LIBRARY_ALIASES: dict[str, dict[str, str]] = {
    "faster-whisper": {
        "tiny.en": "Systran/faster-whisper-tiny.en",
        "tiny": "Systran/faster-whisper-tiny",
        "base.en": "Systran/faster-whisper-base.en",
        "base": "Systran/faster-whisper-base",
        "small.en": "Systran/faster-whisper-small.en",
        "small": "Systran/faster-whisper-small",
        "medium.en": "Systran/faster-whisper-medium.en",
        "medium": "Systran/faster-whisper-medium",
        "large-v1": "Systran/faster-whisper-large-v1",
        "large-v2": "Systran/faster-whisper-large-v2",
        "large-v3": "Systran/faster-whisper-large-v3",
        "large": "Systran/faster-whisper-large-v3",
        "distil-large-v2": "Systran/faster-distil-whisper-large-v2",
        "distil-medium.en": "Systran/faster-distil-whisper-medium.en",
        "distil-small.en": "Systran/faster-distil-whisper-small.en",
        "distil-large-v3": "Systran/faster-distil-whisper-large-v3",
        "distil-large-v3.5": "distil-whisper/distil-large-v3.5-ct2",
        "large-v3-turbo": "mobiuslabsgmbh/faster-whisper-large-v3-turbo",
        "turbo": "mobiuslabsgmbh/faster-whisper-large-v3-turbo",
    },
    "coqui-tts": {
        "tts_models/multilingual/multi-dataset/xtts_v2": "coqui/XTTS-v2",
        "tts_models/multilingual/multi-dataset/xtts_v1.1": "coqui/XTTS-v1",
    },
}


def expand_library_alias(table: str, name: str) -> str | None:
    """The Hub repository `name` stands for in library `table`'s own short names."""
    return LIBRARY_ALIASES.get(table, {}).get(name)


# --- revisions and URLs ----------------------------------------------------------------------

_REV = r"(?:refs/(?:pr|convert)/[\w.-]+|[\w.-]+)"


def split_revision(value: str) -> tuple[str, str | None]:
    """`org/name@rev` -> (`org/name`, `rev`); no `@` -> (value, None)."""
    if "@" in value:
        ident, _, rev = value.partition("@")
        if rev and re.fullmatch(_REV, rev, re.ASCII):
            return ident, rev
    return value, None


#: Hugging Face's code on GitHub, never a repository of its `huggingface` organisation.
_LIBRARIES = frozenset(
    {"transformers", "datasets", "diffusers", "tokenizers", "peft", "accelerate", "trl",
     "huggingface_hub", "huggingface-hub", "optimum", "evaluate", "safetensors", "smolagents",
     "text-generation-inference", "transformers.js", "candle", "lerobot", "hub-docs", "course",
     "blog", "pytorch-image-models", "setfit", "nanotron", "lighteval", "chat-ui"}
)  # fmt: skip


# First path segments of huggingface.co that are not users or organisations.
_RESERVED = frozenset(
    {
        "docs",
        "blog",
        "settings",
        "collections",
        "papers",
        "learn",
        "pricing",
        "join",
        "login",
        "logout",
        "models",
        "tasks",
        "organizations",
        "new",
        "new-dataset",
        "new-space",
        "new-collection",
        "enterprise",
        "posts",
        "chat",
        "inference-endpoints",
        "inference-api",
        "inference",
        "search",
        "terms-of-service",
        "subscribe",
        "privacy",
        "support",
        "front",
        "brand",
        "notifications",
        "welcome",
        "course",
        "competitions",
        "jobs",
        "changelog",
        "storage",
        "autotrain",
        "hardware",
        "spaces-dev-mode",
        "oauth",
        "api",
        "kernels",
        "buckets",
        "cli",  # hf.co/cli/install.sh, the CLI installer
        "leaderboard",
        "security",
        "philosophy",
        "datasets",
        "spaces",
        "trending",
        "resolve-cache",
        "static-proxy",
        "avatars",
        "user",
        "contact",
        "sitemap",
        "code-of-conduct",
        "content-guidelines",
        "transformers",
        "hub",
        "pro",
        "billing",
        "ssh",
        "tos",
        "tour",
        "metrics",  # the old `evaluate` pages: huggingface.co/metrics/wer
    }
)
_ROUTES = frozenset(
    {
        "tree",
        "blob",
        "raw",
        "resolve",
        "blame",
        "commit",
        "commits",
        "discussions",
        "edit",
        "upload",
        "delete",
        "viewer",
        "settings",
    }
)

_HF_URL = _lazyre.compile(
    # (hf-mirror.com serves the Hub's repositories under the same paths, for China)
    r"(?:(?:https?:)?//)?(?:www\.)?(?:huggingface\.co|hf\.co|hf-mirror\.com)/"
    r"(?P<path>[^\s\"'<>()\[\]{}`,;|\\]*)",
    re.ASCII | re.IGNORECASE,
)
_INFERENCE_URL = _lazyre.compile(
    r"(?:https?://)?(?:api-inference\.huggingface\.co/models|router\.huggingface\.co/"
    r"(?:hf-inference/)?models)/(?P<id>[\w.-]+(?:/[\w.-]+)?)",
    re.ASCII | re.IGNORECASE,
)
_HF_URI = _lazyre.compile(r"(?i:hf)://(?P<path>[^\s\"'<>()\[\]{}`,;|\\]*)", re.ASCII)
_SEG = _lazyre.compile(_PART, re.ASCII)


def _clean_seg(seg: str) -> str:
    seg = seg.split("?", 1)[0].split("#", 1)[0]
    return seg


def _id_from_segments(
    segs: list[str], kind: Kind, *, allow_single: bool, url: bool = False
) -> tuple[Kind, str, str | None] | None:
    cleaned = [_clean_seg(s) for s in segs]
    if any(s and not c for s, c in zip(segs[:-1], cleaned[:-1], strict=True)):
        return None  # a placeholder where the owner goes: `git@hf.co:datasets/????/results`
    segs = [s for s in cleaned if s != ""]
    if not segs:
        return None
    if len(segs) == 1 or segs[1] in _ROUTES:
        name = segs[0]
        if not allow_single or not is_valid_hub_id(name):
            return None
        if kind is Kind.MODEL and not is_legacy_model(name):
            return None
        if kind is Kind.DATASET and name not in LEGACY_DATASETS and not url:
            return None  # in a URL, `datasets/<name>` says what it is (canonical datasets)
        rest = segs[1:]
        ident = name
    else:
        name_ns, name_n = segs[0], segs[1]
        if name_n.lower().endswith((".html", ".htm")):
            return None  # the old docs' pages: `huggingface.co/diffusers/installation.html`
        ident = f"{name_ns}/{name_n}"
        rest = segs[2:]
    revision: str | None = None
    ident, at_rev = split_revision(ident)
    if not is_valid_hub_id(ident):
        return None
    if at_rev:
        revision = at_rev
    if rest and rest[0] in ("tree", "blob", "raw", "resolve", "blame") and len(rest) > 1:
        rev = unquote(rest[1])
        if rev == "refs" and len(rest) > 3:
            rev = "/".join(rest[1:4])
        revision = rev
    return kind, ident, revision


_CDN_URL = _lazyre.compile(
    r"(?:https?:)?(?://)?cdn\.huggingface\.co/(?P<path>[^?#\s]+)", re.IGNORECASE
)


def parse_hub_url(text: str) -> tuple[Kind, str, str | None] | None:
    """Parse a huggingface.co / hf.co URL or an `hf://` path into (kind, id, revision).

    None for Hub pages that are not repositories (docs, blog, settings, collections, papers...)
    and for anything that is not a Hub URL.
    """
    text = text.strip()
    if text.startswith(("git@hf.co:", "git@huggingface.co:")):
        text = "https://hf.co/" + text.split(":", 1)[1]
    m = _HF_URI.match(text)
    if m is not None:
        segs = m.group("path").split("/")
        kind = Kind.MODEL
        if segs and segs[0] in ("datasets", "spaces", "models"):
            kind = {"datasets": Kind.DATASET, "spaces": Kind.SPACE}.get(segs[0], Kind.MODEL)
            segs = segs[1:]
        elif segs and segs[0] in ("kernels", "buckets"):
            return None
        if len(segs) >= 2 and "@" in segs[1]:
            # hf://org/name@refs/pr/3/file: the revision may contain slashes
            name, _, rev = segs[1].partition("@")
            if rev == "refs" and len(segs) >= 4:
                rev = "/".join([rev, segs[2], segs[3]])
            ident = f"{segs[0]}/{name}"
            if not is_valid_hub_id(ident):
                return None
            return kind, ident, unquote(rev) or None
        return _id_from_segments(segs, kind, allow_single=False)
    m = _CDN_URL.match(text)
    if m is not None:  # the pre-2021 file CDN: cdn.huggingface.co/org/name/pytorch_model.bin
        segs = m.group("path").split("/")
        ident = "/".join(segs[:2])
        ok = len(segs) >= 3 and segs[2] and is_valid_hub_id(ident)
        return (Kind.MODEL, ident, None) if ok else None
    m = _INFERENCE_URL.match(text)
    if m is not None:
        ident = m.group("id")
        if "/" not in ident:
            # `api-inference.huggingface.co/models/gpt2`: a legacy id, nothing else
            return (Kind.MODEL, ident, None) if is_legacy_model(ident) else None
        return (Kind.MODEL, ident, None) if is_valid_hub_id(ident) else None
    m = _HF_URL.match(text)
    if m is None:
        return None
    segs = m.group("path").split("/")
    if not segs or not segs[0]:
        return None
    first = segs[0].split("?", 1)[0].split("#", 1)[0]
    if first == "api" and len(segs) >= 3 and segs[1] in ("models", "datasets", "spaces"):
        kind = {"datasets": Kind.DATASET, "spaces": Kind.SPACE}.get(segs[1], Kind.MODEL)
        rest = segs[2:]
        out = _id_from_segments(rest[:2], kind, allow_single=True)
        if out is not None and len(rest) >= 4 and rest[2] == "revision":
            return out[0], out[1], unquote(rest[3])
        return out
    misspelt = first in ("dataset", "space") and len(segs) >= 3
    if first in ("datasets", "spaces") or misspelt:
        # (`huggingface.co/dataset/tner/ontonotes5`: a misspelt link, still the dataset)
        kind = Kind.DATASET if first.startswith("dataset") else Kind.SPACE
        # `datasets/<name>` names a canonical dataset; `datasets/<org>/` (a prefix being joined
        # to a name) does not
        url = not text.rstrip().endswith("/")
        return _id_from_segments(segs[1:], kind, allow_single=kind is Kind.DATASET, url=url)
    if first == "chat" and len(segs) >= 4 and segs[1] == "models":
        # HuggingChat's page for a model it serves: huggingface.co/chat/models/org/name
        return _id_from_segments(segs[2:4], Kind.MODEL, allow_single=False)
    if first.lower() in _RESERVED or first.startswith("@"):
        return None
    if first.lower() == "huggingface" and (len(segs) < 2 or segs[1].lower() in _LIBRARIES):
        # the company's organisation page, or its GitHub code linked at the wrong host
        # (`huggingface.co/huggingface/transformers`); its repositories are models
        # (`huggingface.co/huggingface/CodeBERTa-small-v1`)
        return None
    if len(segs) >= 2 and segs[1].lower() in ("huggingface.co", "hf.co", "www.huggingface.co"):
        return None  # a link pasted twice: `huggingface.co/steps/huggingface.co/org/x`
    if len(segs) == 2 and segs[1].split("?", 1)[0] in ("models", "datasets", "spaces"):
        return None  # an organisation's tab: `huggingface.co/mistralai/models`
    # hf.co/org/repo:Q4_K_M (Ollama / Docker Model Runner GGUF form) is handled by callers.
    return _id_from_segments(segs, Kind.MODEL, allow_single=True)


# --- hosted APIs and Ollama (Kind.SERVICE) ---------------------------------------------------

_DATE = r"(?:-\d{4}-?\d{2}-?\d{2}|-\d{4}|-latest|-preview(?:-\d{2}-\d{2})?)?"
_API_NAME = _lazyre.compile(
    r"(?:o[134](?:-mini|-pro|-preview|-deep-research)*" + _DATE + r"|"
    # OpenAI
    # any suffix: new names arrive every month (`gpt-5.1-codex-max`); an alias such as
    # `gpt-4o-structured` is read as a name too, a false alarm rather than a miss
    r"gpt-(?:3\.5|4|4o|4\.1|4\.5|5|6)(?:[\w.:-]*)"
    r"|Llama-4-(?:Maverick|Scout)-17B-\d+E-Instruct-FP8"  # Meta's Llama API
    r"|chatgpt-(?:4o|image)-latest|gpt-realtime[\w.-]*|gpt-audio[\w.-]*|gpt-35-turbo[\w.-]*"
    r"|text-embedding-(?:3-small|3-large|ada-00\d|004|005|preview[\w-]*)"
    # LM Studio's names for the embedding models it serves (`text-embedding-nomic-embed-text-
    # v1.5`, `text-embedding-qwen3-embedding-4b`)
    r"|text-embedding-(?:nomic|qwen\d*|bge|mxbai|granite|all-minilm|snowflake|jina|gte|e5|"
    r"multilingual-e5)[\w.-]*"
    r"|text-(?:davinci|curie|babbage|ada)-\d+|(?:davinci|babbage)-002|whisper-1|tts-1(?:-hd)?"
    r"|text-(?:similarity|search)-(?:ada|babbage|curie|davinci)-(?:query-|doc-)?\d{3}"
    r"|code-(?:davinci|cushman)-\d{3}"
    r"|gpt-4o-mini-tts|gpt-4o(?:-mini)?-transcribe|dall-e(?:-[23])?|gpt-image-1[\w.-]*|sora-2(?:-pro)?"
    # Databricks' Foundation Model APIs: `databricks-meta-llama-3-1-70b-instruct`
    r"|databricks-(?:meta-llama|llama|dbrx|mixtral|mpt|claude|gpt|gemma|qwen|gte|bge|gemini|"
    r"deepseek)[\w.-]*"
    r"|(?:omni|text)-moderation-[\w-]+|computer-use-preview[\w-]*|codex-mini-latest"
    # Fireworks' own names for open weights: `llama-v3p1-405b-instruct`, `qwen2p5-72b-instruct`
    r"|(?:llama-v\d+(?:p\d+)?|qwen\d+p\d+|deepseek-v\d+p\d+)-[\w.-]*\d+b[\w.-]*"
    # Anthropic
    r"|claude-(?:opus|sonnet|haiku)-latest|claude-(?:instant-v?[\d.]+|v\d(?:\.\d+)?(?:-100k)?$|\d(?:\.\d)?(?:-\d)?(?:-(?:opus|sonnet|haiku)[\w.-]*)?"
    # Vertex: `@<date>`; Bedrock's version without its vendor: `claude-3-5-sonnet-20241022-v2:0`
    r"|(?:opus|sonnet|haiku)-\d[\w.-]*|[a-z]+-\d[\w.-]*)(?:@\d{8}|(?<=-v\d):\d+)?"
    # Amazon's own on Bedrock, no `amazon.` vendor: `titan-text-express-v1`, `nova-pro-v1:0`
    r"|titan-(?:text|embed|image)[\w.-]*-v\d(?::\d+)?|nova-(?:pro|lite|micro|premier)-v\d(?::\d+)?"
    # Google
    r"|gemini-(?:\d[\w.-]*|pro[\w.-]*|ultra[\w.-]*|exp-[\w.-]+|embedding[\w.-]*|flash[\w.-]*"
    r"|robotics-er-\d[\w.-]*|live-\d[\w.-]*)|(?:palm-2-)?(?:text|chat|code|codechat)-bison[\w@.-]*|textembedding-gecko[\w@.-]*"
    r"|text-multilingual-embedding-\d+|imagen-[\d.]+[\w.-]*|veo-?[\d.]+[\w.-]*"
    # Mistral API
    r"|(?:mistral|codestral|pixtral|ministral|magistral|devstral|voxtral)-[\w.-]*latest"
    r"|(?:pixtral|ministral|mistral)-\d+b-\d{4}"  # `pixtral-12b-2409`, `ministral-8b-2410`
    r"|(?:mistral|magistral|devstral|ministral|codestral|pixtral)-(?:large|medium|small|tiny|saba|ocr)"
    r"(?:-[\d.]+)+|mistral-embed|mistral-(?:tiny|small|medium)"
    r"|open-(?:mistral|mixtral|codestral)-[\w.-]+|codestral-\d{4}|codestral-mamba[\w.-]*"
    # xAI
    r"|grok-[\w.-]+"
    # DeepSeek API
    r"|deepseek-(?:chat|reasoner|coder)(?:-v[\w.-]+)?|deepseek-(?:flash|pro)"
    # the hosted versions of DeepSeek's open weights (DashScope, Volcano Engine, SiliconFlow
    # lower-case them: `deepseek-v3`, `deepseek-v3.1-terminus`, `deepseek-r1-0528`); the Hub's
    # are `deepseek-ai/DeepSeek-V3`, namespaced
    # (later versions too: `deepseek-v4.1-flash`)
    r"|deepseek-(?:(?:v[3-9](?:\.\d+)?|v2\.5)(?:-(?:terminus|exp|chat|flash|pro|lite|\d{4}|\d{6}))*"
    r"|r[12](?:-\d{4}|-\d{6})?)"
    # Cohere
    r"|command(?:-r(?:-plus)?|-a|-light|-nightly|-r7b)(?:[\w.-]*)|command"
    r"|(?:embed|rerank)-(?:english|multilingual)(?:-light)?-v\d\.\d|rerank-v\d\.\d"
    r"|embed-v4\.0"
    # Alibaba's Wan video and image APIs (`wan2.1-t2v-turbo`, `wanx2.1-t2i-plus`); the open
    # weights are `Wan-AI/Wan2.1-T2V-14B` on the Hub
    r"|wanx?\d(?:\.\d)?-(?:t2v|i2v|t2i|kf2v|s2v|i2i|vace|r2v)-(?:turbo|plus|preview|flash|max)"
    # Upstage (`solar-pro2`, `solar-mini`, `solar-embedding-1-large-query`); its open weights
    # are `upstage/SOLAR-*` on the Hub
    r"|solar-(?:pro\d*|mini)(?:-(?:\d{6}|preview|ja|chat))*|solar-1-mini-chat[\w.-]*"
    r"|solar-embedding-\d-large(?:-query|-passage)?|solar-docvision[\w.-]*"
    # Groq
    r"|llama-3\.\d+-\d+b-(?:instant|versatile|specdec|reasoning|(?:vision|text)-preview|preview)|[Ll]lama-?3-(?:8|70)b-8192"
    r"|mixtral-8x7b-32768|gemma2?-[79]b-it|llama2-70b-4096|llama3-groq-(?:8|70)b-8192-tool-use-preview"
    r"|llama-guard-(?:3-8b|4-12b)|deepseek-r1-distill-(?:llama-70b|qwen-32b)|mistral-saba-24b"
    # Zhipu's GLM API (`glm-4.7`, `glm-5`, `glm-4.5-flash`); the open weights are `zai-org/GLM-*`
    r"|glm-\d(?:\.\d+)?(?:-(?:flash|air|plus|long|x|airx|flashx|turbo|v))*"
    # Cerebras's names for Z.ai's GLM (`zai-glm-4.7`)
    r"|zai-glm-\d(?:\.\d+)?(?:-[\w.-]+)?"
    # StepFun's API (`step-1-8k`, `step-2-16k`, `step-1v-32k`, `step-1x-medium`,
    # `step-2x-large`, `step-image-edit-2`, `step-tts-mini`); its open weights are
    # `stepfun-ai/Step-*` on the Hub
    r"|step-\d(?:v|o|x|\.\d)?-(?:\d+k|mini|turbo|flash|large|medium|small|vision)(?:-[\w]+)*"
    r"|step-(?:image-edit|tts|asr|audio)(?:-[\w.]+)+"
    # Groq's speech-to-text (the Hub's are `openai/whisper-large-v3`, namespaced); Cohere's
    r"|whisper-large-v3(?:-turbo)?|distil-whisper-large-v3-en|cohere-transcribe-\d\d-\d{4}"
    # Mistral's speech models; Sarvam AI (saaras STT, saarika, bulbul TTS)
    r"|voxtral-(?:mini|small)[\w.-]*|(?:saaras|saarika|bulbul):v\d[\w.-]*"
    # Xiaomi's MiMo API (`mimo-v2-flash`; the open weights are `XiaomiMiMo/MiMo-*`)
    r"|mimo-v\d(?:\.\d+)?(?:-(?:flash|pro|omni|audio|lite))*"
    # Cerebras; MiniMax
    r"|llama3\.[13]-\d+b|llama-3\.3-70b|qwen-3-\d+b[\w.-]*|MiniMax-(?:M\d[\w.-]*|Text-01|VL-01)|abab\d[\w.-]*"
    r"|speech-0[12]-(?:turbo|hd)|speech-2\.\d-(?:turbo|hd)-preview"  # MiniMax's speech API
    r"|whisper-large-v3(?:-turbo)?|distil-whisper-large-v3-en|playai-tts(?:-arabic)?"
    r"|compound-beta(?:-mini)?"
    # NovelAI's image models (`nai-diffusion-4-5-full`, `nai-diffusion-furry-3`)
    r"|nai-diffusion(?:-furry)?(?:-\d+)*(?:-(?:full|curated|preview|inpainting))*"
    # "Nano Banana", Gemini's image models as fal, Ace Data Cloud and others serve them
    r"|nano-banana(?:-\d+(?:\.\d+)?)?(?:-(?:lite|pro|edit))*(?::official)?"
    # Zhipu AI (BigModel) API
    r"|embedding-[23]|embedding-00\d"  # Zhipu's and Google's embedding APIs
    r"|glm-(?:4|4v|4\.\d|z1|3-turbo)(?:-(?:plus|air|airx|flash|flashx|long|0520|alltools|"
    r"voice|plus-0111)[\w.-]*)?"
    # AI21, Perplexity
    r"|jamba-[\w.-]+|sonar(?:-pro|-reasoning|-reasoning-pro|-deep-research)?"
    r"|pplx-\d+b-(?:online|chat|instruct)|pplx-embed[\w.-]*"
    r"|sonar-(?:small|medium|large|huge)-(?:chat|online)"
    # embedding / speech APIs: Voyage, Jina, Cartesia, ElevenLabs, OpenAI images
    r"|voyage-(?:\d[\w.-]*|large[\w.-]*|code[\w.-]*|finance[\w.-]*|law[\w.-]*|multilingual[\w.-]*|"
    r"multimodal[\w.-]*|context[\w.-]*|lite[\w.-]*)|rerank-(?:lite-)?[12](?:\.5)?(?:-lite)?"
    r"|jina-(?:embeddings|reranker|clip|colbert)-[\w.-]+|jina-vlm|jina-deepsearch-v\d[\w.-]*"
    r"|zerank-\d[\w.-]*"  # ZeroEntropy's reranker API
    r"|jev-(?:latest|\d[\w.-]*)"  # TypeSafe's decision API: `jev-latest`, `jev-1.13.0`
    r"|sonic(?:-\d[\w.-]*|-english|-multilingual|-turbo[\w.-]*)?|ink-whisper"
    r"|scribe_v\d[\w]*|eleven_[a-z0-9_]+|gpt-image-\d[\w.-]*"
    # Cohere Aya, Writer Palmyra; Nomic's embedding API (the Hub's are `nomic-ai/...`)
    r"|c4ai-aya-[\w.-]+|palmyra-[\w.-]+|nomic-embed-(?:text|vision)-v\d(?:\.\d+)?"
    # Chinese platforms: Alibaba DashScope (Qwen API names, lower case), Moonshot/Kimi, Baidu
    # ERNIE, ByteDance Doubao, 01.AI, MiniMax, Tencent Hunyuan, Baichuan, iFlytek Spark
    r"|qwen-(?:max|plus|turbo|long|flash)(?:-[\w.-]+)?|qwq-32b(?:-preview)?"
    r"|qwen-(?:omni|mt|vl|audio|coder|math|doc)-(?:max|plus|turbo|flash|ocr)[\w.-]*"
    r"|qwen3(?:\.\d+)?-(?:max|plus|flash|turbo|coder-plus|coder-flash|vl-plus|vl-max|vl-flash|"
    r"omni-flash|omni-plus)[\w.-]*"
    r"|qwq-(?:plus|32b-preview)[\w.-]*|qwen-qwq-32b|qvq-(?:max|plus)[\w.-]*"
    r"|text-embedding-v[1-4]|moonshot-v1-(?:8k|32k|128k|auto)[\w.-]*"
    r"|kimi-(?:k[2-9](?:\.\d+)?|latest|thinking)(?![\w.])[\w.-]*|ernie-(?:3\.5|4\.0|4\.5|x1(?:\.1)?)(?:-[\w.-]+)?"
    r"|ernie-(?:bot|speed|lite|tiny|char)[\w.-]*|doubao-[\w.-]+"
    # ByteDance's image and video APIs on Volcano Engine / BytePlus: `seedream-5-0-260128`,
    # `seedance-1-0-pro-250528`, `seedance-2-5` (version digits joined by dashes)
    r"|seed(?:ream|ance|edit)-\d(?:[-.]\d)?(?:-(?:pro|lite|fast|mini|i2v|t2v|t2i))*(?:-\d{6})?"
    # Volcano Engine Ark's dated names for the models it hosts beside Doubao: `glm-4-7-251222`
    r"|glm-\d(?:-\d+)*(?:-[a-z]+)*-2\d[01]\d[0-3]\d"
    r"|yi-(?:large|medium|spark|lightning|vision)[\w.-]*|abab\d[\w.-]*|MiniMax-(?:Text|VL|M\d)[\w.-]*"
    r"|hunyuan-(?:pro|standard|lite|turbo|large|vision|code|role|functioncall|t1)[\w.-]*"
    r"|[Bb]aichuan[234]-(?:[Tt]urbo|[Aa]ir)[\w.-]*|[Bb]aichuan4|Baichuan-Text-Embedding|spark-(?:max|pro|lite|ultra)(?:-32k)?"
    # Perplexity's 2024 names, AI21 Jurassic, Deepgram, Stability's REST engines
    r"|llama-3\.1-sonar-(?:small|large|huge)-128k-(?:online|chat)|j2-(?:ultra|mid|light)"
    r"|nova-[23](?:-(?:general|meeting|phonecall|medical|finance|conversationalai|video|"
    r"voicemail|automotive|drivethru|atc))?|aura-(?:2-)?[a-z]+-en"
    r"|stable-diffusion-(?:xl-1024|v1-6|512|768)-v\d-\d|sd3(?:\.5)?-(?:large|medium)(?:-turbo)?"
    r"|stable-image-(?:ultra|core)"
    # Nixtla's hosted forecasting models (`nixtla_client_forecast(df, model="timegpt-1")`)
    r"|timegpt-\d(?:-long-horizon)?"
    r")",
    re.ASCII,
)
# Amazon Bedrock model ids: `anthropic.claude-3-sonnet-20240229-v1:0`,
# `meta.llama3-8b-instruct-v1:0`
_BEDROCK = _lazyre.compile(
    r"(?:(?:us|eu|apac|global|jp|au|ca|us-gov)\.)?(?:anthropic|amazon|meta|mistral|cohere|ai21|stability|"
    r"deepseek|writer|openai|qwen|moonshot|moonshotai|minimax|twelvelabs|luma|nvidia|google|zai|xai)"
    r"\.[a-z0-9][\w.-]*(?::\d+(?::\d+k)?)?",  # provisioned: `:0:28k`
    re.ASCII,
)
#: A Bedrock id whose vendor never made the model: a test's invalid id, `anthropic.gpt-4`.
_BEDROCK_FAMILY = _lazyre.compile(
    r"(?:[a-z-]+\.)?anthropic\.claude(?:-(?:sonnet|opus|haiku|instant))?", re.IGNORECASE
)
_BEDROCK_MISMATCH = _lazyre.compile(r"\banthropic\.(?!claude)")
#: Vendors of closed image, video and voice models, by the names gateways give them (the Hub
#: knows Black Forest Labs as `black-forest-labs`, Kuaishou as `Kwai-Kolors`).
_MEDIA_VENDORS = frozenset(
    {"bfl", "kuaishou", "kling", "klingai", "elevenlabs", "ideogram", "recraft", "midjourney",
     "suno", "pika", "heygen"}
)  # fmt: skip
#: A Bedrock cross-region profile's vendor, `us.anthropic`.
_REGIONAL_BEDROCK = _lazyre.compile(
    r"(?:us|eu|apac|global|jp|au|ca|us-gov)\.(?:anthropic|amazon|meta|mistral|cohere|deepseek|"
    r"writer|openai|qwen)",
    re.ASCII,
)
_API_VERSION = _lazyre.compile(r"\d{4}-\d{2}-\d{2}(?:-preview)?")
# Hosted endpoints named by a path that no Hub id can have (a leading `@`, three parts)
_ENDPOINT_PATH = _lazyre.compile(
    r"@(?:cf|hf)/[\w.-]+/[\w.-]+|fal-ai/[a-z0-9][\w.-]*(?:/[\w.-]+)*"
    r"|accounts/[\w-]+/(?:models|routers|deployedModels)/[\w.-]+",  # Fireworks
    re.ASCII,
)
# litellm / LangChain-style provider prefixes (`openai/gpt-4o`, `anthropic/claude-...`).
_PROVIDERS = frozenset(
    {
        # ScrapeGraphAI's and LangChain's `init_chat_model` spellings
        "azure_openai",
        "google_genai",
        "google_vertexai",
        "oneapi",
        # opencode's LM Studio (litellm's is `lm_studio`, below): `lmstudio/gpt-oss-120b`
        "lmstudio",
        "opencode",  # opencode Zen's models: `opencode/kimi-k3`, `opencode/grok-code`
        "openai",
        "azure",
        "azure_ai",
        "anthropic",
        "gemini",
        "vertex_ai",
        "vertex_ai_beta",
        "google",
        "mistral",
        "codestral",
        "xai",
        "deepseek",
        "cohere",
        "cohere_chat",
        "groq",
        "together_ai",
        "fireworks_ai",
        "bedrock",
        "ollama",
        "ollama_chat",
        "ollama-cloud",  # Ollama's hosted models: `ollama-cloud/kimi-k3`
        "perplexity",
        "openrouter",
        "replicate",
        "ai21",
        "anyscale",
        "deepinfra",
        "cerebras",
        "sambanova",
        "watsonx",
        "databricks",
        "nvidia_nim",
        "voyage",
        "friendliai",
        "cloudflare",
        "vllm",
        "hosted_vllm",
        "lm_studio",
        "text-completion-openai",
        "predibase",
        "x-ai",  # OpenRouter's vendor slug for xAI
        "zai",  # Z.ai (Zhipu) in litellm and opencode: `zai/glm-4.6` (its Hub org is `zai-org`)
        "z-ai",  # OpenRouter's vendor slug for Z.ai
        "github",  # GitHub Models: `github/openai/gpt-4.1`
        "github-copilot",  # coding agents' subscription routes: `github-copilot/gpt-4.1`
        "github_copilot",
        "openai-codex",  # `openai-codex/gpt-5.5`: ChatGPT's Codex backend
        "openai_codex",
        "mistral-ai",  # GitHub Models' publisher slug for Mistral
        # instructor / LangChain-style provider prefixes
        "vertexai",
        "generative-ai",
        "genai",
        "fireworks",
        "writer",
        "together",
        "ollama-chat",
        "huggingface-inference",
        "sambanova-ai",
        "minimax",
        # more of litellm's provider prefixes (none is a Hub owner)
        "deepgram",
        "palm",
        "lambda_ai",
        "moonshot",
        "gradient_ai",
        "oci",
        "nscale",
        "hyperbolic",
        "sagemaker",
        "meta_llama",
        "aleph_alpha",
        "nlp_cloud",
        "dashscope",
        "volcengine",
        "novita",
        "featherless_ai",
        "assemblyai",
        "text-completion-codestral",
    }
)
#: Inference servers' Docker images named like a provider path (`vllm/vllm-openai`).
_SERVER_IMAGES = frozenset({"vllm-openai", "vllm-tpu", "vllm-cpu", "ollama"})
#: A lower-case provider alias (`ppapi`, `corp_llm`; not a hyphenated Hub org such as
#: `lmstudio-community`).
_GATEWAY_ALIAS = _lazyre.compile(
    r"[a-z][a-z0-9_]{1,30}|\d[a-z0-9_]*[a-z][a-z0-9_]*"
)  # (llm-1min's `1min`)
#: A git branch's leading word (`feature/gpt-5-support`): no provider's name.
_BRANCH_WORDS = frozenset(
    {"update", "feature", "feat", "fix", "bugfix", "hotfix", "release", "chore", "docs",
     "refactor", "test", "tests", "dev", "add", "support", "upgrade", "bump", "origin", "main"}
)  # fmt: skip
#: A first-party API's own name with a version (`claude-opus-4-5-20251101`, `gpt-4o-mini`,
#: `gemini-2.5-pro`), not open weights sharing the prefix (`gpt-oss-20b`, xAI's `grok-1`).
_FIRST_PARTY_API = _lazyre.compile(
    r"(?:gpt-(?!oss|neo|j-|2|sw)|claude-|gemini-|grok-(?![12]$))[\w.-]*\d[\w.-]*"
    r"|o[134](?:-[\w.-]+)?"
)
#: Gateways that put a provider path after their own prefix.
_GATEWAYS = frozenset({"portkey", "litellm_proxy", "helicone", "litellm"})  # Agents SDK `litellm/`
# Providers whose prefixed names are never Hub ids (the others, e.g. `openai/whisper-large-v3`,
# are Hub orgs too: there only API model names count).
_PROVIDERS_ONLY = _PROVIDERS - {"openai", "google", "mistral", "cohere", "nvidia_nim", "predibase"}


#: OpenRouter's own routers, `openrouter/auto`, `openrouter/free`: the slug is the name (`free`
#: alone is no model's).
_OPENROUTER_ROUTERS = frozenset({"auto", "free"})
#: The Ollama server's API words, never a model's name: `/api/version`, `/api/tags`.
_OLLAMA_API_WORDS = frozenset(
    {"version", "tags", "ps", "health", "status", "generate", "chat", "embed", "embeddings",
     "pull", "push", "create", "delete", "copy", "show", "api", "blobs"}
)  # fmt: skip
#: What a gateway's docs write where a model name goes.
PLACEHOLDER_NAMES = _PLACEHOLDERS = frozenset(
    {"model", "models", "model-name", "model_name", "modelname", "your-model", "your_model",
     "my-model",
     "<model>", "default", "name", "test-model", "fake-model", "dummy-model", "mock-model",
     "unknown", "none", "null"}
)  # fmt: skip


#: A test's stand-in, one of several lettered or numbered models: `model-a`, `model_2`.
LETTERED_MODEL = _lazyre.compile(r"model[-_]?(?:[a-z]|\d)", re.IGNORECASE)
#: A camelCase word (`alwaysLoad`), never a model's name.
_CAMEL_WORD = _lazyre.compile(r"[a-z]+(?:[A-Z][a-z]+)+")
_VERTEX_MAAS = _lazyre.compile(r"[a-z][\w-]*/[\w.-]+-maas", re.ASCII)
#: Providers whose catalogue names are the Hub's ids (`together_ai/meta-llama/Llama-4-...`).
_HUB_CATALOGUE = frozenset({"together_ai", "together", "togetherai"})
#: Providers whose `vendor/name` paths are their own catalogue's names, not Hub ids.
_OWN_CATALOGUE = frozenset(
    {"replicate", "openrouter", "vertex_ai", "vertex_ai_beta", "fireworks_ai", "palm"}
)


def own_api_name(name: str) -> bool:
    """A hosted API's own name for one of its models (the grammar, not Ollama's library)."""
    return _own_api_name(name)


def _own_api_name(name: str) -> bool:
    """A provider's own name for one of its models (`gpt-4o-2024-08-06`,
    `anthropic.claude-v2`), as the last part of a gateway path."""
    if _QUANTISED_NAME.search(name) is not None:
        return False  # `openai/QuantTrio/MiniMax-M2.5-AWQ`: quantised weights a server loads
    return _API_NAME.fullmatch(name) is not None or _BEDROCK.fullmatch(name) is not None


_QUANTISED_NAME = _lazyre.compile(
    r"[-_.](?:awq|gptq|gguf|exl2|fp8|nvfp4|int[48]|mlx|bnb-4bit|[48]bit)$", re.IGNORECASE
)


#: litellm's prefixes for servers one runs oneself: what follows is the server's own alias.
_SELF_HOSTED = frozenset({"hosted_vllm", "vllm", "llamafile", "xinference", "oobabooga", "triton"})
#: litellm's provider prefixes beyond those above (`zhipu/glm-4-flash`, `zai/glm-4.6`).
_LITELLM_MORE = frozenset(
    {"zhipu", "zhipuai", "zai", "z-ai", "nvidia", "siliconflow", "qwen", "moonshotai"}
)
#: The open weights OpenAI publishes on the Hub, under its own lower-case names.
_OPENAI_HUB = _lazyre.compile(r"(?:whisper|clip|gpt-oss|shap-e|openai-gpt|imagegpt|diffusers)")


def litellm_service(value: str) -> str | None:
    """The provider's name for the model a litellm `model:` routes to, when the first part of
    `value` is a litellm provider and the rest is not a Hub id: `cerebras/llama3.3-70b` ->
    `llama3.3-70b` (Cerebras, not the Hub's `cerebras` org), `nvidia/z-ai/glm-5.2` ->
    `z-ai/glm-5.2`; None otherwise (`huggingface/org/x`, `hosted_vllm/org/x` are the Hub's)."""
    prefix, _, rest = value.partition("/")
    p = prefix.lower()
    if not rest or rest.lower() in _PLACEHOLDERS or not any(c.isalnum() for c in rest):
        return None
    if p in ("openrouter", "nvidia", "nvidia_nim") and rest.count("/") == 1:
        return rest  # OpenRouter's and NVIDIA NIM's catalogues name models `vendor/name`
    if "/" in rest:
        return None
    if p == "openrouter" and rest.lower() in _OPENROUTER_ROUTERS:
        return value
    if p in _SELF_HOSTED and classify_service(rest) is None:
        return None  # `hosted_vllm/qwen3-4b`: the name a server of one's own was given
    if (
        p == "openai"
        and classify_service(rest) is None
        and not _OPENAI_HUB.match(rest)
        and (not rest.islower() or is_ollama_family(rest.partition(":")[0]))
    ):
        # litellm's route to an OpenAI-compatible server (its `api_base`): the name that
        # server serves, `openai/Qwen2.5-Coder-32B-Instruct-AWQ`, `openai/tinyllama`; the
        # Hub's `openai` repositories are lower-case names of OpenAI's own (`whisper-*`), and
        # a server's own alias (`openai/local-model`) names no model
        return rest
    if p in _PROVIDERS_ONLY or p in _LITELLM_MORE:
        return rest
    return None


def gateway_hub_id(value: str) -> str | None:
    """`openai/deepseek-ai/DeepSeek-R1-Distill-Qwen-32B` (litellm through a vLLM server),
    `together_ai/meta-llama/Llama-3-8b-chat-hf`: the Hub id a gateway path serves, or None."""
    if value.count("/") != 2:
        return None
    prefix, _, rest = value.partition("/")
    if prefix.lower() not in _PROVIDERS and prefix.lower() != "huggingface":
        return None
    if prefix.lower() in _OWN_CATALOGUE:
        return None
    if not is_valid_hub_id(rest) or classify_service(rest) is not None:
        return None
    if _own_api_name(rest.rpartition("/")[2]) and prefix.lower() not in _HUB_CATALOGUE:
        return None  # `azure/us/gpt-4o-2024-08-06`: a region's deployment of an API model
    return rest


def is_provider_prefix(namespace: str) -> bool:
    """`mistral/`, `azure_ai/`, `databricks/`: a gateway's provider prefix, not a Hub owner
    (`openai`, `google` and `cohere` are both)."""
    return namespace.lower() in _PROVIDERS and namespace.lower() not in (
        "openai", "google", "cohere", "nvidia_nim", "predibase",  # (also Hub owners)
    )  # fmt: skip


#: Ollama library families (for `name:tag` outside an explicit Ollama call).
_OLLAMA_FAMILY = _lazyre.compile(
    r"(?:(?:llama\d[\w.]*|llama|llama-guard\d*|codellama|tinyllama|mistral[\w.-]*|mixtral|"
    r"gemma\d*[\w.]*|codegemma|qwen[\w.]*|phi\d*[\w.-]*|deepseek[\w.-]*|nomic-embed-text|"
    r"mxbai-embed-large|all-minilm|bge-[\w.-]+|snowflake-arctic-embed\d*|llava[\w.-]*|"
    r"starcoder\d*|vicuna|orca[\w.-]*|neural-chat|command-r[\w.-]*|dolphin[\w.-]*|wizard[\w.-]*|"
    r"granite[\w.-]*|smollm\d*|falcon\d*|yi|aya[\w.-]*|solar|zephyr|openchat|nous-hermes\d*|"
    r"hermes\d*|stablelm[\w.-]*|nemotron[\w.-]*|olmo\d*|moondream|minicpm[\w.-]*|internlm\d*|"
    r"gpt-oss|magistral|devstral|cogito|exaone[\w.-]*|embeddinggemma|tinydolphin|sqlcoder|"
    r"wizardlm\d*|openhermes|notux|medllama\d*|llama-pro|duckdb-nsql|starling-lm|marco-o1|"
    r"athene-v2|reflection|smallthinker|opencoder|paraphrase-multilingual|qwq|kimi-k2|codeqwen|"
    r"codestral|mathstral|bakllava|stable-code|meditron|nexusraven|shieldgemma|firefunction|"
    r"magicoder|openthinker|deepscaler|tulu\d*|phind-codellama|wizardcoder|everythinglm|"
    r"open-orca|samantha|stable-beluga|yarn-|xwinlm|codeup|goliath|megadolphin|alfred|notus|"
    r"dbrx|nuextract|reader-lm|bespoke-minicheck|deepcoder|sailor\d|codebooga|codegeex\d*|"
    r"glm\d|r1-1776|ministral|command-a|lfm\d)[\w.-]*)",
    re.ASCII | re.IGNORECASE,
)
_OLLAMA_TAG = _lazyre.compile(
    r"(?:(?P<host>[a-z0-9.-]+\.[a-z]{2,}(?::\d+)?)/)?(?:(?P<ns>[\w.-]+)/)?"
    r"(?P<name>[\w.-]+)(?::(?P<tag>[\w.-]+))?",
    re.ASCII,
)
_TAG_SHAPE = _lazyre.compile(
    r"latest|cloud|(?:micro|nano|mini|small|medium|large|tiny|lite)(?:-h)?|e\d+b(?:-[\w.-]+)?|\d+(?:\.\d+)?[bBmMkKtT]-[\w.-]+|\d+(?:\.\d+)?[bBmMkKtT](?:[\w.-]*)?|(?:[\w.]+-)?(?:instruct|chat|text|code|vision|"
    r"q\d[\w]*|fp16|f16|bf16|int[48])[\w.-]*|(?:iq|q)\d[\w]*|\d+x\d+[bB][\w.-]*|v?\d+(?:\.\d+)*",
    re.ASCII | re.IGNORECASE,
)


_CLASS_PATH = _lazyre.compile(
    r"[a-z_]\w*(?:\.[a-z_]\w*)+\.[A-Z]\w*|[a-z_]\w*(?:\.[a-z_]\w*){2,}"  # modules, classes
    r"|[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]*)+",  # `OllamaResponses`: a class name
    re.ASCII,
)
_SETTING_VALUE = _lazyre.compile(
    r"[\d.,]+[a-z]{0,2}|true|false|yes|no|on|off|none|null|auto|default|latest"
    r"|minimal|low|medium|high|xhigh|max",  # a reasoning effort: `{"minimal": "low"}`
    re.ASCII | re.IGNORECASE,
)


def is_service_name(value: str) -> bool:
    """A hosted-API model name (OpenAI, Anthropic, Google, Mistral API, xAI, DeepSeek API,
    Cohere, ...), optionally with a litellm provider prefix, or a Bedrock model id."""
    return classify_service(value, ollama=False) is not None


def is_tagged_name(value: str) -> bool:
    """`magicoder:latest`, `mymodel:7b-q4_K_M`: a `name:tag` whose tag is shaped like an Ollama
    tag (for contexts that already say Ollama, where the library name need not be known)."""
    m = _OLLAMA_TAG.fullmatch(value)
    return (
        m is not None
        and m.group("tag") is not None
        and m.group("host") is None
        and _TAG_SHAPE.fullmatch(m.group("tag")) is not None
        and re.fullmatch(r"[a-z][\w.-]*", m.group("name")) is not None
        and _RESOURCE.fullmatch(m.group("name")) is None
    )


#: Software named like a model family: `llama-index-embeddings-ollama`, `llama-cpp-python`.
_LLAMA_SOFTWARE = (
    "llama-index", "llama_index", "llamaindex", "llama-cpp", "llama-stack", "llama-parse",
    "llama-deploy", "llama-hub", "llamahub", "llama-recipes", "llama.cpp", "llama_cpp",
    "llamacpp", "llamafile", "llama-server", "llama-cli", "llama-swap",
)  # fmt: skip


def is_ollama_family(name: str) -> bool:
    """A bare Ollama library name without a tag (`llama3.2`, `mistral`, `nomic-embed-text`).

    The library's names never hold an underscore: `qwen_json` and `gemma4_tokens` are formats.
    """
    return (
        "_" not in name
        and _OLLAMA_FAMILY.fullmatch(name) is not None
        and not name.lower().startswith(_LLAMA_SOFTWARE)
    )


_CLASS_ENTRY = _lazyre.compile(r"[a-z_][\w.]*:[A-Z][a-z]+(?:[A-Z][a-z0-9]*)+", re.ASCII)
_ENTRY_POINT = _lazyre.compile(r"[a-z_]\w*(?:\.[a-z_]\w*)+:[a-z_]\w*", re.ASCII)


#: Words tests give a model they make up (`custom:1b`, `valid:1b`, `fake:latest`): no library's.
_RESOURCE = _lazyre.compile(
    r"(?:cpu|gpu|tpu|mem|memory|disk|(?:nvidia|amd|intel)-gpu[\w.-]*)", re.I
)
#: A name standing for the reader's own: `your-model-name`, `my_llm`, `model-name`.
_PLACEHOLDER_NAME = _lazyre.compile(
    r"(?:(?:your|my|the|some)[-_](?:[a-z]+[-_])?)?(?:model|llm)[-_]name|(?:your|my)[-_](?:model|llm)",
    re.IGNORECASE,
)
_TEST_FAMILIES = frozenset(
    {"custom", "valid", "invalid", "bad", "good", "test", "fake", "dummy", "mock", "foo", "bar",
     "baz", "sample", "example", "unknown", "nonexistent", "missing", "my-model", "some-model",
     "test-model", "fake-model", "dummy-model", "mock-model"}
)  # fmt: skip


def is_ollama_tag(value: str, *, explicit: bool = False) -> bool:
    """An Ollama model tag: `llama3:8b`, `library/qwen2.5:7b`, `hf.co/org/repo:Q4_K_M`.

    Without an explicit Ollama context (an Ollama client call or CLI), only `family:tag` forms
    of known Ollama library families count.
    """
    m = _OLLAMA_TAG.fullmatch(value)
    if m is None or value.startswith("-"):
        return False  # (`typer.Option(Provider.ollama, "--provider")`: a flag)
    host, name, tag = m.group("host"), m.group("name"), m.group("tag")
    if host and host.lower() in ("hf.co", "huggingface.co"):
        return tag is not None or explicit
    if tag is not None and (
        _ENTRY_POINT.fullmatch(value) is not None or _CLASS_ENTRY.fullmatch(value) is not None
    ):
        return False  # a Python entry point: `ollama_downloader.cli:main`, `pkg:OllamaClient`
    if host and not explicit:
        return False
    if "_" in name and name.isupper():
        return False  # a placeholder: `ollama pull MODEL_NAME:TAG`
    if _PLACEHOLDER_NAME.fullmatch(name) is not None:
        return False  # `os.getenv("OLLAMA_MODEL", "your-model-name")`
    if tag is not None and name.lower() in _TEST_FAMILIES:
        return False  # a test's made-up model: `{"ollama": {"name": "custom:1b"}}`, `bad:1b`
    if tag is not None and _RESOURCE.fullmatch(name) is not None:
        return False  # a resource profile: kubeai's `resourceProfile: cpu:1`, `nvidia-gpu-l4:1`
    if (
        explicit
        and tag is None
        and not host
        and not m.group("ns")
        and name[:1].isupper()
        and not any(c.isdigit() for c in name)
    ):
        return False  # a row's label beside the tag: `("qwen2.5:3b", "1.9GB", "Lightweight")`
    if explicit:
        # `OLLAMA_KEEP_ALIVE=24h`, `OLLAMA_NUM_PARALLEL=1`: numbers and durations are settings;
        # `mem0.llms.ollama.OllamaLLM` is a Python class path
        return _SETTING_VALUE.fullmatch(value) is None and _CLASS_PATH.fullmatch(value) is None
    if tag is None:
        return False
    return (
        _OLLAMA_FAMILY.fullmatch(name) is not None
        and _TAG_SHAPE.fullmatch(tag) is not None
        and m.group("ns") in (None, "library")
    )


#: promptfoo-style provider ids: `openai:gpt-4o-mini`, `anthropic:messages:claude-...`,
#: `ollama:chat:llama3.1:8b`, `bedrock:anthropic.claude-...`, `vertex:gemini-1.5-pro`.
_PROVIDER_ID = _lazyre.compile(
    # (any case: mltunex's `"Groq:qwen/qwen3-32b"`, `"OpenAI:gpt-4o"`)
    r"(?P<provider>(?i:openai|azureopenai|azure|anthropic|ollama|bedrock|vertex|google|mistral|groq|"
    r"xai|deepseek|cohere|openrouter|togetherai|together|fireworks|perplexity|litellm|github|"
    r"aws|amazon-bedrock|"  # docs-mcp-server's `aws:amazon.titan-embed-text-v1`
    r"google-gla|google-vertex|google-cloud|gateway|heroku|cerebras|moonshotai|nebius|"
    r"ovhcloud|alibaba|sambanova|grok|huggingface|vllm|crusoe|openai-responses|openai-chat|"
    r"gemini|deepgram|assemblyai|elevenlabs|lmstudio|watsonx|inception|featherless|nvidia|"
    r"baseten|fireworks|deepinfra|hyperbolic|novita|"  # pydantic-ai / deepagents providers
    r"copilot|github-copilot|"  # asfops's `copilot:claude-sonnet-4.5`
    r"foundry|foundry-local|"  # Microsoft Foundry Local: `foundry:phi-4`
    r"experimental))"  # textgrad's litellm engines: `experimental:claude-3-opus-20240229`
    r"(?::(?:chat|completion|completions|messages|embedding|embeddings|responses|assistant|"
    r"realtime|converse|image))?:/?(?P<model>[^\s:/][^\s]*)",  # mlflow: `openai:/gpt-4`
    re.ASCII,
)


_PROVIDER_MODEL = _lazyre.compile(r"[A-Za-z][\w.-]*(?:/[\w.-]+){0,3}", re.ASCII)
#: OpenRouter's `vendor/name` slugs, with a variant (`:free`): lower case, as its catalogue writes.
_ROUTER_SLUG = _lazyre.compile(r"[a-z0-9][a-z0-9.-]*/[a-z0-9][\w.-]*(?::[a-z]+)?", re.ASCII)


def provider_model(value: str) -> str | None:
    """The model named by a promptfoo-style provider id (`openai:chat:gpt-4o` -> `gpt-4o`),
    when the remainder is a hosted-API name or an Ollama tag; None otherwise."""
    if "," in value:
        return None  # a list is its items' (`"openai:gpt-4o:a,anthropic:claude-3-haiku:b"`)
    m = _PROVIDER_ID.fullmatch(value.strip())
    if m is None:
        return None
    rest = m.group("model")
    provider = m.group("provider").lower()
    if provider in ("github", "openrouter", "litellm") and "/" in rest:
        named = classify_service(rest)  # GitHub Models `github:openai/gpt-4o-mini`
        if named is None and provider == "openrouter" and _ROUTER_SLUG.fullmatch(rest):
            return rest  # a name in OpenRouter's catalogue: `meta-llama/llama-3.1-70b-instruct`
        return named
    if provider == "ollama":
        if ":/" in value:
            return None  # a Docker volume, `ollama:/root/.ollama`
        return rest if is_ollama_tag(rest, explicit=True) and not rest.startswith("/") else None
    if provider in ("huggingface", "vllm"):
        return None  # `huggingface:org/name` is a Hub model (the caller's business);
        # `vllm:num_requests_running` is a Prometheus metric
    head, colon, _ = rest.partition(":")
    if colon and head and _API_NAME.fullmatch(head) is not None:
        # a bot spec, `openai:gpt-4o:gpt4o-main`: the provider, its model, a label of one's own
        return head
    known = classify_service(rest)
    if known is not None:
        return known
    if provider in ("aws", "amazon-bedrock"):
        return None  # IAM's condition keys, `aws:SourceIp`: only Bedrock's own names count
    if is_ollama_family(provider) and _TAG_SHAPE.fullmatch(rest) is not None:
        return None  # `mistral:instruct`, `mistral:7b`: an Ollama tag, not a provider's model
    if m.group("provider") != provider and not (any(c.isdigit() for c in rest) and rest.islower()):
        return None  # .NET's configuration keys: `"OpenAI:ApiKey"`, `"AzureOpenAI:Endpoint"`
    if rest.lower() in _API_ROUTES:
        return None  # mirascope's `"provider_id": "openai:completions"`: an API, not a model
    if rest.lower() in _AGENT_RUNTIMES:
        return None  # promptfoo's `anthropic:claude-agent-sdk`: an agent, its model set apart
    if _IAM_ACTION.fullmatch(rest) is not None:
        return None  # an IAM policy's action, `bedrock:InvokeModel`: an API call, not a model
    if len(rest) < 2 or _CAPS_PLACEHOLDER.fullmatch(rest) is not None:
        # a test's placeholder, `DeepAgentsAgent("anthropic:x")`; a docs table's format,
        # `openai:MODEL`, `anthropic:MODEL_NAME`
        return None
    # pydantic-ai's `provider:model` names the provider's model, whatever its name
    if _PROVIDER_MODEL.fullmatch(rest) and _SETTING_VALUE.fullmatch(rest) is None:
        return rest
    return None


#: OpenRouter's variants of a slug (`openai/gpt-oss-20b:free`).
ROUTER_VARIANTS = frozenset(
    {"free", "beta", "nitro", "extended", "floor", "online", "thinking", "exacto"}
)
#: An abbreviated commit: hex digits, at least one of them a letter and one a digit.
_COMMIT_HASH = _lazyre.compile(r"(?=[0-9a-f]*[a-f])(?=[0-9a-f]*\d)[0-9a-f]{7,40}")
_IAM_ACTION = _lazyre.compile(r"(?:[A-Z][a-z]+){2,}")
_CAPS_PLACEHOLDER = _lazyre.compile(r"[A-Z][A-Z_]*")
#: promptfoo's providers that run an agent, not a model: the model is set in their `config`.
_AGENT_RUNTIMES = frozenset({"claude-agent-sdk", "claude-code", "codex-sdk", "codex-app-server"})
_API_ROUTES = frozenset(
    {"chat", "completion", "completions", "messages", "embedding", "embeddings", "responses",
     "assistant", "assistants", "realtime", "converse", "image", "images", "audio", "moderations"}
)  # fmt: skip


_CONFIG_FILE = _lazyre.compile(r"\.(?:ya?ml|json|jsonl|toml|ini|cfg|txt|md|py|env)$", re.IGNORECASE)


#: GPT-3's base models (retired 2024), named only after OpenAI's prefix.
_GPT3_BASE = frozenset({"ada", "babbage", "curie", "davinci"})
#: A date's digits written as letters: `gpt-4o-2024-12-xx`, `claude-3-5-sonnet-2024xxxx`.
_DATE_PLACEHOLDER = _lazyre.compile(r"(?:-|\d)(?:xx|XX|YYYY|yyyy|MMDD|mmdd)(?![a-wyz])")
#: Zhipu's API names in its console's capitals (the open weights on the Hub are `GLM-4-9B`,
#: `GLM-4.5-Air`, never these tiers).
_ZHIPU_CAPITALISED = _lazyre.compile(
    r"GLM-4-(?:Plus|AirX|Air|FlashX|Flash|Long)(?:-\d{4,6})?", re.IGNORECASE
)


#: A UUID, the name of a private deployment (`watsonx/deployment/01a09ac6-1cde-7043-...`).
UUID = _lazyre.compile(r"[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12}", re.IGNORECASE)


def classify_service(value: str, *, ollama: bool = False) -> str | None:
    """The service identifier for `value` when it names a hosted-API model or an Ollama tag
    (`ollama`: inside an explicit Ollama context); None otherwise. A litellm-style provider
    prefix is dropped (`openai/gpt-4o` -> `gpt-4o`, `ollama/llama3:8b` -> `llama3:8b`)."""
    v = value.strip()
    if not v or len(v) > 200 or any(c.isspace() for c in v) or "," in v:
        return None  # (a list is its items': `perplexity/sonar-pro,other-model`)
    if v.lower().endswith("[1m]") and len(v) > 4:
        # Claude Code's `claude-sonnet-4-5[1m]`, `deepseek-v4-pro[1m]`: the model with its
        # million-token context
        return classify_service(v[:-4], ollama=ollama)
    if "<" in v or ">" in v or _DATE_PLACEHOLDER.search(v) is not None:
        return None  # a placeholder: `azure/<deployment>`, `gpt-4o-2024-12-xx`
    if not v.rpartition("/")[2].partition(":")[0]:
        return None  # a test's edge case, `anthropic/:free`, `anthropic/`: no model named
    if v.endswith(("-", ".", "_", "/")):
        return None  # `model.startswith("gpt-4-")`: a prefix, not a name
    if v.lower().endswith("-tokenizer"):
        return None  # AI21's `jamba-1.5-mini-tokenizer`: the model's tokenizer, not a model
    if v.lower().endswith(("-deployment", "-deploy", "_deployment")):
        return None  # Azure's `deployment: "gpt-4o-deployment"`: a name one gave a deployment
    if _CONFIG_FILE.search(v) is not None:
        return None  # llm-azure's `azure/config.yaml`: a file, not a deployment
    head, colon, api = v.rpartition(":")
    if colon and api in ("completions", "responses") and head and ":" not in head:
        # mirascope's `"openai/gpt-4o-mini:completions"`: the model and the API it is called by
        named = classify_service(head, ollama=ollama)
        return named if named is not None and ":" not in named else None
    if UUID.search(v) is not None:
        return None  # a private deployment: `watsonx/deployment/01a09ac6-1cde-7043-...`
    head, at, route = v.partition("@")
    if at and "=" in route and head:
        # a router's routing suffix: `anthropic/claude-opus-5@provider=amazon-bedrock`
        return classify_service(head, ollama=ollama)
    if v.startswith("~") and "/" in v:
        return classify_service(v[1:], ollama=ollama)  # OpenRouter's `~anthropic/claude-...`
    if v.startswith("ft:") and v.count(":") >= 2:  # an OpenAI fine-tune: `ft:<base>:<org>:...`
        base = v.split(":")[1]
        return v if _API_NAME.fullmatch(base) is not None else None
    if v.startswith(("ollama:", "ollama_chat:")):  # `--llm ollama:llama3.2:3b`
        rest = v.partition(":")[2]
        ok = rest and not rest.startswith((".", "/", "~")) and is_ollama_tag(rest, explicit=True)
        return rest if ok else None
    if "/" in v:
        prefix, _, rest = v.partition("/")
        last = v.rpartition("/")[2]
        if (
            "/" in rest
            and prefix.lower() in _PROVIDERS | _GATEWAYS
            and _own_api_name(last)
            and not rest.startswith("accounts/")  # Fireworks' paths are the names themselves
            and prefix.lower() not in _HUB_CATALOGUE
        ) or (prefix.lower() in _OWN_CATALOGUE and "/" in rest and any(c.isalnum() for c in last)):
            # `azure/global-standard/gpt-4o-2024-08-06`, `openrouter/anthropic/claude-3-haiku`,
            # `bedrock/us-east-1/anthropic.claude-v2`: a provider's path to the API's own name;
            # `replicate/meta/llama-2-13b`, `vertex_ai/meta/llama3-8b-instruct-maas`: a name in
            # the provider's own catalogue (not a Hub id)
            if prefix.lower() == "openrouter" and rest.count("/") == 1 and ":" in last:
                return rest  # a variant stays on the slug: `tngtech/deepseek-r1t2-chimera:free`
            return last
        if prefix.lower() in _GATEWAYS and "/" in rest:
            return classify_service(rest)  # Portkey's `portkey/anthropic/claude-3-sonnet-...`
        if prefix == "Pro" and rest.count("/") == 1 and v.count("/") == 2:
            return v  # SiliconFlow's paid tier: `Pro/deepseek-ai/DeepSeek-V3.1-Terminus`
        if prefix.lower() in _MEDIA_VENDORS and "/" not in rest and any(c.isdigit() for c in rest):
            return rest  # infro's `bfl/flux-2-pro`, `kuaishou/kling-o3`: a closed model's vendor
        if _REGIONAL_BEDROCK.fullmatch(prefix) is not None and "/" not in rest:
            return v  # Mastra's `us.anthropic/claude-3-5-sonnet-v2`: Bedrock's, by region
        if _ENDPOINT_PATH.fullmatch(v) is not None:
            return v  # Cloudflare Workers AI `@cf/meta/llama-3-8b-instruct`, fal `fal-ai/flux/dev`
        if prefix.lower() == "openai" and rest in _GPT3_BASE:
            return rest  # HELM's `openai/davinci`: GPT-3's base models, words without the prefix
        if _VERTEX_MAAS.fullmatch(v) is not None:
            # Vertex AI's model-as-a-service, `meta/llama-3.2-90b-vision-instruct-maas`, also
            # under a Hub organisation: `google/gemma-4-26b-a4b-it-maas` is not `google/gemma-*`
            return v
        if (
            prefix not in _PROVIDERS
            and _GATEWAY_ALIAS.fullmatch(prefix) is not None
            and prefix not in _BRANCH_WORDS  # `git checkout -b update/claude-opus-4-x`
            and (
                _FIRST_PARTY_API.fullmatch(rest) is not None
                # an `llm` plugin's `1min/deepseek-reasoner`: no Hub owner starts so
                or (prefix[:1].isdigit() and _API_NAME.fullmatch(rest) is not None)
            )
        ):
            # a provider a tool was configured with, under the name it was given (opencode's
            # or Harbor's `--model ppapi/claude-opus-4-5-20251101`): a first-party name under
            # a lower-case alias is that API's model (Hub orgs are mostly capitalised, and a
            # repository named `gpt-4o` or `claude-3-opus` is a tokenizer: `Xenova/gpt-4o`)
            return rest
        if prefix in _PROVIDERS:
            if (
                not rest
                or not any(c.isalnum() for c in rest)
                or rest.lower() in _PLACEHOLDERS
                or LETTERED_MODEL.fullmatch(rest) is not None  # a test's `vela/model-a`
            ):
                return None  # `openai/...` in a table of prefixes, litellm's `vllm/model`
            if rest.lower().partition(":")[0] in _SERVER_IMAGES:
                return None  # the `vllm/vllm-openai` Docker image, in prose
            if prefix == "databricks" and not (
                rest.startswith("databricks-") and "dolly" not in rest
            ):
                return None  # `databricks/dbrx-instruct`, `databricks/dolly-v2-12b`: Hub repos
            if prefix == "cerebras" and rest.startswith("Cerebras-"):
                return None  # `cerebras/Cerebras-GPT-6.7B`: the company's open weights on the Hub
            if prefix == "openrouter" and rest.lower() in _OPENROUTER_ROUTERS:
                return v
            if prefix == "groq" and rest.lower() in ("compound", "compound-mini"):
                return v  # Groq's agentic systems are named `groq/compound` in its own API
            if prefix in _PROVIDERS_ONLY:
                if prefix == "ollama" and rest.partition("/")[0].lower() in ("api", "v1"):
                    return None  # `"source": "ollama/api/tags"`: the server's REST route
                if _CAMEL_WORD.fullmatch(rest) is not None:
                    return None  # MCP's `"anthropic/alwaysLoad": True`: a vendor's key
                if prefix == "anthropic" and not rest.lower().startswith("claude"):
                    return None  # `"anthropic/thinkingmachines" not in message`: no Claude
                return rest
            if prefix in ("google", "openai") and (
                is_ollama_family(rest) or (rest.startswith("whisper-") and rest != "whisper-1")
            ):
                return None  # `google/gemma-7b-it`, `openai/gpt-oss-20b`: Hub repositories
            if _API_NAME.fullmatch(rest) is not None or (
                prefix == "openai" and rest.startswith(("gpt-4", "gpt-3.5", "o1", "o3"))
            ):
                return rest
            if prefix == "openai" and "@" in rest and is_ollama_family(rest.partition("@")[0]):
                return rest  # LM Studio through an OpenAI client: `openai/qwen2.5-7b@q4_k_m`
            if (
                prefix == "openai"
                and ":" in rest
                and rest.rpartition(":")[2] not in ROUTER_VARIANTS  # OpenRouter's `:free`
                and not _OPENAI_HUB.match(rest)  # the Hub router's `gpt-oss-120b:cerebras`
                and is_ollama_tag(rest, explicit=True)
            ):
                # aider's `model: openai/qwen2.5-coder:14b-instruct`: an Ollama tag through its
                # OpenAI-compatible endpoint (no Hub repository's name holds a colon)
                return rest
            return None
        if prefix.lower() in ("models",) and _API_NAME.fullmatch(rest) is not None:
            return rest  # Gemini REST form models/gemini-1.5-pro
        if _API_VERSION.fullmatch(rest) is not None and _API_NAME.fullmatch(prefix) is not None:
            return prefix  # Azure OpenAI's deployment/version: `gpt-4o/2024-02-15-preview`
    if _API_NAME.fullmatch(v) is not None and not v.startswith("gpt-oss"):
        return v
    if _ZHIPU_CAPITALISED.fullmatch(v) is not None:
        return v  # Zhipu's names as its console writes them: `GLM-4-FlashX`, `GLM-4-Plus`
    if (
        _BEDROCK.fullmatch(v) is not None
        and (":" in v or "-" in v.partition(".")[2])
        and _BEDROCK_FAMILY.fullmatch(v) is None  # a family, as a prefix to match ids by
        and not _BEDROCK_MISMATCH.search(v)
    ):
        return v  # `anthropic.claude-3-sonnet-20240229-v1:0`, `amazon.titan-embed-text-v1`
    conn, dot, name = v.partition(".")
    if dot and conn.lower().endswith("connection") and _FIRST_PARTY_API.fullmatch(name):
        return name  # `my_anthropic_connection.claude-sonnet-4-5-20250929`: a named connection's
    if "ollama" in v.lower().replace("_", "-").split("-"):
        # a CI job's or a container's name, `ollama-e2e`, a project's, `offline-ollama-rag-app`:
        # the tool, not a model
        return None
    if ollama and _COMMIT_HASH.fullmatch(v) is not None:
        return None  # a table's source commit, `ebb3f48818`, beside Ollama's names
    if v.lower() in _OLLAMA_API_WORDS:
        return None  # `"ollama": ("/api/version", "version")`: the server's API, not a model
    if is_ollama_tag(v, explicit=ollama):
        return v
    return None
