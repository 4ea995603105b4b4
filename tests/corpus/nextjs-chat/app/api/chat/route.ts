import { streamText, convertToCoreMessages } from 'ai';
import { chatModels, DEFAULT_CHAT_MODEL, type ChatModelId } from '@/lib/models';
import { auth } from '@/app/(auth)/auth';

export const maxDuration = 30;
export const runtime = 'edge';

export async function POST(req: Request) {
  const session = await auth();
  if (!session?.user) return new Response('Unauthorized', { status: 401 });
  const { messages, model = DEFAULT_CHAT_MODEL }: { messages: any[]; model?: ChatModelId } = await req.json();
  const result = await streamText({
    model: chatModels[model],
    system: 'You are a helpful assistant. Today is ' + new Date().toISOString().slice(0, 10).replace(/-/g, '/'),
    messages: convertToCoreMessages(messages),
  });
  return result.toDataStreamResponse({ headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}
