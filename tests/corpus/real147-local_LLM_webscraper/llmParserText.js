/*
    A local LLM (through Ollama) reads scraped page text and
    pulls out any business directories it mentions.
*/

import ollama from 'ollama'

function chunkStringWithOverlap(text, chunkSize, overlap) {
    if (overlap >= chunkSize) {
        throw new Error("Overlap must be smaller than the chunk size.");
    }
    const chunks = [];
    let start = 0;
    while (start < text.length) {
        chunks.push(text.substring(start, Math.min(start + chunkSize, text.length)));
        start += (chunkSize - overlap);
    }
    return chunks;
}

const AVG_CHARS_PER_TOKEN = 3.5;
const estimate_tokens = (s) => s.length / AVG_CHARS_PER_TOKEN;

const invokeLLM = async (messages, model="llama3.2") => {
    try {
        const response = await ollama.chat({
            model,
            messages,
            format: "json",
            options: {
                temperature: 0,
                num_ctx: 8192,
            }
        });
        return response;
    } catch (error) {
        console.log("LLM call failed: ", error);
    }
}

const systemPrompt = `You extract business directories from scraped web pages.
Always answer with a JSON object that has one key, "directories", holding an array
of {"name", "url"} objects (empty array if nothing is found).`;

const parsePageText = async (scrapedText, maxChunkTokens=5000, overlapTokens=100) => {
    const textChunks = estimate_tokens(scrapedText) < maxChunkTokens
        ? [scrapedText]
        : chunkStringWithOverlap(scrapedText, maxChunkTokens * AVG_CHARS_PER_TOKEN, overlapTokens * AVG_CHARS_PER_TOKEN);

    const allDirectories = [];
    for (const chunk of textChunks) {
        const response = await invokeLLM([
            { role: "system", content: systemPrompt },
            { role: "user", content: "Extract business directories from:\n" + chunk },
        ]);
        try {
            const parsed = JSON.parse(response.message.content);
            if (Array.isArray(parsed.directories)) allDirectories.push(...parsed.directories);
        } catch (err) {
            console.error("Could not parse LLM output:", err);
        }
    }
    return allDirectories;
}

export default { parsePageText };
