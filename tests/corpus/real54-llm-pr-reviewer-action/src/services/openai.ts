import { countTokens } from '../utils/token';
import { parseReviewChunk } from '../utils/parse';
import { chunkDiff } from '../utils/diff';
import { ReviewComment } from '../domains/models';
import { Config } from '../config';

export async function getReviewComments(diff: string, config: Config): Promise<ReviewComment[]> {
  const template = config.customPrompt || defaultPrompt;
  const baseTokens = countTokens(template.replace('{{diff}}', ''));
  const chunks = chunkDiff(diff, countTokens, 8192 - config.responseTokens, baseTokens);
  const results: ReviewComment[] = [];

  for (const chunk of chunks) {
    const prompt = template.replace('{{diff}}', chunk.text);
    if (config.dryRun) {
      console.log(prompt.slice(0, 1000));
      continue;
    }
    try {
      const resp = await fetch('https://api.openai.com/v1/chat/completions', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${config.apiKey}` },
        body: JSON.stringify({
          model: config.model,
          messages: [{ role: 'user', content: prompt }],
          max_tokens: config.responseTokens,
        }),
      });
      const json = await resp.json();
      results.push(...parseReviewChunk(json.choices[0].message.content as string, chunk.start));
    } catch (err) {
      console.error('OpenAI error', err);
    }
  }
  return results;
}

const defaultPrompt = `You are a senior software engineer reviewing a GitHub pull request diff.
Return a JSON array where each item contains file, line, domain, and comment.
Here is the diff:
{{diff}}`;
