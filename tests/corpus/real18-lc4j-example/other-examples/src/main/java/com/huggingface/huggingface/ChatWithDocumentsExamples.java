package com.huggingface.huggingface;

import dev.langchain4j.chain.ConversationalRetrievalChain;
import dev.langchain4j.data.document.Document;
import dev.langchain4j.data.document.DocumentLoader;
import dev.langchain4j.data.document.DocumentSegment;
import dev.langchain4j.data.document.splitter.SentenceSplitter;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.model.chat.ChatLanguageModel;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.huggingface.HuggingFaceEmbeddingModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.langchain4j.model.openai.OpenAiEmbeddingModel;
import dev.langchain4j.store.embedding.EmbeddingMatch;
import dev.langchain4j.store.embedding.PineconeEmbeddingStore;

import java.net.URL;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

import static dev.langchain4j.data.document.DocumentType.TEXT;
import static dev.langchain4j.model.openai.OpenAiModelName.GPT_3_5_TURBO;
import static dev.langchain4j.model.openai.OpenAiModelName.TEXT_EMBEDDING_ADA_002;
import static java.time.Duration.ofSeconds;
import static java.util.stream.Collectors.joining;

public class ChatWithDocumentsExamples {

    static class Simple {
        public static void main(String[] args) throws Exception {
            ConversationalRetrievalChain chain = ConversationalRetrievalChain.builder()
                    .documentLoader(DocumentLoader.from(toPath("classpath://story-about-happy-carrot.txt")))
                    .embeddingModel(ChatModelFactory.buildEmbeddingModel())
                    .chatLanguageModel(ChatModelFactory.buildHuggingFaceChatModel())
                    .build();
            System.out.println(chain.execute("Who is Charlie? Answer in 10 words."));
        }
    }

    static class HfEmbeddings {
        public static void main(String[] args) {
            ConversationalRetrievalChain chain = ConversationalRetrievalChain.builder()
                    .documentLoader(DocumentLoader.from(toPath("story-about-happy-carrot.txt")))
                    .embeddingModel(HuggingFaceEmbeddingModel.builder()
                            .accessToken(System.getenv("HF_API_KEY")) // https://huggingface.co/settings/tokens
                            .modelId("sentence-transformers/all-MiniLM-L6-v2")
                            .build())
                    .chatLanguageModel(OpenAiChatModel.withApiKey(System.getenv("OPENAI_API_KEY")))
                    .build();
            System.out.println(chain.execute("Who is Charlie? Answer in 10 words."));
        }
    }

    static class ManualPipeline {
        public static void main(String[] args) {
            Document doc = DocumentLoader.from(toPath("story-about-happy-carrot.txt"), TEXT).load();
            List<DocumentSegment> segments = new SentenceSplitter().split(doc);

            EmbeddingModel embedder = OpenAiEmbeddingModel.builder()
                    .apiKey(System.getenv("OPENAI_API_KEY"))
                    .modelName(TEXT_EMBEDDING_ADA_002)
                    .timeout(ofSeconds(15))
                    .build();
            List<Embedding> vectors = embedder.embedAll(segments).get();

            PineconeEmbeddingStore store = PineconeEmbeddingStore.builder()
                    .apiKey(System.getenv("PINECONE_API_KEY"))
                    .environment("northamerica-northeast1-gcp")
                    .projectName("19a129b")
                    .index("test-s1-1536") // 1536 dims, matching the embedding model
                    .build();
            store.addAll(vectors, segments);

            String question = "Who is Charlie? Answer in 10 words.";
            List<EmbeddingMatch<DocumentSegment>> hits = store.findRelevant(embedder.embed(question).get(), 3);
            String context = hits.stream().map(m -> m.embedded().text()).collect(joining("\n\n"));

            ChatLanguageModel chat = OpenAiChatModel.builder()
                    .apiKey(System.getenv("OPENAI_API_KEY"))
                    .modelName(GPT_3_5_TURBO)
                    .temperature(1.0)
                    .build();
            System.out.println(chat.sendUserMessage(question + "\n\n" + context).get().text());
        }
    }

    private static Path toPath(String name) {
        try {
            URL url = ChatWithDocumentsExamples.class.getResource(name);
            return Paths.get(url.toURI());
        } catch (Exception e) {
            throw new RuntimeException(e);
        }
    }
}
