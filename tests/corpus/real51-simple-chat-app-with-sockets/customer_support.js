import dotenv from 'dotenv';
dotenv.config();

import { ChatTogetherAI } from "@langchain/community/chat_models/togetherai";
import { Annotation, MessagesAnnotation, StateGraph, MemorySaver, NodeInterrupt } from "@langchain/langgraph";
import { z } from "zod";
import { zodToJsonSchema } from "zod-to-json-schema";

const model = new ChatTogetherAI({
  apiKey: process.env.TOGETHER_AI_API_KEY,
  model: "meta-llama/Meta-Llama-3.1-8B-Instruct-Turbo",
  temperature: 0,
});

const StateAnnotation = Annotation.Root({
  ...MessagesAnnotation.spec,
  nextRepresentative: Annotation,
  refundAuthorized: Annotation,
});

const initialSupport = async (state) => {
  const SYSTEM = `You are frontline support for LangCorp, a computer retailer. Be concise.
Transfer billing or technical problems to the right team.`;
  const supportResponse = await model.invoke([{ role: "system", content: SYSTEM }, ...state.messages]);

  const routing = await model.invoke(
    [
      { role: "system", content: "Detect whether the representative routes the user to billing or technical." },
      ...state.messages,
      { role: "user", content: 'Reply with JSON {"nextRepresentative": "BILLING" | "TECHNICAL" | "RESPOND"}' },
    ],
    {
      response_format: {
        type: "json_object",
        schema: zodToJsonSchema(z.object({ nextRepresentative: z.enum(["BILLING", "TECHNICAL", "RESPOND"]) })),
      },
    },
  );
  return { messages: [supportResponse], nextRepresentative: JSON.parse(routing.content).nextRepresentative };
};

const technicalSupport = async (state) => {
  const response = await model.invoke([
    { role: "system", content: "You diagnose computer issues for LangCorp. Be concise." },
    ...state.messages,
  ]);
  return { messages: response };
};

const handleRefund = async (state) => {
  if (!state.refundAuthorized) throw new NodeInterrupt("Human authorization required.");
  return { messages: { role: "assistant", content: "Refund processed!" } };
};

const graph = new StateGraph(StateAnnotation)
  .addNode("initial_support", initialSupport)
  .addNode("technical_support", technicalSupport)
  .addNode("handle_refund", handleRefund)
  .addEdge("__start__", "initial_support")
  .addConditionalEdges("initial_support", async (s) =>
    String(s.nextRepresentative).includes("TECHNICAL") ? "technical" : "conversational", {
    technical: "technical_support",
    conversational: "__end__",
  })
  .addEdge("technical_support", "__end__")
  .addEdge("handle_refund", "__end__")
  .compile({ checkpointer: new MemorySaver() });

for await (const value of await graph.stream(
  { messages: [{ role: "user", content: "How are you? I'm Tlotliso." }] },
  { configurable: { thread_id: "conversational_testing_id" } },
)) {
  console.log(value);
}
