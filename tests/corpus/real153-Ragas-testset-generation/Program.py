import os
import logging
import openai
import glob
from dotenv import load_dotenv, find_dotenv
from langchain_community.document_loaders import UnstructuredMarkdownLoader
from langchain_openai import ChatOpenAI
from ragas.llms import LangchainLLMWrapper
from ragas.embeddings import OpenAIEmbeddings
from ragas.testset import TestsetGenerator

logging.basicConfig(
    level=logging.INFO,
    format="%(asctime)s - %(levelname)s - %(message)s",
)


def main():
    """Generate a Ragas test set from the markdown docs."""
    try:
        load_dotenv(find_dotenv(usecwd=True), override=False)
        if not os.environ.get("OPENAI_API_KEY"):
            logging.error("OPENAI_API_KEY missing, check .env")
            return

        path = "Sample_Docs_Markdown/"
        markdown_files = glob.glob(os.path.join(path, "**/*.md"), recursive=True)
        if not markdown_files:
            logging.warning("no markdown files found")
            return

        all_docs = []
        for file_path in markdown_files:
            loader = UnstructuredMarkdownLoader(file_path, mode="single")
            all_docs.extend(loader.load())

        # models
        generator_llm = LangchainLLMWrapper(ChatOpenAI(model="gpt-4o"))
        openai_client = openai.OpenAI()
        generator_embeddings = OpenAIEmbeddings(client=openai_client)

        generator = TestsetGenerator(llm=generator_llm, embedding_model=generator_embeddings)
        dataset = generator.generate_with_langchain_docs(all_docs, testset_size=10)

        df = dataset.to_pandas()
        print(df.head())

    except Exception as e:
        logging.error(f"unexpected error: {e}", exc_info=True)


if __name__ == "__main__":
    main()
