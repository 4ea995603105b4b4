import argparse
import pickle
import sys
import os
import json

from langchain.vectorstores import FAISS
from langchain.embeddings import OpenAIEmbeddings, HuggingFaceEmbeddings
from langchain.docstore.document import Document

sys.path.append(
    os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
)

from utils.jmultiwoz import JMultiWOZDataset
from utils.data_utils import context_list2str


def main(args):
    if args.embeddings == 'huggingface':
        embeddings = HuggingFaceEmbeddings(model_name=args.model)
    elif args.embeddings == 'openai':
        embeddings = OpenAIEmbeddings(document_model_name=args.model,
                                      query_model_name=args.model,
                                      openai_api_key=os.environ.get('OPENAI_API_KEY', ''))
    else:
        raise ValueError(f"Unknown embeddings: {args.embeddings}")

    dataset = JMultiWOZDataset(dataset_dpath=args.dataset_dpath)

    # take up to N dialogues per domain as few-shot examples
    domain_counter = {domain: 0 for domain in dataset.available_domains}
    docs = []
    for dialogue_name in dataset.list_dialogues(split=args.split):
        goal = dataset.get_dialogue(split=args.split, dialogue_name=dialogue_name)['goal']
        if all(cnt >= args.dialogues_per_domain for cnt in domain_counter.values()):
            break
        if all(domain_counter[d] >= args.dialogues_per_domain for d in goal):
            continue
        for d in goal:
            domain_counter[d] += 1
        for context, turn in dataset.iter_dialogue_turns(split=args.split, dialogue_name=dialogue_name):
            text = context_list2str(context=context, max_context_turns=args.context_turns,
                                    user_utterance_prefix=args.user_utterance_prefix,
                                    system_utterance_prefix=args.system_utterance_prefix)
            docs.append(Document(page_content=text, metadata={'dialogue_name': dialogue_name, 'turn': turn}))

    faiss_vs = FAISS.from_documents(documents=docs, embedding=embeddings)
    os.makedirs(os.path.dirname(args.output_faiss_db_fprefix), exist_ok=True)
    json.dump(args.__dict__, open(f"{args.output_faiss_db_fprefix}.args.json", 'w'), indent=4, ensure_ascii=False)
    with open(f"{args.output_faiss_db_fprefix}.pkl", 'wb') as f:
        pickle.dump(faiss_vs, f)


if __name__ == '__main__':
    parser = argparse.ArgumentParser()
    parser.add_argument('--dataset_dpath', type=str, required=True)
    parser.add_argument('--output_faiss_db_fprefix', type=str, required=True)
    parser.add_argument('--split', type=str, default="train")
    parser.add_argument('--context_turns', type=int, default=2)
    parser.add_argument('--dialogues_per_domain', type=int, default=20)
    parser.add_argument('--user_utterance_prefix', type=str, default='<顧客>')
    parser.add_argument('--system_utterance_prefix', type=str, default='<店員>')
    parser.add_argument('--embeddings', type=str, default='huggingface',
                        help='huggingface or openai')
    parser.add_argument('--model', type=str, default='cl-nagoya/sup-simcse-ja-large',
                        help='Model name to use for embeddings.')

    args = parser.parse_args()
    main(args)
