import { Anthropic } from "@anthropic-ai/sdk";
import { MessageParam, Tool } from "@anthropic-ai/sdk/resources/messages/messages.mjs";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
import dotenv from "dotenv";
import express from "express";
import type { RequestHandler } from "express";
import cors from "cors";

dotenv.config();

const ANTHROPIC_API_KEY = process.env.ANTHROPIC_API_KEY;
if (!ANTHROPIC_API_KEY) {
  throw new Error("ANTHROPIC_API_KEY is not set");
}

class MCPClient {
  private mcp: Client;
  private anthropic: Anthropic;
  private transport: StdioClientTransport | null = null;
  private tools: Tool[] = [];

  getTools() {
    return this.tools;
  }

  constructor() {
    this.anthropic = new Anthropic({ apiKey: ANTHROPIC_API_KEY });
    this.mcp = new Client({ name: "mcp-client-cli", version: "1.0.0" });
  }

  async connectToServer(serverScriptPath: string) {
    const isJs = serverScriptPath.endsWith(".js");
    const isPy = serverScriptPath.endsWith(".py");
    if (!isJs && !isPy) {
      throw new Error("Server script must be a .js or .py file");
    }
    const command = isPy ? (process.platform === "win32" ? "py -3.12" : "python3.12") : process.execPath;
    this.transport = new StdioClientTransport({ command, args: [serverScriptPath] });
    await this.mcp.connect(this.transport);
    const toolsResult = await this.mcp.listTools();
    this.tools = toolsResult.tools.map((tool) => ({
      name: tool.name,
      description: tool.description,
      input_schema: tool.inputSchema,
    }));
  }

  async processQuery(query: string) {
    const messages: MessageParam[] = [{ role: "user", content: query }];

    const response = await this.anthropic.messages.create({
      model: "claude-3-5-sonnet-20241022",
      max_tokens: 7000,
      messages,
      tools: this.tools,
    });

    const finalText: string[] = [];
    for (const content of response.content) {
      if (content.type === "text") {
        finalText.push(content.text);
      } else if (content.type === "tool_use") {
        const result = await this.mcp.callTool({
          name: content.name,
          arguments: content.input as { [x: string]: unknown },
        });
        messages.push({ role: "assistant", content: [content] });
        messages.push({
          role: "user",
          content: [
            {
              type: "tool_result",
              tool_use_id: content.id,
              content: typeof result.content === "string" ? result.content : JSON.stringify(result.content),
            },
          ],
        });

        // ask Claude again with the tool result
        const followUp = await this.anthropic.messages.create({
          model: "claude-3-5-sonnet-20241022",
          max_tokens: 2000,
          messages,
          tools: this.tools,
        });
        for (const c of followUp.content) {
          if (c.type === "text") finalText.push(c.text);
        }
      }
    }
    return finalText.join("\n");
  }

  async cleanup() {
    await this.mcp.close();
  }
}

async function main() {
  const app = express();
  const port = process.env.PORT || 3000;
  app.use(cors());
  app.use(express.json());

  const mcpClient = new MCPClient();
  await mcpClient.connectToServer(process.argv[2]);

  const healthCheck: RequestHandler = (req, res) => {
    res.json({ status: "ok", tools: mcpClient.getTools().map((t) => t.name) });
  };
  app.get("/health", healthCheck);

  const chatHandler: RequestHandler = async (req, res) => {
    const { query } = req.body;
    if (!query) {
      res.status(400).json({ error: "Query can't be empty" });
      return;
    }
    res.json({ response: await mcpClient.processQuery(query) });
  };
  app.post("/chat", chatHandler);

  app.listen(port, () => console.log(`Server listening on port ${port}`));
}

main();
