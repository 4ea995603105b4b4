# -*- coding: utf-8 -*-
"""
Azure OpenAI (v1 Responses API) 기반 동적 MCP 에이전트

필요한 MCP 도구만 검색해서 컨텍스트에 올리는 "도구 검색 도구" 패턴.

v2.0.0 변경 사항:
- [BREAKING] AzureOpenAI 클라이언트 대신 OpenAI + base_url
- [BREAKING] chat.completions.create() 대신 responses.create()
- [CHANGED] 기본 모델 gpt-4o → gpt-5
- [CHANGED] 기본 API 버전 2024-08-01-preview → preview

참고: https://learn.microsoft.com/en-us/azure/ai-foundry/openai/how-to/responses
"""
import json
import logging
import os
from typing import Any, Callable, Dict, List, Optional

from dotenv import load_dotenv
from openai import OpenAI

from .lib.registry import registry
from .lib.tools import load_tool, search_available_tools

logging.basicConfig(level=logging.INFO)
log = logging.getLogger(__name__)
load_dotenv()


class DynamicMCPAgent:
    """BM25 / 임베딩 / 레지스트리 / LLM 순서로 도구를 찾는 에이전트."""

    SYSTEM_PROMPT = "필요한 도구가 없으면 search_available_tools 로 찾고 load_tool 로 불러온 뒤 사용하세요. 한국어로 답하세요."

    def __init__(
        self,
        azure_endpoint: Optional[str] = None,
        api_key: Optional[str] = None,
        api_version: Optional[str] = None,
        deployment_name: Optional[str] = None,
        remote_mcp_servers: Optional[List[Dict[str, Any]]] = None,
    ):
        self.azure_endpoint = azure_endpoint or os.getenv("AZURE_OPENAI_ENDPOINT")
        self.api_key = api_key or os.getenv("AZURE_OPENAI_API_KEY")
        self.api_version = api_version or os.getenv("AZURE_OPENAI_API_VERSION", "preview")
        self.model = deployment_name or os.getenv("AZURE_OPENAI_DEPLOYMENT_NAME", "gpt-5")

        self.client = OpenAI(
            api_key=self.api_key,
            base_url=f"{self.azure_endpoint.rstrip('/')}/openai/v1/",
            default_query={"api-version": self.api_version},
        )
        self.active_tools: Dict[str, Callable] = {}
        self.last_response_id: Optional[str] = None
        self.remote_mcp_servers = remote_mcp_servers or []
        self._base = {"search_available_tools": search_available_tools, "load_tool": load_tool}
        log.info(f"agent ready - model {self.model}, api v1/{self.api_version}")

    def _tools_schema(self) -> List[Dict[str, Any]]:
        tools = [
            {"type": "function", "name": "search_available_tools", "description": "도구 검색",
             "parameters": {"type": "object", "properties": {"query": {"type": "string"}}, "required": ["query"]}},
            {"type": "function", "name": "load_tool", "description": "도구 로드",
             "parameters": {"type": "object", "properties": {"tool_name": {"type": "string"}}, "required": ["tool_name"]}},
        ]
        for srv in self.remote_mcp_servers:
            tools.append({"type": "mcp", "server_label": srv.get("server_label", "mcp_server"),
                          "server_url": srv["server_url"], "require_approval": "never"})
        return tools

    def _run_tool(self, name: str, args: Dict[str, Any]) -> str:
        if name in self._base:
            out = self._base[name](**args)
            if name == "load_tool":
                tool = registry.get_tool(args.get("tool_name"))
                if tool:
                    self.active_tools[args["tool_name"]] = tool
            return json.dumps(out, ensure_ascii=False) if isinstance(out, (dict, list)) else str(out)
        if name in self.active_tools:
            return str(self.active_tools[name](**args))
        return json.dumps({"error": f"unknown tool {name}"})

    async def chat(self, message: str) -> str:
        pending = [{"role": "user", "content": message}]
        prev = self.last_response_id
        for _ in range(10):
            params = {"model": self.model, "input": pending, "tools": self._tools_schema(),
                      "instructions": self.SYSTEM_PROMPT}
            if prev:
                params["previous_response_id"] = prev
            resp = self.client.responses.create(**params)
            self.last_response_id = prev = resp.id
            calls = [o for o in resp.output if o.type == "function_call"]
            if not calls:
                return resp.output_text or ""
            pending = [{"type": "function_call_output", "call_id": c.call_id,
                        "output": self._run_tool(c.name, json.loads(c.arguments or "{}"))} for c in calls]
        return "너무 많은 단계가 필요합니다."
