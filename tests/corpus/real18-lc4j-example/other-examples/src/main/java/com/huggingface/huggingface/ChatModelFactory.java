package com.huggingface.huggingface;

import dev.langchain4j.model.chat.ChatLanguageModel;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.huggingface.HuggingFaceChatModel;
import dev.langchain4j.model.huggingface.HuggingFaceEmbeddingModel;

import java.time.Duration;

public class ChatModelFactory {

    public static ChatLanguageModel buildHuggingFaceChatModel() {
        HuggingFace hf = settings();
        return HuggingFaceChatModel.builder()
                .accessToken(hf.getAccessToken())
                .modelId(hf.getModelId())
                .timeout(hf.getTimeout())
                .temperature(hf.getTemperature())
                .maxNewTokens(hf.getMaxNewTokens())
                .returnFullText(hf.getReturnFullText())
                .waitForModel(hf.getWaitForModel())
                .build();
    }

    public static EmbeddingModel buildEmbeddingModel() {
        HuggingFace hf = settings();
        return HuggingFaceEmbeddingModel.builder()
                .accessToken(hf.getAccessToken())
                .modelId(hf.getModelId())
                .waitForModel(hf.getWaitForModel())
                .timeout(hf.getTimeout())
                .build();
    }

    private static HuggingFace settings() {
        return HuggingFace.builder()
                .accessToken("hf_REPLACE_ME")
                .modelId("tiiuae/falcon-7b-instruct")
                .timeout(Duration.ofSeconds(1000))
                .temperature(0.1)
                .maxNewTokens(1000)
                .returnFullText(false)
                .waitForModel(true)
                .build();
    }
}
