from ollama import AsyncClient

client = AsyncClient(host='192.168.18.49:11434')


async def generate_response(messages):
    try:
        stream = await client.chat(
            model='deepseek-r1:1.5b',
            messages=messages,
            stream=True,
            options={
                "temperature": 0.7,
                "num_ctx": 2048  # widen the context window if needed
            },
        )
        async for chunk in stream:
            if chunk.get('message') and chunk['message'].get('content'):
                yield chunk
    except Exception as e:
        print(f"generate_response failed: {e}")
        yield {'message': {'content': 'Lo siento, hubo un error procesando tu mensaje.'}}
