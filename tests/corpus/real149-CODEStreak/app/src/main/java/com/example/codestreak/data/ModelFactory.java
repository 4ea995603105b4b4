package com.example.codestreak.data;

import com.example.codestreak.data.model.Model;
import com.example.codestreak.data.model.Task;
import java.util.ArrayList;
import java.util.List;

/**
 * ModelFactory - builds the model list from Google AI Edge Gallery's model_allowlist.json.
 * These repos are gated, so downloads need a Hugging Face login.
 */
public class ModelFactory {

    /**
     * Source list: https://github.com/google-ai-edge/gallery/blob/main/model_allowlist.json
     */
    public static List<Model> createCodingModels(String accessToken) {
        List<Model> models = new ArrayList<>();

        // Gemma3-1B-IT q4 (litert-community)
        models.add(new Model(
            "Gemma3-1B-IT q4",
            "gemma3_1b_q4",
            "https://huggingface.co/litert-community/Gemma3-1B-IT/resolve/main/Gemma3-1B-IT_multi-prefill-seq_q4_ekv2048.task",
            "main",
            "Gemma3-1B-IT_multi-prefill-seq_q4_ekv2048.task",
            false,
            null,
            554661246L, // ~554MB
            null,
            new ArrayList<>()
        ));

        // Qwen2.5-1.5B-Instruct q8 (litert-community)
        models.add(new Model(
            "Qwen2.5-1.5B-Instruct q8",
            "qwen2_5_1_5b_q8",
            "https://huggingface.co/litert-community/Qwen2.5-1.5B-Instruct/resolve/main/Qwen2.5-1.5B-Instruct_multi-prefill-seq_q8_ekv1280.task",
            "main",
            "Qwen2.5-1.5B-Instruct_multi-prefill-seq_q8_ekv1280.task",
            false,
            null,
            1625493432L, // ~1.6GB
            null,
            new ArrayList<>()
        ));

        // Gemma-3n-E2B-it-int4 (Google preview)
        models.add(new Model(
            "Gemma-3n-E2B-it-int4",
            "gemma3n_e2b_int4",
            "https://huggingface.co/google/gemma-3n-E2B-it-litert-preview/resolve/main/gemma-3n-E2B-it-int4.task",
            "main",
            "gemma-3n-E2B-it-int4.task",
            false,
            null,
            3136226711L, // ~3.1GB
            null,
            new ArrayList<>()
        ));

        return models;
    }

    public static Task createCodingTask() {
        return new Task(
            "coding_assistance",
            "AI Coding Assistant",
            "Models for code generation, debugging and optimization"
        );
    }

    /**
     * MediaPipe-compatible model URLs, same as the Gallery allowlist.
     */
    public static String[] getDefaultModelUrls() {
        return new String[] {
            "https://huggingface.co/litert-community/Gemma3-1B-IT/resolve/main/Gemma3-1B-IT_multi-prefill-seq_q4_ekv2048.task",
            "https://huggingface.co/litert-community/Qwen2.5-1.5B-Instruct/resolve/main/Qwen2.5-1.5B-Instruct_multi-prefill-seq_q8_ekv1280.task",
            "https://huggingface.co/google/gemma-3n-E2B-it-litert-preview/resolve/main/gemma-3n-E2B-it-int4.task"
        };
    }
}
