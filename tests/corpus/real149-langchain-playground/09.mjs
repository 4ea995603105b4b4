import 'dotenv/config'
import "cheerio";
import { CheerioWebBaseLoader } from "langchain/document_loaders/web/cheerio";
import { RecursiveCharacterTextSplitter } from "langchain/text_splitter";
import { MemoryVectorStore } from "langchain/vectorstores/memory";
import { OpenAIEmbeddings, ChatOpenAI } from "@langchain/openai";
import { ChatPromptTemplate, MessagesPlaceholder } from "@langchain/core/prompts";
import { StringOutputParser } from "@langchain/core/output_parsers";
import { formatDocumentsAsString } from "langchain/util/document";
import {
    RunnableSequence,
    RunnablePassthrough,
} from "@langchain/core/runnables";


const loader = new CheerioWebBaseLoader(
    "https://en.wikipedia.org/wiki/Large_language_model",
    {
        selector: "p",
    }
);

const docs = await loader.load();

const textSplitter = new RecursiveCharacterTextSplitter({
    chunkSize: 1000,
    chunkOverlap: 200,
});

const splits = await textSplitter.splitDocuments(docs);

const vectorStore = await MemoryVectorStore.fromDocuments(
    splits,
    new OpenAIEmbeddings({ OPENAI_API_KEY: process.env.OPENAI_API_KEY })
);

const retriever = vectorStore.asRetriever();

const llm = new ChatOpenAI({ modelName: "gpt-3.5-turbo", temperature: 0 });

const contextualizeQSystemPrompt = `Rewrite the latest user question so it can be
understood without the chat history. Do not answer it.`;

const contextualizeQPrompt = ChatPromptTemplate.fromMessages([
    ["system", contextualizeQSystemPrompt],
    new MessagesPlaceholder("chat_history"),
    ["human", "{question}"],
]);

const contextualizeQChain = contextualizeQPrompt
    .pipe(llm)
    .pipe(new StringOutputParser());

const qaPrompt = ChatPromptTemplate.fromMessages([
    ["system", "Answer from the context below in at most three sentences.\n\n{context}"],
    new MessagesPlaceholder("chat_history"),
    ["human", "{question}"],
]);

const ragChain = RunnableSequence.from([
    RunnablePassthrough.assign({
        context: input => {
            if ("chat_history" in input) {
                return contextualizeQChain.pipe(retriever).pipe(formatDocumentsAsString);
            }
            return "";
        },
    }),
    qaPrompt,
    llm,
]);

let chat_history = [];
const aiMsg = await ragChain.invoke({ question: "What is task decomposition?", chat_history });
console.log(aiMsg);
