// app/api/summarize/route.ts
import { NextResponse } from "next/server";
import Cohere from "cohere-ai";
import pdfParse from "pdf-parse";

async function fetchContentFromUrl(url: string) {
  try {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`Failed to fetch URL content: ${response.statusText}`);
    return (await response.text()).substring(0, 4000); // Truncate for the model
  } catch (error: any) {
    console.error("Error fetching URL content:", error.message);
    return null;
  }
}

const cohere = new Cohere.CohereClient({ token: process.env.COHERE_API_KEY! });

export const POST = async (req: Request) => {
  try {
    const formData = await req.formData();
    const file = formData.get("file") as File | null;
    let text = formData.get("text") as string | null;

    if (file) {
      const buffer = Buffer.from(await file.arrayBuffer());
      if (file.type === "application/pdf") {
        text = (await pdfParse(buffer)).text;
      } else {
        text = buffer.toString();
      }
    } else if (text?.startsWith("http")) {
      text = await fetchContentFromUrl(text);
    }

    if (!text) {
      return NextResponse.json({ error: "Could not extract text from the provided input." }, { status: 400 });
    }

    // Call Cohere's Summarize API
    const response = await cohere.summarize({ text });
    return NextResponse.json({ summary: response.summary });
  } catch (error: any) {
    return NextResponse.json({ error: "Internal Server Error", details: error.message }, { status: 500 });
  }
};
