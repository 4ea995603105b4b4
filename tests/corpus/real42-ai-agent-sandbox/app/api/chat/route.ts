import { openai } from '@ai-sdk/openai';
import { streamText, UIMessage, convertToModelMessages, tool } from 'ai';
import z from 'zod';

// Allow streaming responses up to 30 seconds
export const maxDuration = 30;

/**
 * POST handler for the chat endpoint: takes the conversation so far,
 * converts it for the model and streams the answer back to the client.
 */
export async function POST(req: Request) {
  console.log('===== CHAT API CALLED =====');
  const { messages }: { messages: UIMessage[] } = await req.json();
  console.log('Total messages:', messages.length);

  // UIMessage[] carries UI metadata; the model only wants ModelMessage[]
  const modelMessages = convertToModelMessages(messages);

  const result = streamText({
    model: openai('gpt-4o'), // provider from @ai-sdk/openai
    messages: modelMessages,
    system: 'You are a helpful AI assistant.',
    // temperature: 0.7,
    // maxTokens: 2000,
    tools: {
      'movie-studio-assistant': tool({
        description: 'Answer production questions: budgets, scheduling conflicts, project info.',
        inputSchema: z.object({
          location: z.string().describe('The movie project data'),
        }),
        execute: async ({ location }) => {
          console.log('TOOL CALLED: movie-studio-assistant', location);
          const csvData = await loadCsv();
          return { location, csvData };
        },
        onStepFinish: ({ toolCalls }) => {
          for (const toolCall of toolCalls) {
            if (toolCall.dynamic) continue;
            switch (toolCall.toolName) {
              case 'movie-studio-assistant':
                console.log('Movie studio location:', toolCall.input.location);
                break;
              case 'weather':
                console.log('Weather location:', toolCall.input.location);
                break;
            }
          }
        },
      }),
    },
  });

  return result.toUIMessageStreamResponse();
}

async function loadCsv() {
  const csv = await fetch('https://raw.githubusercontent.com/Omerisra6/editor-assistants-workshop/refs/heads/main/assitants/movie-studio/production-schedule.csv');
  return await csv.text();
}
