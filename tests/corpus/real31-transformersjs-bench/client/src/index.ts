#!/usr/bin/env node

import yargs from "yargs";
import { hideBin } from "yargs/helpers";

const SERVER_URL = process.env.BENCH_SERVER_URL || "http://localhost:3000";

interface SubmitOptions {
  platform?: "node" | "web";
  modelId: string;
  task: string;
  mode?: "warm" | "cold";
  repeats?: number;
  dtype?: string;
  device?: string;
  browser?: string;
}

async function submitBenchmark(options: SubmitOptions) {
  const response = await fetch(`${SERVER_URL}/api/benchmark`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(options),
  });
  if (!response.ok) {
    throw new Error(`Failed to submit benchmark: ${response.statusText}`);
  }
  return await response.json();
}

async function getBenchmark(id: string) {
  const response = await fetch(`${SERVER_URL}/api/benchmark/${id}`);
  if (!response.ok) {
    throw new Error(`Failed to get benchmark: ${response.statusText}`);
  }
  return await response.json();
}

yargs(hideBin(process.argv))
  .command(
    "submit <modelId> <task>",
    "Submit a new benchmark request",
    (yargs) => {
      return yargs
        .positional("modelId", { describe: "Model ID to benchmark", type: "string", demandOption: true })
        .positional("task", {
          describe: "Task to perform (e.g., feature-extraction, fill-mask)",
          type: "string",
          demandOption: true,
        })
        .option("platform", { choices: ["node", "web"] as const, default: "node" as const })
        .option("mode", { choices: ["warm", "cold"] as const, default: "warm" as const })
        .option("repeats", { type: "number", default: 3 })
        .option("dtype", { describe: "Data type (fp32, fp16, q8, etc.)", type: "string" })
        .option("device", { type: "string", default: "webgpu" })
        .option("browser", { choices: ["chromium", "firefox", "webkit"] as const, default: "chromium" as const });
    },
    async (argv) => {
      const result = await submitBenchmark({
        modelId: argv.modelId,
        task: argv.task,
        platform: argv.platform,
        mode: argv.mode,
        repeats: argv.repeats,
        device: argv.device,
        browser: argv.browser,
      });
      console.log(`✓ Benchmark queued: ${result.id}`);
      console.log(`\nCheck status with: bench-client get ${result.id}`);
    }
  )
  .command(
    "get <id>",
    "Get benchmark result by ID",
    (yargs) => yargs.positional("id", { describe: "Benchmark ID", type: "string", demandOption: true }),
    async (argv) => console.log(JSON.stringify(await getBenchmark(argv.id), null, 2))
  )
  .demandCommand(1, "You need to specify a command")
  .help()
  .strict()
  .parse();

export { submitBenchmark, getBenchmark };
