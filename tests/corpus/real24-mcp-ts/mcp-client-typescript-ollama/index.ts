import ollama, { Message, Tool } from "ollama";

import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
import readline from "readline/promises";
import dotenv from "dotenv";

dotenv.config();

const OLLAMA_MODEL = process.env.OLLAMA_MODEL;

if (!OLLAMA_MODEL) {
  throw new Error("OLLAMA_MODEL is not set");
}

class MCPClient {
  private mcp: Client;
  private transport: StdioClientTransport | null = null;
  private tools: Tool[] = [];

  constructor() {
    this.mcp = new Client({ name: "mcp-client-cli", version: "1.0.0" });
  }

  async connectToServer(serverScriptPath: string) {
    this.transport = new StdioClientTransport({
      command: process.execPath,
      args: [serverScriptPath],
    });
    this.mcp.connect(this.transport);
    const toolsResult = await this.mcp.listTools();
    this.tools = toolsResult.tools.map((tool) => ({
      type: "function",
      function: {
        name: tool.name,
        description: tool.description,
        parameters: tool.inputSchema as any,
      },
    }));
    console.log("Connected to server with tools:", this.tools.map((t) => t.function.name));
  }

  async processQuery(query: string) {
    const messages: Message[] = [{ role: "user", content: query }];
    const response = await ollama.chat({
      model: OLLAMA_MODEL!,
      messages,
      tools: this.tools,
    });
    const finalText: string[] = [];
    if (!response.message.tool_calls) {
      finalText.push(response.message.content);
    } else {
      for (const tool of response.message.tool_calls) {
        const result = await this.mcp.callTool({
          name: tool.function.name,
          arguments: tool.function.arguments as { [x: string]: unknown },
        });
        messages.push({ role: "user", content: JSON.stringify(result.content) });
        const followUp = await ollama.chat({ model: OLLAMA_MODEL!, messages });
        finalText.push(followUp.message.content || "");
      }
    }
    return finalText.join("\n");
  }

  async chatLoop() {
    const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
    try {
      while (true) {
        const message = await rl.question("\nQuery: ");
        if (message.toLowerCase() === "quit") break;
        console.log("\n" + (await this.processQuery(message)));
      }
    } finally {
      rl.close();
    }
  }

  async cleanup() {
    await this.mcp.close();
  }
}

async function main() {
  if (process.argv.length < 3) {
    console.log("Usage: node index.ts <path_to_server_script>");
    return;
  }
  const client = new MCPClient();
  try {
    await client.connectToServer(process.argv[2]);
    await client.chatLoop();
  } finally {
    await client.cleanup();
    process.exit(0);
  }
}

main();
