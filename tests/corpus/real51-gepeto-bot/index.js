const { Client, Events, GatewayIntentBits } = require("discord.js");
require("dotenv/config");
const { OpenAIApi, Configuration } = require("openai");

const openai = new OpenAIApi(new Configuration({ apiKey: process.env.OPENAI_KEY }));

const client = new Client({
  intents: [
    GatewayIntentBits.Guilds,
    GatewayIntentBits.GuildMessages,
    GatewayIntentBits.MessageContent,
  ],
});

client.once(Events.ClientReady, (c) => console.log(`Logged in as ${c.user.tag}`));
client.login(process.env.BOT_TOKEN);

const BOT_CHANNEL = "";
const PAST_MESSAGES = 5;

client.on(Events.MessageCreate, async (message) => {
  try {
    if (message.author.bot || message.channel.id !== BOT_CHANNEL) return;
    message.channel.sendTyping();

    let history = Array.from(
      await message.channel.messages.fetch({ limit: PAST_MESSAGES, before: message.id })
    ).map((m) => m[1]);
    history = history.concat([message]);

    let prompt = `The following is a conversation in a Discord channel.\n\n`;
    for (let i = history.length - 1; i >= 0; i--) {
      prompt += `${history[i].member.displayName}: ${history[i].content}\n`;
    }
    prompt += `${client.user.username}:`;

    const response = await openai.createCompletion({
      prompt,
      model: "text-davinci-003",
      max_tokens: 500,
      stop: ["\n"],
    });
    await message.channel.send(response.data.choices[0].text);
  } catch (error) {
    console.error("Error processing message:", error);
    await message.channel.send("Something went wrong, please try again later.");
  }
});
