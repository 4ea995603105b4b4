FROM python:3.11-slim
WORKDIR /app
COPY . .
RUN pip install -e .
CMD ["uvicorn", "src.api.main:app", "--host", "0.0.0.0"]
