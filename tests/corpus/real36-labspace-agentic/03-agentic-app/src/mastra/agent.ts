import { Agent } from "@mastra/core/agent";
import { createOpenAI } from "@ai-sdk/openai";

if (!process.env.MCP_GATEWAY_URL)
  throw new Error("MCP_GATEWAY_URL not defined");

if (!process.env.OPENAI_MODEL)
  throw new Error("OPENAI_MODEL not defined");

const AGENT_PROMPT = `
You are an agent that writes jokes about recent events in a given location.

Look up recent events there, pick one, and write a light-hearted joke about it.
Never joke about violence, self-harm or other negative experiences.

Start with a short summary of the location and the event, then the joke.
`.trim();

// MAKE CHANGES BELOW THIS LINE

const openai = createOpenAI();

export const jokeAgent = new Agent({
  id: 'Joke creator',
  name: 'Joke creator',
  instructions: AGENT_PROMPT,
  model: openai("gpt-4"),
});
