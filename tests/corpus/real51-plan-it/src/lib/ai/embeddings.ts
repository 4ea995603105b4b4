import { embed, embedMany } from "ai";
import { openai } from "@ai-sdk/openai";
import { db } from "../db";
import { cosineDistance, desc, gt, sql } from "drizzle-orm";
import { embeddings } from "../db/schema";

const embeddingModel = openai.embedding("text-embedding-ada-002");

const splitIntoChunks = (input: string): string[] =>
  input
    .trim()
    .split(".")
    .filter((s) => s !== "");

export const generateEmbeddings = async (
  value: string
): Promise<Array<{ embedding: number[]; content: string }>> => {
  const chunks = splitIntoChunks(value);
  const { embeddings } = await embedMany({ model: embeddingModel, values: chunks });
  return embeddings.map((e, i) => ({ content: chunks[i], embedding: e }));
};

export const generateEmbedding = async (value: string): Promise<number[]> => {
  const { embedding } = await embed({
    model: embeddingModel,
    value: value.replaceAll("\\n", " "),
  });
  return embedding;
};

export const findRelevantContent = async (userQuery: string) => {
  const queryVector = await generateEmbedding(userQuery);
  const similarity = sql<number>`1 - (${cosineDistance(embeddings.embedding, queryVector)})`;
  return db
    .select({ name: embeddings.content, similarity })
    .from(embeddings)
    .where(gt(similarity, 0.5))
    .orderBy((t) => desc(t.similarity))
    .limit(4);
};
