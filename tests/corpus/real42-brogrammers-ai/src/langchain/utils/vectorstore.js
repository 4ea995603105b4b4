const { PineconeStore } = require('@langchain/pinecone');
const { Pinecone } = require('@pinecone-database/pinecone');
const embeddings = require('../models/embedding-model');

const pinecone = new Pinecone();
const pineconeIndex = pinecone.Index(process.env.PINECONE_INDEX);

async function getVectorStore() {
  return PineconeStore.fromExistingIndex(embeddings, { pineconeIndex, maxConcurrency: 5 });
}

module.exports = { getVectorStore };
