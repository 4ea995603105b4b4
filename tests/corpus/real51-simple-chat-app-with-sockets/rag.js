import { pull } from "langchain/hub";
import { ChatPromptTemplate } from "@langchain/core/prompts";
import { Annotation, StateGraph } from "@langchain/langgraph";
import { PineconeStore } from "@langchain/pinecone";
import { Pinecone } from "@pinecone-database/pinecone";
import { OpenAIEmbeddings, ChatOpenAI } from "@langchain/openai";
import dotenv from 'dotenv';

dotenv.config();

const llm = new ChatOpenAI({
  model: "gpt-4o-mini",
  temperature: 0
});

const pinecone = new Pinecone({
  apiKey: process.env.PINECONE_API_KEY,
});
const index = pinecone.Index(process.env.PINECONE_INDEX);

const promptTemplate = await pull("rlm/rag-prompt");
const example = await promptTemplate.invoke({
  context: "(context goes here)",
  question: "(question goes here)",
});
console.assert(example.messages.length === 1);

const template = `Use the context below to answer the question at the end.
If you don't know, say so. Three sentences at most.
End with "thanks for asking!".

{context}

Question: {question}

Helpful Answer:`;
const customPrompt = ChatPromptTemplate.fromMessages([["user", template]]);

const StateAnnotation = Annotation.Root({
  question: Annotation,
  context: Annotation,
  answer: Annotation,
});

const embeddings = new OpenAIEmbeddings({
  openAIApiKey: process.env.OPENAI_API_KEY,
});

const vectorStore = await PineconeStore.fromExistingIndex(embeddings, {
  pineconeIndex: index,
  maxConcurrency: 5,
});

const retrieve = async (state) => ({
  context: await vectorStore.similaritySearch(state.question),
});

const generate = async (state) => {
  const docs = state.context.map((d) => d.pageContent).join("\n");
  const messages = await customPrompt.invoke({ question: state.question, context: docs });
  const response = await llm.invoke(messages);
  return { answer: response.content };
};

const graph = new StateGraph(StateAnnotation)
  .addNode("retrieve", retrieve)
  .addNode("generate", generate)
  .addEdge("__start__", "retrieve")
  .addEdge("retrieve", "generate")
  .addEdge("generate", "__end__")
  .compile();

const stream = await graph.stream({ question: "What is Task Decomposition?" }, { streamMode: "messages" });
for await (const [message] of stream) {
  process.stdout.write(message.content + "|");
}
