import fs from "fs";
import { GoogleGenAI } from "@google/genai";
import dotenv from 'dotenv';
dotenv.config();

const ai = new GoogleGenAI({ apiKey: process.env.GEMINI_API_KEY });

const rows = JSON.parse(fs.readFileSync("../nearest_neighbors/embeddings.json"));

const testSet = rows.filter(r => r["split"] == "test").map(r => ({
    trueClass: r["class"],
    path: "../nearest_neighbors" + r["path"].slice(1)
}));

const asBase64 = (p) => fs.readFileSync(p, { encoding: "base64" });
const inline = (b64) => ({ inlineData: { mimeType: "image/jpeg", data: b64 } });

const prompt = `
Diga se a foto mostra gatos ou cachorros.
Responda 'cat' ou 'dog'.
`

const outputConfig = {
    responseMimeType: "application/json",
    responseSchema: {
        type: "array",
        items: { type: "object", properties: { category: { type: "string", enum: ["dog", "cat"] } } }
    }
};

async function askGemini(contents) {
    return ai.models.generateContent({
        model: "gemini-2.0-flash",
        contents: contents,
        config: outputConfig
    });
}

async function classify(path) {
    const res = await askGemini([inline(asBase64(path)), { text: prompt }]);
    return JSON.parse(res.text)[0]["category"];
}

function accuracy(results) {
    const ok = results.filter(r => r["predictedClass"] == r["trueClass"]).length;
    return ok / results.length;
}

const pending = testSet.map(t => classify(t["path"]));
await Promise.all(pending);
for (let i = 0; i < testSet.length; i++) {
    testSet[i]["predictedClass"] = await pending[i];
}
console.log(accuracy(testSet));
