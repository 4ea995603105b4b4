import {openai} from './openai.js'
import {Document} from 'langchain/document'
import {MemoryVectorStore} from 'langchain/vectorstores/memory'
import {OpenAIEmbeddings} from 'langchain/embeddings/openai'