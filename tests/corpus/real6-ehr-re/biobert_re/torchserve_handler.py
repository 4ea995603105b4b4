import logging
from abc import ABC
from typing import List, Sequence, Tuple, Union

import numpy as np
from transformers import (AutoModelForSequenceClassification, AutoTokenizer,
                          PreTrainedTokenizer, Trainer, TrainingArguments)
from ts.torch_handler.base_handler import BaseHandler

from annotations import Relation
from ehr import HealthRecord
from utils_re import RETestDataset

log = logging.getLogger(__name__)
RE_SEQ_LEN = 128


class RelationHandler(BaseHandler, ABC):
    """TorchServe handler for relation extraction."""

    def __init__(self):
        super().__init__()
        self.initialized = False
        self.tokenizer: Union[PreTrainedTokenizer, None] = None
        self.labels: Union[Sequence[str], None] = None
        self.trainer: Union[Trainer, None] = None

    def initialize(self, context):
        self.manifest = context.manifest
        model_dir = context.system_properties.get("model_dir")

        self.model = AutoModelForSequenceClassification.from_pretrained(model_dir)
        self.tokenizer = AutoTokenizer.from_pretrained(model_dir)
        log.info("loaded transformer model from %s", model_dir)

        self.labels = ["0", "1"]
        args = TrainingArguments(output_dir="/tmp", do_predict=True)
        self.trainer = Trainer(model=self.model, args=args)
        self.initialized = True

    def preprocess(self, data) -> Tuple[HealthRecord, RETestDataset]:
        raw = data[0].get("data") or data[0].get("body")
        if isinstance(raw, (bytes, bytearray)):
            raw = raw.decode("utf-8")
        record = HealthRecord.from_json(raw)
        record.tokenizer = self.tokenizer
        ds = RETestDataset(test_ehr=record, tokenizer=self.tokenizer,
                           max_seq_len=RE_SEQ_LEN, label_list=self.labels)
        return record, ds

    def inference(self, ds: RETestDataset, *args, **kwargs) -> List[Relation]:
        if len(ds) == 0:
            return []
        preds = np.argmax(self.trainer.predict(test_dataset=ds).predictions, axis=1)
        found, n = [], 1
        for rel, p in zip(ds.relation_list, preds):
            if p == 1:
                rel.ann_id = "R%d" % n
                n += 1
                found.append(rel)
        return found

    def handle(self, data, context):
        record, ds = self.preprocess(data)
        record.relations = self.inference(ds)
        return [record.to_json()]
