#!/usr/bin/env python
"""Command-line tool to generate git commit messages from git diff output."""

import typer
from typing_extensions import Annotated

from .suggestion import generate_commit_message_from_diff
from .utility import configure_logging

app = typer.Typer()


@app.command()
def main(
    git_diff_txt_path: Annotated[
        str | None,
        typer.Argument(help='Git diff output text file or "-" for stdin.'),
    ] = None,
    n_output_messages: Annotated[
        int, typer.Option("--n-output-messages", help="Specify the number of output messages."),
    ] = 5,
    temperature: Annotated[float, typer.Option("--temperature")] = 0,
    max_tokens: Annotated[int, typer.Option("--max-tokens")] = 8000,
    openai_model_name: Annotated[
        str | None,
        typer.Option(
            "--openai-model",
            envvar="OPENAI_MODEL",
            help="Use the OpenAI model. (e.g., gpt-4o-mini)",
        ),
    ] = None,
    google_model_name: Annotated[
        str | None,
        typer.Option(
            "--google-model",
            envvar="GOOGLE_MODEL",
            help="Use the Google Generative AI model. (e.g., gemini-1.5-flash)",
        ),
    ] = None,
    groq_model_name: Annotated[
        str | None,
        typer.Option(
            "--groq-model",
            envvar="GROQ_MODEL",
            help="Use the Groq model. (e.g., llama-3.1-70b-versatile)",
        ),
    ] = None,
    bedrock_model_id: Annotated[
        str | None,
        typer.Option(
            "--bedrock-model",
            envvar="BEDROCK_MODEL",
            help=(
                "Use the Amazon Bedrock model."
                " (e.g., anthropic.claude-3-5-sonnet-20240620-v1:0)"
            ),
        ),
    ] = None,
    llamacpp_model_file_path: Annotated[
        str | None,
        typer.Option("--model-file", help="Use the model GGUF file for llama.cpp."),
    ] = None,
    debug: Annotated[bool, typer.Option("--debug")] = False,
) -> None:
    """Suggest commit messages from git diff output."""
    configure_logging(debug=debug)
    generate_commit_message_from_diff(
        git_diff_txt_path=git_diff_txt_path,
        n_output_messages=n_output_messages,
        llamacpp_model_file_path=llamacpp_model_file_path,
        groq_model_name=groq_model_name,
        bedrock_model_id=bedrock_model_id,
        google_model_name=google_model_name,
        openai_model_name=openai_model_name,
        temperature=temperature,
        max_tokens=max_tokens,
    )
