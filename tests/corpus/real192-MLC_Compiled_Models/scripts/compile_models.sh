# --- 3. Execute ---

# Qwen 2.5 0.5B
package_model "https://huggingface.co/mlc-ai/Qwen2.5-0.5B-Instruct-q4f16_1-MLC" \
              "qwen2_5_0_5b" \
              "qwen2_5_0_5b_q4f16_1"

echo "--------------------------------------------------"
echo "Build Complete. Artifacts located in dist/"
ls -lh "$DIST_DIR"
