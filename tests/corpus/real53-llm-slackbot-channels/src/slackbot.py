import json
import logging
import os
from typing import Dict, List, Optional, Union

from langchain.chat_models import ChatOpenAI
from langchain.embeddings import FakeEmbeddings, HuggingFaceEmbeddings, OpenAIEmbeddings
from langchain.llms import CTransformers, FakeListLLM, OpenAI
from slack_bolt.adapter.socket_mode.async_handler import AsyncSocketModeHandler
from slack_bolt.async_app import AsyncApp

from .ingest import does_vectorstore_exist

current_directory = os.path.dirname(os.path.abspath(__file__))
llm_info_file = f'{current_directory}/../data/channels_llm_info.json'
permissions_file = f'{current_directory}/../data/permissions.json'
db_dir = f'{current_directory}/../data/db'


class SlackBot:

    def __init__(self, name: str = 'SlackBot',
                 default_personality: str = "an AI assistant inside a Slack channel",
                 default_temp: float = 0.8, max_tokens: int = 500,
                 model_type='fakellm', chunk_size=500, chunk_overlap=50,
                 k_similarity=5, verbose: bool = False,
                 log_filename: Optional[str] = None) -> None:
        self.name = name
        self.model_type = model_type.lower()
        logging.basicConfig(filename=log_filename, level=logging.INFO)
        logger = logging.getLogger(__name__)

        self.default_temp = default_temp
        self.max_tokens = max_tokens
        self.chunk_size = chunk_size
        self.chunk_overlap = chunk_overlap
        self.k_similarity = k_similarity

        try:
            self.bot_token = os.environ['SLACK_BOT_TOKEN']
            self.app_token = os.environ['SLACK_APP_TOKEN']
        except KeyError as e:
            raise ValueError("Could not find required environment variable") from e

        self.app = AsyncApp(logger=logger, token=self.bot_token, name=self.name)
        self.channels_llm_info = {}
        if os.path.exists(llm_info_file):
            with open(llm_info_file) as f:
                self.channels_llm_info = json.load(f)
            for channel_id in self.channels_llm_info:
                if not does_vectorstore_exist(f"{db_dir}/{channel_id}/channel_db"):
                    self.channels_llm_info[channel_id].pop('files', None)

        if os.environ.get("PERMISSIONS_PASSWORD", "") == "CHANGEME":
            logger.warning("You should change the default password")

    def initialize_llm(self, model_type: str, max_tokens_threads: int = 2000,
                       config: Dict[str, Union[float, int]] = None, **kwargs) -> None:
        """Initialize the LLM: fakellm, openai, or a ctransformers model type."""
        self.max_tokens_threads = max_tokens_threads
        if not config:
            config = {'temperature': 0.8, 'max_tokens': 300}
        model_type = model_type.lower()
        self.model_type = model_type

        if model_type == 'fakellm':
            self.llm = FakeListLLM(responses=['foo'] * 1000)
        elif model_type != 'openai':
            try:
                model_path = os.environ['CTRANSFORMERS_MODEL']
            except KeyError as e:
                raise ValueError("Could not find required environment variable") from e
            self.llm = CTransformers(model=model_path, model_type=model_type,
                                     config=config, **kwargs)
        else:
            if config["model_name"].startswith("gpt"):
                self.llm = ChatOpenAI(**config, **kwargs)
            else:
                self.llm = OpenAI(**config, **kwargs)
            self.default_openai_model = config["model_name"]
            for channel_id in self.channels_llm_info:
                self.channels_llm_info[channel_id].setdefault('openai_model', config["model_name"])

    def initialize_embeddings(self, model_type: str, **kwargs) -> None:
        """Embeddings matching the LLM type; EMB_MODEL names the local model."""
        model_type = model_type.lower()
        if model_type == 'fakellm':
            self.embeddings = FakeEmbeddings(size=768)
        elif model_type == 'openai':
            self.embeddings = OpenAIEmbeddings(**kwargs)
        else:
            try:
                emb_model = os.environ['EMB_MODEL']
            except KeyError as e:
                raise ValueError("Could not find required environment variable") from e
            self.embeddings = HuggingFaceEmbeddings(model_name=emb_model)

    def get_retriever_db_path(self, channel_id: str, ts: Optional[str] = '') -> str:
        if ts:
            return f"{db_dir}/{channel_id}/{ts}"
        return f"{db_dir}/{channel_id}/channel_db"

    async def start(self) -> None:
        response = await self.app.client.auth_test()
        self.bot_user_id = response["user_id"]
        await AsyncSocketModeHandler(self.app, self.app_token).start_async()
