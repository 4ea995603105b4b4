int main() {
    // Initialize
    if (!initRuntime("libonnxruntime.1.22.0.dylib")) {
        std::cerr << "initRuntime failed." << std::endl;
        return 1;
    }

    // Session options
    OrtSessionOptions* session_options = createSessionOptions();
    if (!session_options) {
        std::cerr << "Failed to create session options." << std::endl;
        return 1;
    }

    // Create session
    OrtSession* session = createSession("model.onnx", session_options);
    if (!session) {
        std::cerr << "Failed to create session." << std::endl;
        g_ort_api->ReleaseSessionOptions(session_options);
        return 1;
    }

    // Prepare sample input data for "I think this is wonderful"
    std::vector<int64_t> input_ids       = {101, 1045, 2228, 2023, 2003, 6919, 102};
    std::vector<int64_t> attention_mask  = {   1,    1,    1,    1,    1,    1,   1};

    // Run inference
    std::vector<float> logits = runInference(session, input_ids, attention_mask);
    if (logits.empty()) {
        std::cerr << "runInference returned empty logits (error)!\n";
    } else {
        float neg_logit = logits[0];
        float pos_logit = logits[1];
        std::cout << "Logits: NEG=" << neg_logit << " | POS=" << pos_logit << std::endl;

        // Choose sentiment
        std::string sentiment = (pos_logit > neg_logit) ? "POSITIVE" : "NEGATIVE";
        std::cout << "Predicted sentiment: " << sentiment << std::endl;
    }

    // Cleanup
    g_ort_api->ReleaseSession(session);
    g_ort_api->ReleaseSessionOptions(session_options);
    g_ort_api->ReleaseEnv(g_env);
    dlclose(g_handle);

    std::cout << "Done." << std::endl;
    return 0;
}
