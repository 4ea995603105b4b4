import OpenAI from "openai";

// LM Studio's local OpenAI-compatible server
const openai = new OpenAI({
	baseURL: "http://localhost:1234/v1",
	apiKey: "no",
});

export const processTranscription = async (transcript: string) => {
	try {
		const completion = await openai.chat.completions.create({
			model: "qwen2.5-0.5b-instruct",
			messages: [
				{ role: "system", content: SYSTEM_PROMPT },
				{ role: "user", content: transcript },
			],
			store: true,
		});
		return completion.choices[0].message.content;
	} catch (err: unknown) {
		console.error("transcription processing failed:", err);
		return null;
	}
};

const SYSTEM_PROMPT = `
You receive a transcribed air-traffic-control command made of a call sign, an action and a parameter.
Return them as JSON, matching the call sign against: ["WMT6767", "ECA2UN", "EWG1BG", "SAS173"].
Example output: { callSign: "EWG1BG", action: "cleared flight level", parameter: 90 }
`;
