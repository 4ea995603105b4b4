import asyncio
import logging
import os

import grpc
from grpc_reflection.v1alpha import reflection
from loguru import logger
from opentelemetry import metrics

from app.encoder import CrossEncoder, EmbeddingModel
from app.pb import embed_pb2, embed_pb2_grpc
from app.tracing import setup_tracing

HOST = os.environ.get("EMBEDDINGS_GRPC_HOST", "localhost")
PORT = os.environ.get("EMBEDDINGS_GRPC_PORT", 50051)
OTLP_ENDPOINT = os.environ.get("OTLP_ENDPOINT")

APP_NAME = "embeddings.server"

meter = metrics.get_meter(__name__)
req_meter = meter.create_counter(name="embedding_requests", description="Number of embeddings requests")
req_time = meter.create_histogram(name="embedding_requests_duration_seconds", unit="s")


class EmbedServicer(embed_pb2_grpc.EmbedServicer):
    def __init__(self) -> None:
        self.encoder = EmbeddingModel.default()
        self.cross_encoder = CrossEncoder.default()

    async def EncodeQueries(self, request, unused_context):
        req_meter.add(amount=1, attributes=dict(method="EncodeQueries", app_name=APP_NAME))
        encodings = self.encoder.encode_query(list(request.text))
        return embed_pb2.EmbeddingResponse(embeddings=[embed_pb2.Embedding(embedding=x) for x in encodings])

    async def EncodePassages(self, request, unused_context):
        req_meter.add(amount=1, attributes=dict(method="EncodePassages", app_name=APP_NAME))
        encodings = self.encoder.encode_passage(list(request.text))
        return embed_pb2.EmbeddingResponse(embeddings=[embed_pb2.Embedding(embedding=x) for x in encodings])

    async def GetRankingScores(self, request, unused_context):
        scores = self.cross_encoder.similarity_score(query=request.query, passages=list(request.passages))
        return embed_pb2.RankingScoreResponse(scores=scores)

    async def GetEncoderName(self, *args, **kwargs):
        return embed_pb2.EncoderNameResponse(name=self.encoder.name)


async def serve(port: int = 50051) -> None:
    server = setup_tracing(server=grpc.aio.server(), otlp_endpoint=OTLP_ENDPOINT)
    embed_pb2_grpc.add_EmbedServicer_to_server(EmbedServicer(), server)
    names = (embed_pb2.DESCRIPTOR.services_by_name["Embed"].full_name, reflection.SERVICE_NAME)
    reflection.enable_server_reflection(names, server)
    server.add_insecure_port(f"[::]:{port}")
    await server.start()
    logger.info(f"Server started on port {port}")
    await server.wait_for_termination()


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    asyncio.run(serve())
