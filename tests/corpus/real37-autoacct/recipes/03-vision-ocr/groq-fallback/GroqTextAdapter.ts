/**
 * Groq text adapter: parses raw OCR text (PaddleOCR / Google Vision) into
 * structured receipt data with a fast hosted LLM. ~10x cheaper than Claude.
 */

import type { OcrResult } from './types';

export interface GroqConfig {
  apiKey: string;
  model?: string; // Default: mixtral-8x7b-32768
  temperature?: number;
}

export class GroqTextAdapter {
  private apiKey: string;
  private apiUrl = 'https://api.groq.com/openai/v1/chat/completions';
  private model: string;
  private temperature: number;

  constructor(config: GroqConfig) {
    this.apiKey = config.apiKey;
    this.model = config.model || 'mixtral-8x7b-32768';
    this.temperature = config.temperature || 0.1;
  }

  async parseReceiptText(rawText: string): Promise<OcrResult> {
    const response = await fetch(this.apiUrl, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Authorization: `Bearer ${this.apiKey}`,
      },
      body: JSON.stringify({
        model: this.model,
        messages: [
          { role: 'system', content: 'You are a Thai receipt parser. Extract structured data from OCR text.' },
          { role: 'user', content: `Parse this receipt OCR text into JSON:\n${rawText}` },
        ],
        temperature: this.temperature,
        max_tokens: 512,
      }),
    });
    if (!response.ok) {
      throw new Error(`Groq API error: ${response.status}`);
    }
    const data = await response.json();
    const parsed = JSON.parse((data.choices?.[0]?.message?.content || '{}').trim());
    return {
      amountSatang: parsed.total_amount_satang || 0,
      currency: 'THB',
      vatAmountSatang: parsed.vat_amount_satang ?? null,
      vendorName: parsed.vendor_name ?? null,
      issueDate: parsed.issue_date ?? null,
      rawText: JSON.stringify(parsed),
      confidence: parsed.confidence ?? 0.7,
    };
  }
}
