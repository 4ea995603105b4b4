import { NextResponse } from "next/server";
import { HfInference } from "@huggingface/inference";

const hf = new HfInference(process.env.HF_ACCESS_TOKEN);

export async function POST(request: Request) {
  const { prompt } = await request.json();

  try {
    const picture = await hf.textToImage(
      {
        model: "ZB-Tech/Text-to-Image",
        inputs: prompt,
      },
      { wait_for_model: true },
    );
    return NextResponse.json(picture);
  } catch (err) {
    console.error("Image generation failed:", err);
    return NextResponse.json({ error: "Image generation failed" });
  }
}
