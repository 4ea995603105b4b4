import { Injectable, Logger } from '@nestjs/common';
import { createWorker } from 'tesseract.js';
import { ImageAnnotatorClient } from '@google-cloud/vision';
import { ReceiptDataDto } from './dtos/receipt-data.dto';
import * as sharp from 'sharp';
import Groq from 'groq-sdk';

@Injectable()
export class ExtractReceiptDetailsService {
  private readonly logger = new Logger(ExtractReceiptDetailsService.name);
  private googleVisionClient: ImageAnnotatorClient | null = null;
  private groqClient;

  constructor() {
    if (process.env.GOOGLE_APPLICATION_CREDENTIALS) {
      this.googleVisionClient = new ImageAnnotatorClient();
    }
    const groqAPIKey = process.env.GROQ_API_KEY;
    this.groqClient = new Groq({ apiKey: groqAPIKey });
  }

  /** OCR with TesseractJS (free). */
  async processWithTesseract(imageBuffer: Buffer): Promise<string> {
    const processed = await sharp(imageBuffer).greyscale().normalize().sharpen().toBuffer();
    const worker = await createWorker();
    try {
      const { data } = await worker.recognize(processed);
      return data.text;
    } finally {
      await worker.terminate();
    }
  }

  /** OCR with Google Vision (more accurate, paid). */
  async processWithGoogleVision(imageBuffer: Buffer): Promise<string> {
    if (!this.googleVisionClient) {
      throw new Error('Google Vision API is not configured');
    }
    const [result] = await this.googleVisionClient.textDetection(imageBuffer);
    return result.textAnnotations[0].description;
  }

  /** Turn OCR text into structured receipt JSON through Groq. */
  async parseReceiptTextWithGroq(text: string): Promise<ReceiptDataDto> {
    const prompt = "Extract vendorName, currency (3-letter code), date, billAmount, totalTax and an items array " +
      "(description, price, quantity, amount, tax) from this receipt text. Reply with JSON only. Text: " + text;
    const chatCompletion = await this.groqClient.chat.completions.create({
      messages: [{ role: 'user', content: prompt }],
      model: 'llama-3.3-70b-versatile',
      response_format: { type: 'json_object' },
      temperature: 0.7,
    });
    const r = JSON.parse(chatCompletion.choices[0].message.content);
    return {
      vendor_name: r.vendorName,
      currency: r.currency,
      date: r.date,
      amount: +r.billAmount,
      tax: +r.totalTax,
      receipt_items: r.items,
    };
  }
}
