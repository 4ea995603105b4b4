import subprocess
from datetime import datetime, timedelta

from airflow import DAG
from airflow.operators.python import PythonOperator


def run_retrain():
    subprocess.run(["python", "/raid/ganesh/saurav/hari/grader_service/retrain.py"])


dag = DAG(
    dag_id="retrain_code_grader",
    default_args={"owner": "you", "retries": 1, "retry_delay": timedelta(minutes=5)},
    description="weekly retraining of the code grader",
    schedule_interval="@weekly",
    start_date=datetime(2024, 1, 1),
    catchup=False,
)

PythonOperator(task_id="retrain_task", python_callable=run_retrain, dag=dag)
