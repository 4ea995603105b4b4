/**
 * Claude Vision adapter for receipt OCR.
 * DEV returns mock data, PROD calls the Claude API.
 */

import type { AppConfig, ClaudeAdapter, ExtractReceiptParams, ReceiptOcrResult } from './types';

class MockClaudeAdapter implements ClaudeAdapter {
  async extractReceiptFromImage(params: ExtractReceiptParams): Promise<ReceiptOcrResult> {
    await new Promise((resolve) => setTimeout(resolve, 200));
    return {
      amountSatang: 35000,
      currency: 'THB',
      vatAmountSatang: 2280,
      vendorName: 'Mock Cafe',
      issueDate: '2026-01-22',
      rawText: 'Latte x2, Sandwich x1',
      confidence: 0.95,
      lineItems: [],
    };
  }
}

class RealClaudeAdapter implements ClaudeAdapter {
  private apiKey: string;

  constructor(config: AppConfig) {
    if (!config.CLAUDE_API_KEY) {
      throw new Error('CLAUDE_API_KEY is required in PROD mode. Set it in .env or pass via config.');
    }
    this.apiKey = config.CLAUDE_API_KEY;
  }

  async extractReceiptFromImage(params: ExtractReceiptParams): Promise<ReceiptOcrResult> {
    const response = await fetch('https://api.anthropic.com/v1/messages', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-api-key': this.apiKey,
        'anthropic-version': '2023-06-01',
      },
      body: JSON.stringify(this.buildRequest(params, this.buildPrompt())),
    });
    if (!response.ok) {
      throw new Error(`Claude API error: ${response.status} - ${await response.text()}`);
    }
    return this.parseResponse(await response.json());
  }

  private buildPrompt(): string {
    return `You are a Thai accounting OCR assistant. Extract total_amount_satang, vat_amount_satang,
vendor_name, issue_date (YYYY-MM-DD, convert Buddhist Era by subtracting 543) and line_items.
Return ONLY the JSON, no other text.`;
  }

  private buildRequest(params: ExtractReceiptParams, prompt: string) {
    return {
      model: 'claude-3-5-sonnet-20241022',
      max_tokens: 1024,
      messages: [
        {
          role: 'user',
          content: [
            { type: 'text', text: prompt },
            {
              type: 'image',
              source: {
                type: 'base64',
                media_type: `image/${params.imageFormat || 'jpeg'}`,
                data: params.imageBase64,
              },
            },
          ],
        },
      ],
    };
  }

  private parseResponse(data: any): ReceiptOcrResult {
    const text = (data.content?.[0]?.text || '{}').replace(/```json\s*/g, '').replace(/```\s*/g, '').trim();
    const parsed = JSON.parse(text);
    return {
      amountSatang: parsed.total_amount_satang || 0,
      currency: 'THB',
      vatAmountSatang: parsed.vat_amount_satang ?? null,
      vendorName: parsed.vendor_name ?? null,
      issueDate: parsed.issue_date ?? null,
      rawText: parsed.raw_text,
      confidence: parsed.confidence ?? 0,
      lineItems: parsed.line_items || [],
    };
  }
}

export function createClaudeAdapter(config: AppConfig): ClaudeAdapter {
  return config.MODE === 'DEV' ? new MockClaudeAdapter() : new RealClaudeAdapter(config);
}
