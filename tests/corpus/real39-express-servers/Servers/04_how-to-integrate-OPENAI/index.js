import express from "express";
import cors from "cors";
import dotenv from "dotenv";
import OpenAI from "openai";

dotenv.config();

const app = express();
app.use(cors());
app.use(express.json());

// one client for the whole process
const openai = new OpenAI({
  apiKey: process.env.OPENAI_API_KEY,
});

app.get("/", (req, res) => {
  res.send("API is up");
});

// POST /api/chat  { userInput }
app.post("/api/chat", async (req, res) => {
  try {
    const { userInput } = req.body;

    const response = await openai.responses.create({
      model: "gpt-4o-mini",
      input: userInput,
      max_output_tokens: 200,
      temperature: 0.7,
    });

    res.json({ output: response.output_text });
  } catch (err) {
    console.error("OpenAI API Error:", err);
    res.status(500).json({ error: "Something went wrong" });
  }
});

const PORT = process.env.PORT || 5000;
app.listen(PORT, () => console.log(`Server running on http://localhost:${PORT}`));
