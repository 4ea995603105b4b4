document.addEventListener("DOMContentLoaded", async () => {
  const summaryDiv = document.getElementById("summary");
  const summarizeBtn = document.getElementById("summarizeBtn");
  const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });

  summarizeBtn.addEventListener("click", async () => {
    summaryDiv.textContent = "Summarizing...";
    const results = await chrome.scripting.executeScript({
      target: { tabId: tab.id },
      func: () => document.body.innerText
    });
    const pageText = results[0].result || "";

    const { llm, model, openAiKey, claudeKey, deepSeekKey, summarizationPrompt } =
      await chrome.storage.sync.get(["llm", "model", "openAiKey", "claudeKey", "deepSeekKey", "summarizationPrompt"]);

    let finalPrompt = summarizationPrompt || "Summarize the following text and list the key points.";
    finalPrompt += " Summary MUST be returned in valid HTML5 format";

    const usedKey = llm === "claude" ? claudeKey : llm === "deepseek" ? deepSeekKey : openAiKey;
    if (!usedKey) {
      summaryDiv.textContent = `Please set your ${llm} API key in extension options.`;
      return;
    }

    try {
      let rawSummary;
      if (llm === "claude") {
        const response = await fetch("https://api.anthropic.com/v1/messages", {
          method: "POST",
          headers: {
            "Content-Type": "application/json",
            "anthropic-version": "2023-06-01",
            "x-api-key": usedKey,
            "anthropic-dangerous-direct-browser-access": "true"
          },
          body: JSON.stringify({
            max_tokens: 500,
            system: "You are a helpful assistant that summarizes web pages.",
            messages: [{ role: "user", content: `${finalPrompt}\n${pageText}` }],
            model: model || "claude-3-5-haiku-latest",
            temperature: 0.7
          })
        });
        if (!response.ok) throw new Error(`Claude HTTP error! status: ${response.status}`);
        rawSummary = (await response.json()).content[0].text;
      } else if (llm === 'deepseek') {
        const response = await fetch("https://api.deepseek.com/v1/chat/completions", {
          method: "POST",
          mode: "cors",
          headers: { "Content-Type": "application/json", "Authorization": `Bearer ${usedKey}` },
          body: JSON.stringify({
            model: model || "deepseek-chat", // chat is v3
            messages: [
              { role: "system", content: finalPrompt },
              { role: "user", content: pageText }
            ],
            temperature: 0.7,
          })
        })
        if (!response.ok) throw new Error(`DeepSeek HTTP error! status: ${response.status}`);
        rawSummary = (await response.json()).choices?.[0]?.message?.content?.trim();
      } else {
        const response = await fetch("https://api.openai.com/v1/chat/completions", {
          method: "POST",
          headers: { "Content-Type": "application/json", "Authorization": `Bearer ${usedKey}` },
          body: JSON.stringify({
            model: model || "gpt-4o-mini",
            messages: [
              { role: "system", content: finalPrompt },
              { role: "user", content: pageText }
            ]
          })
        });
        if (!response.ok) throw new Error(`OpenAI HTTP error! status: ${response.status}`);
        rawSummary = (await response.json()).choices?.[0]?.message?.content?.trim();
      }
      summaryDiv.innerHTML = rawSummary || "No summary available.";
    } catch (error) {
      summaryDiv.textContent = `Error: ${error.message}`;
    }
  });
});
