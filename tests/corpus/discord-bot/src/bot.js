'use strict';
require('dotenv').config();
const { Client, GatewayIntentBits } = require('discord.js');
const { HfInference } = require('@huggingface/inference');
const { Ollama } = require('ollama');
const OpenAI = require('openai');

const hf = new HfInference(process.env.HF_TOKEN);
const ollama = new Ollama({ host: process.env.OLLAMA_HOST || 'http://127.0.0.1:11434' });
const openai = new OpenAI();

const CHAT_MODEL = process.env.CHAT_MODEL || 'HuggingFaceH4/zephyr-7b-beta';
const IMAGE_MODEL = 'black-forest-labs/FLUX.1-schnell';
const TRANSLATE = { model: 'facebook/nllb-200-distilled-600M', src_lang: 'eng_Latn', tgt_lang: 'fra_Latn' };

const client = new Client({ intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.MessageContent] });

client.on('messageCreate', async (msg) => {
  if (msg.author.bot) return;
  if (msg.content.startsWith('!ask ')) {
    const out = await hf.chatCompletion({ model: CHAT_MODEL, messages: [{ role: 'user', content: msg.content.slice(5) }] });
    return msg.reply(out.choices[0].message.content);
  }
  if (msg.content.startsWith('!draw ')) {
    const blob = await hf.textToImage({ model: IMAGE_MODEL, inputs: msg.content.slice(6) });
    return msg.reply({ files: [{ attachment: Buffer.from(await blob.arrayBuffer()), name: 'draw.png' }] });
  }
  if (msg.content.startsWith('!fr ')) {
    const res = await hf.translation({ ...TRANSLATE, inputs: msg.content.slice(4) });
    return msg.reply(res.translation_text);
  }
  if (msg.content.startsWith('!local ')) {
    const res = await ollama.chat({ model: 'gemma2:2b', messages: [{ role: 'user', content: msg.content.slice(7) }] });
    return msg.reply(res.message.content);
  }
  if (msg.content.startsWith('!gpt ')) {
    const res = await openai.chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: msg.content.slice(5) }] });
    return msg.reply(res.choices[0].message.content);
  }
  if (msg.content === '!status') {
    return msg.reply(`models: ${CHAT_MODEL}, ${IMAGE_MODEL}; uptime ${Math.round(process.uptime() / 60)} min; see https://github.com/acme/discord-bot/wiki/Commands`);
  }
});

client.login(process.env.DISCORD_TOKEN);
