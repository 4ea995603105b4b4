import json
import os
import re
import tempfile
from pathlib import Path

from kaggle import KaggleApi
from omegaconf import DictConfig
from transformers import AutoConfig, AutoTokenizer


def metadata_for(name: str) -> dict:
    return {
        "id": f'{os.environ["KAGGLE_USERNAME"]}/{name}',
        "licenses": [{"name": "CC0-1.0"}],
        "title": name,
    }


class Deploy:
    def __init__(self, cfg: DictConfig, client: "KaggleApi"):
        self.cfg = cfg
        self.client = client

    def _exists(self, name: str) -> bool:
        mine = self.client.dataset_list(user=os.getenv("KAGGLE_USERNAME"))
        return any(str(ds) == f'{os.getenv("KAGGLE_USERNAME")}/{name}' for ds in mine)

    def push_huguingface_model(self) -> None:
        # mirror the backbone's tokenizer + config as a Kaggle dataset (no internet at inference)
        backbone = self.cfg.model_name
        name = re.sub(r"[/_]", "-", backbone)
        if self._exists(name):
            return
        tok = AutoTokenizer.from_pretrained(backbone)
        conf = AutoConfig.from_pretrained(backbone)
        with tempfile.TemporaryDirectory() as tmp:
            conf.save_pretrained(tmp)
            tok.save_pretrained(tmp)
            (Path(tmp) / "dataset-metadata.json").write_text(json.dumps(metadata_for(name), indent=4))
            self.client.dataset_create_new(folder=tmp, public=True, quiet=False, dir_mode="zip")

    def push_output(self) -> None:
        name = re.sub(r"[/_=]", "-", self.cfg.experiment_name)
        if self._exists(name):
            return
        with tempfile.TemporaryDirectory() as tmp:
            dst = Path(tmp) / name
            dst.mkdir()
            (dst / "dataset-metadata.json").write_text(json.dumps(metadata_for(name), indent=4))
            self.client.dataset_create_new(folder=dst, public=False, quiet=False, dir_mode="zip")

    def push_code(self) -> None:
        name = re.sub(r"[/_=]", "-", self.cfg.meta.competition)
        with tempfile.TemporaryDirectory() as tmp:
            dst = Path(tmp) / name / "src"
            dst.mkdir(parents=True)
            (dst / "dataset-metadata.json").write_text(json.dumps(metadata_for(name), indent=4))
            self.client.dataset_create_new(folder=dst, public=False, quiet=False, dir_mode="zip")
