#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""
Script CLI:
- Prend un chemin de fichier Markdown en paramètre.
- Remplace chaque image inline encodée en data URL (ex: ![](data:image/x-emf;base64,AAA...))
  par une description textuelle en Markdown générée par le modèle OpenAI gpt-5-nano.
- Utilise la clé d'API stockée dans la variable d'environnement OPENAIAPIKEY.
- Écrit la sortie dans un fichier suffixé par "-converted.md".
"""

import argparse
import base64
import json
import os
import re
import sys
from urllib import request as _urlrequest, error as _urlerror

from openai import OpenAI

PROMPT_FR = "Voici une image, fournis-moi un texte en Markdown qui décrit son contenu pour un chunk RAG."
PROMPT_OLLAMA_FR = "Tu es un expert en architectures informatiques. Analyse attentivement l'image fournie."

DATA_IMAGE_MD_PATTERN = re.compile(
    r"!\[(?P<alt>[^\]]*)\]\((?P<url>data:image\/[a-zA-Z0-9.+-]+;base64,[^)]+)\)"
)


def _build_openai_client() -> OpenAI:
    api_key = os.getenv("OPENAIAPIKEY")
    if not api_key:
        print("Erreur: la variable d'environnement OPENAIAPIKEY est absente.", file=sys.stderr)
        sys.exit(1)
    return OpenAI(api_key=api_key)


def data_url_to_png_data_url(data_url: str) -> str:
    m = re.match(r"^data:(?P<mime>[^;]+);base64,(?P<b64>.+)$", data_url, re.DOTALL)
    if not m or m.group("mime").lower() == "image/png":
        return data_url
    return data_url


def describe_image_with_openai(client: OpenAI, data_url: str) -> str:
    png_data_url = data_url_to_png_data_url(data_url)
    try:
        resp = client.chat.completions.create(
            model="gpt-5-nano",
            messages=[
                {"role": "system", "content": "Tu es un assistant qui décrit précisément des images en Markdown."},
                {"role": "user", "content": [
                    {"type": "text", "text": PROMPT_FR},
                    {"type": "image_url", "image_url": {"url": png_data_url}},
                ]},
            ],
        )
        return (resp.choices[0].message.content or "").strip()
    except Exception as e:
        return f"<!-- Erreur lors de la description de l'image: {e} -->"


def describe_image_with_ollama(data_url: str) -> str:
    """Utilise Ollama en local (modèle gpt-oss:20b) pour décrire une image."""
    png_data_url = data_url_to_png_data_url(data_url)
    m = re.match(r"^data:image\/png;base64,(?P<b64>.+)$", png_data_url, re.DOTALL)
    if not m:
        return "<!-- Impossible d'extraire l'image PNG pour Ollama -->"
    payload = {
        "model": "Qwen2.5vl:72b",
        # "model": "Qwen2.5vl:3b",
        "prompt": PROMPT_OLLAMA_FR,
        "images": [m.group("b64")],
        "stream": False,
    }
    req = _urlrequest.Request(
        "http://172.22.64.1:11434/api/generate",
        data=json.dumps(payload).encode("utf-8"),
        headers={"Content-Type": "application/json"},
        method="POST",
    )
    try:
        with _urlrequest.urlopen(req, timeout=600) as resp:
            return json.loads(resp.read().decode("utf-8")).get("response", "").strip()
    except _urlerror.URLError as e:
        return f"<!-- Erreur de connexion à Ollama: {e} -->"


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description="Décris les images data URL dans un Markdown via OpenAI.")
    parser.add_argument("markdown_file")
    parser.add_argument("-l", "--local", action="store_true", help="Utiliser Ollama local (modèle gpt-oss:20b) au lieu d'OpenAI")
    args = parser.parse_args(argv)
    with open(args.markdown_file, "r", encoding="utf-8") as f:
        md_text = f.read()
    client = None if args.local else _build_openai_client()

    def _repl(match):
        url = match.group("url")
        text = describe_image_with_ollama(url) if args.local else describe_image_with_openai(client, url)
        return "<IMAGE DESCRIPTION START>" + text + "<IMAGE DESCRIPTION END>"

    out_path = os.path.splitext(args.markdown_file)[0] + "-converted.md"
    with open(out_path, "w", encoding="utf-8") as f:
        f.write(DATA_IMAGE_MD_PATTERN.sub(_repl, md_text))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
