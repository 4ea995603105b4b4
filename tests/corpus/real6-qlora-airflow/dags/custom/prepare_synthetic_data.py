import os
from datetime import datetime

from airflow import DAG
from airflow.operators.python import PythonOperator
from airflow.providers.postgres.operators.postgres import PostgresOperator

from custom.synthetic_data.inserting_articles import insert_articles
from custom.synthetic_data.prompt_running.extract_article_summary import generate_article_summaries_async
from custom.synthetic_data.prompt_running.extract_topics_base_on_summaries import generate_topics_from_parts_and_summaries_async

# cache locations must be set before `datasets` is imported
os.environ['HF_HOME'] = '/opt/airflow/data/hf/cache/'
os.environ['HF_DATASETS_CACHE'] = '/opt/airflow/data/hf/datasets/'
os.environ['TRANSFORMERS_CACHE'] = '/opt/airflow/data/hf/models/'
from datasets import load_dataset

default_args = {
    'owner': 'dehydratedwater',
    'depends_on_past': True,
    'start_date': datetime(2021, 1, 1),
    'retries': 1,
}


def download_dataset():
    for sub in ('cache', 'datasets', 'models'):
        os.makedirs(f'/opt/airflow/data/hf/{sub}', exist_ok=True)
    load_dataset(
        path='scientific_papers',
        name='arxiv',
        cache_dir='/opt/airflow/data/hf/datasets',
        trust_remote_code=True,
        )
    load_dataset(
        path='scientific_papers',
        name='pubmed',
        cache_dir='/opt/airflow/data/hf/datasets',
        trust_remote_code=True,
        )


def test_dataset():
    ds = load_dataset(
        path='scientific_papers',
        name='arxiv',
        cache_dir='/opt/airflow/data/hf/datasets',
        trust_remote_code=True,
        )
    print(ds['train'][0])


with DAG(
    'prepare_synthetic_data_v5',
    default_args=default_args,
    description='Prepare synthetic data',
    schedule_interval='@once',
    catchup=False,
    template_searchpath='/opt/airflow/sql'
) as dag:

    t_download = PythonOperator(task_id='download_dataset', python_callable=download_dataset)

    t_init_db = PostgresOperator(
        task_id='initialize_database',
        postgres_conn_id='synthetic_data',
        sql='synthetic_data/initialize_database.sql',
    )

    t_insert = PythonOperator(
        task_id='insert_articles',
        python_callable=insert_articles,
        op_kwargs={
            'inserted_dataset': 'arxiv',
            'chunk_size': 1024,
            'chunk_overlap': 256,
            },
    )

    t_test = PythonOperator(task_id='test_dataset', python_callable=test_dataset)

    t_summaries = PythonOperator(
        task_id='generate_article_summaries',
        python_callable=generate_article_summaries_async,
        op_kwargs={'num_of_llms': 4, 'max_tokens': 4096, 'amount_to_process': 10000, 'summary_variant': 0},
    )

    t_topics = PythonOperator(
        task_id='generate_general_categories',
        python_callable=generate_topics_from_parts_and_summaries_async,
        op_kwargs={'num_of_llms': 4, 'max_tokens': 4096, 'amount_to_process': 10800, 'summary_variant': 0},
    )

    t_download >> t_test
    t_download >> t_insert
    t_init_db >> t_insert
    t_insert >> t_summaries >> t_topics
