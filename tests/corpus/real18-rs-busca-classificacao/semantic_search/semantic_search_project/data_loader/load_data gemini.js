import { ChromaClient } from "chromadb";
import csv from "csv-parser";
import fs from "fs";
import { GoogleGenAI } from "@google/genai";

const ai = new GoogleGenAI({ apiKey: process.env.GOOGLE_GEN_AI_API_KEY });

const chroma = new ChromaClient();
const movies = await chroma.getOrCreateCollection({ name: "movies_gemini" });

const ids = [], docs = [], metas = [];

fs.createReadStream("mpst_full_data.csv")
  .pipe(csv())
  .on('data', (row) => {
    const doc = { title: row["title"], tags: row["tags"], synopsis: row["plot_synopsis"] };
    ids.push(row["imdb_id"]);
    docs.push(JSON.stringify(doc));
    metas.push(doc);
  })
  .on('end', async () => {
    const BATCH = 100; // lower this on weaker machines
    for (let start = 0; start < ids.length; start += BATCH) {
      const end = start + BATCH;
      console.log(`embedding ${start}..${end}`);
      const res = await ai.models.embedContent({
        model: "models/text-embedding-004",
        contents: docs.slice(start, end),
        config: { "task_type": "retrieval_document" }
      });
      await movies.add({
        ids: ids.slice(start, end),
        embeddings: res.embeddings.map(e => e.values),
        metadatas: metas.slice(start, end),
      });
    }
    console.log("done");
  });
