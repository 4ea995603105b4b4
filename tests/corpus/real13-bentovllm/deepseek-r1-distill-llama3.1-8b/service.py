from __future__ import annotations

import contextlib
import logging
import traceback
import typing

import annotated_types
import bentoml
import fastapi
import pydantic
import typing_extensions

log = logging.getLogger(__name__)

if typing.TYPE_CHECKING:
    from vllm.config import TaskOption
    from vllm.engine.arg_utils import EngineArgs

    class _Base(EngineArgs, pydantic.BaseModel):
        pass
else:
    TaskOption = str
    _Base = pydantic.BaseModel


class ServeArgs(_Base):
    bentovllm_model_id: str = 'deepseek-ai/DeepSeek-R1-Distill-Llama-8B'
    bentovllm_max_tokens: int = 2048

    disable_log_requests: bool = True
    disable_log_stats: bool = True
    task: TaskOption = 'generate'
    max_model_len: int = 4096
    max_num_seqs: int = 256
    reasoning_parser: str = 'deepseek_r1'
    enable_auto_tool_choice: bool = True
    tool_call_parser: str = 'llama3_json'
    tensor_parallel_size: int = 1

    @pydantic.model_serializer
    def _dump(self) -> dict[str, typing.Any]:
        return {k: getattr(self, k) for k in type(self).model_fields if not k.startswith('bentovllm_')}


serve_args = bentoml.use_arguments(ServeArgs)
api = fastapi.FastAPI()


@bentoml.asgi_app(api, path='/v1')
@bentoml.service(
    name='r1-distill-llama3.1-8b',
    traffic={'timeout': 300},
    resources={'gpu': serve_args.tensor_parallel_size, 'gpu_type': 'nvidia-l4'},
    envs=[
        {'name': 'HF_TOKEN'},
        {'name': 'VLLM_ATTENTION_BACKEND', 'value': 'FLASH_ATTN'},
        {'name': 'VLLM_USE_V1', 'value': '1'},
    ],
    labels={'owner': 'bentoml-team', 'type': 'prebuilt', 'project': 'bentovllm'},
    image=bentoml.images.Image(python_version='3.11', lock_python_packages=True)
    .requirements_file('requirements.txt')
    .run(
        'uv pip install --compile-bytecode --no-progress https://download.pytorch.org/whl/cu128/flashinfer/flashinfer_python-0.2.6.post1%2Bcu128torch2.7-cp39-abi3-linux_x86_64.whl'
    ),
)
class VLLM:
    model = bentoml.models.HuggingFaceModel(serve_args.bentovllm_model_id, exclude=['*.pth', '*.pt', 'original/**/*'])

    def __init__(self):
        from openai import AsyncOpenAI

        self.client = AsyncOpenAI(base_url='http://127.0.0.1:3000/v1', api_key='dummy')
        self.stack = contextlib.AsyncExitStack()

    @bentoml.on_startup
    async def start_engine(self) -> None:
        import vllm.entrypoints.openai.api_server as srv
        from vllm.entrypoints.openai.cli_args import make_arg_parser
        from vllm.utils import FlexibleArgumentParser

        args = make_arg_parser(FlexibleArgumentParser()).parse_args([])
        args.model = self.model
        args.served_model_name = [serve_args.bentovllm_model_id]
        for key, value in serve_args.model_dump().items():
            setattr(args, key, value)

        router = fastapi.APIRouter(lifespan=srv.lifespan)
        for route, handler, methods in (
            ('/chat/completions', srv.create_chat_completion, ['POST']),
            ('/models', srv.show_available_models, ['GET']),
        ):
            router.add_api_route(path=route, endpoint=handler, methods=methods, include_in_schema=True)
        api.include_router(router)

        self.engine = await self.stack.enter_async_context(srv.build_async_engine_client(args))
        await srv.init_app_state(self.engine, await self.engine.get_vllm_config(), api.state, args)

    @bentoml.on_shutdown
    async def stop_engine(self):
        await self.stack.aclose()

    @bentoml.api
    async def generate(
        self,
        prompt: str = 'Who are you? Please respond in pirate speak!',
        max_tokens: typing_extensions.Annotated[
            int, annotated_types.Ge(128), annotated_types.Le(serve_args.bentovllm_max_tokens)
        ] = serve_args.bentovllm_max_tokens,
        show_reasoning: bool = True,
    ) -> typing.AsyncGenerator[str, None]:
        messages = [{'role': 'user', 'content': [{'type': 'text', 'text': prompt}]}]
        try:
            stream = await self.client.chat.completions.create(
                model=serve_args.bentovllm_model_id, messages=messages, stream=True, max_tokens=max_tokens
            )
            async for chunk in stream:
                delta = chunk.choices[0].delta
                if show_reasoning and hasattr(delta, 'reasoning_content'):
                    yield delta.reasoning_content or ''
                else:
                    yield delta.content or ''
        except Exception:
            log.error(traceback.format_exc())
            yield 'Internal error, see the server logs'
