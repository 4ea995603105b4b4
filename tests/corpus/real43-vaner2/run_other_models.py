import bisect
import os
import sys
import time

from tqdm import tqdm

from model.data import *
from model.utils import *


def Hunflair2_predict(tagger, text, offsets, doc_ids):
    from flair.data import Sentence
    from flair.tokenization import SciSpacyTokenizer
    sentence = Sentence(text, use_tokenizer=SciSpacyTokenizer())
    tagger.predict(sentence)
    predictions = []
    for entity in sentence.get_spans('ner'):
        doc_pos = bisect.bisect_right(offsets, entity.start_position) - 1
        predictions.append((entity.tag, 'None', doc_ids[doc_pos], entity.start_position - offsets[doc_pos],
                            entity.end_position - offsets[doc_pos], entity.score))
    return predictions


def BERN2_predict(text, offsets, doc_ids):
    import requests
    reply = requests.post("http://bern2.korea.ac.kr/plain", headers={}, json={'text': text}, timeout=60).json()
    return reply['annotations']


def Pubtator3_submit(text, input_type):
    import requests
    headers = {'Content-Type': 'application/x-www-form-urlencoded'}
    data = 'text={}&bioconcept={}'.format('1|t|\n1|a|' + text, input_type)
    response = requests.post('https://www.ncbi.nlm.nih.gov/CBBresearch/Lu/Demo/RESTful/request.cgi', headers=headers, data=data)
    return response.json()['id']


def evaluate_with_text_only(method, base_path, dataset_folder, score_threshold):
    if method == 'Pubtator3':
        input_types = ['Gene', 'Chemical', 'Disease', 'Species', 'All']
    elif method == 'Hunflair2':
        from flair.models.prefixed_tagger import PrefixedSequenceTagger
        tagger = PrefixedSequenceTagger.load("./finetuned_models/hunflair2-ner/pytorch_model.bin")
    elif method == 'Mmeds_Llama3':
        sys.path.insert(0, '../related_works/Mmeds_Llama3/')
        from mmeds_llama3 import MedS_Llama3
        input_types = ['Gene', 'Chemical', 'Disease', 'Organism']
        sdk_api = MedS_Llama3(model_path="../related_works/Mmeds_Llama3/finetuned_models/MMedS-Llama-3-8B", gpu_id=0)
    elif method == 'Scispacy':
        import spacy
        model_names = ["en_ner_craft_md", "en_ner_jnlpba_md", "en_ner_bc5cdr_md", "en_ner_bionlp13cg_md"]
        spacy_models = [spacy.load(name) for name in model_names]
    elif method != 'BERN2':
        raise TypeError('Unknown method name!')

    save_path = base_path + method + '/'
    os.makedirs(save_path + 'predictions/', exist_ok=True)
    test_path = './data/Medical_NER_datasets/' + dataset_folder + '/test/'
    test_data = read_data(test_path, mode='eval_text')
    for data in tqdm(test_data):
        print('Evaluating on {}...'.format(data['dataset']))
        time.sleep(1)


if __name__ == '__main__':
    for method in ['Hunflair2', 'BERN2', 'Pubtator3', 'Mmeds_Llama3', 'Scispacy']:
        evaluate_with_text_only(method, './results/Converted_New/', 'Converted_New', 0.5)
