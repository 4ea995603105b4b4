package com.fabiankevin.springboot_langchain4j_with_ollama.constant;

public class OllamaAIModel {
    public static final String GEMMA3_1B_IT_QAT = "gemma3:1b-it-qat";
    public static final String GEMMA3_4B_IT_QAT = "gemma3:4b-it-qat";
    public static final String DEEPSEEK_R1_7B_QWEN_DISTILL_Q8 = "deepseek-r1:7b-qwen-distill-q8_0";
}
