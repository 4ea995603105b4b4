from airflow import DAG
from datetime import datetime, timedelta
from airflow.decorators import task
from airflow.models import Variable
import pandas as pd
import time
import requests
import os

from sentence_transformers import SentenceTransformer
from pinecone import Pinecone, ServerlessSpec


default_args = {
    "owner": "airflow",
    "depends_on_past": False,
    "retries": 1,
    "retry_delay": timedelta(minutes=5),
}

with DAG(
    dag_id="Medium_to_Pinecone",
    default_args=default_args,
    description="Build a Medium Posting Search Engine using Pinecone",
    schedule_interval=timedelta(days=7),
    start_date=datetime(2025, 4, 1),
    catchup=False,
    tags=["medium", "pinecone", "search-engine"],
) as dag:

    @task
    def download_data():
        """Download Medium dataset using requests"""
        data_dir = "/tmp/medium_data"
        os.makedirs(data_dir, exist_ok=True)
        file_path = f"{data_dir}/medium_data.csv"
        url = "https://s3-geospatial.s3.us-west-2.amazonaws.com/medium_data.csv"
        response = requests.get(url)
        if response.status_code != 200:
            raise Exception(f"Failed to download data: HTTP Status {response.status_code}")
        with open(file_path, "wb") as f:
            for chunk in response.iter_content(chunk_size=8192):
                f.write(chunk)
        return file_path

    @task
    def preprocess_data(data_path):
        df = pd.read_csv(data_path)
        df["title"] = df["title"].astype(str).fillna("")
        df["subtitle"] = df["subtitle"].astype(str).fillna("")
        df["metadata"] = df.apply(lambda row: {"title": row["title"] + " " + row["subtitle"]}, axis=1)
        df["id"] = df.reset_index(drop="index").index.astype(str)
        preprocessed_path = "/tmp/medium_data/medium_preprocessed.csv"
        df.to_csv(preprocessed_path, index=False)
        return preprocessed_path

    @task
    def create_pinecone_index():
        pc = Pinecone(api_key=Variable.get("pinecone_api_key"))
        spec = ServerlessSpec(cloud="aws", region="us-east-1")
        index_name = "semantic-search-fast"
        if index_name in [i["name"] for i in pc.list_indexes()]:
            pc.delete_index(index_name)
        pc.create_index(index_name, dimension=384, metric="dotproduct", spec=spec)  # dimensionality of minilm
        while not pc.describe_index(index_name).status["ready"]:
            time.sleep(1)
        return index_name

    @task
    def generate_embeddings_and_upsert(data_path, index_name):
        df = pd.read_csv(data_path)
        model = SentenceTransformer("all-MiniLM-L6-v2", device="cpu")
        pc = Pinecone(api_key=Variable.get("pinecone_api_key"))
        index = pc.Index(index_name)
        batch_size = 100
        for i in range(0, len(df), batch_size):
            batch_df = df.iloc[i : i + batch_size].copy()
            metadata_list = batch_df["metadata"].apply(eval).tolist()
            embeddings = model.encode([m["title"] for m in metadata_list])
            index.upsert([
                {"id": str(row["id"]), "values": embeddings[j].tolist(), "metadata": metadata_list[j]}
                for j, (_, row) in enumerate(batch_df.iterrows())
            ])
        return index_name

    @task
    def test_search_query(index_name):
        model = SentenceTransformer("all-MiniLM-L6-v2", device="cpu")
        pc = Pinecone(api_key=Variable.get("pinecone_api_key"))
        index = pc.Index(index_name)
        query = "what is ethics in AI"
        results = index.query(vector=model.encode(query).tolist(), top_k=5, include_metadata=True)
        for result in results["matches"]:
            print(f"ID: {result['id']}, Score: {result['score']}")

    data_path = download_data()
    preprocessed_path = preprocess_data(data_path)
    index_name = create_pinecone_index()
    final_index_name = generate_embeddings_and_upsert(preprocessed_path, index_name)
    test_search_query(final_index_name)
