import { SlashCommandBuilder } from 'discord.js';

// OpenAI things
import { Configuration, OpenAIApi } from 'openai';
const configuration = new Configuration({
  apiKey: process.env.OPENAI_API_KEY,
});

const openai = new OpenAIApi(configuration);

const instructions = `You are a coding assistant and only respond to questions related to coding or programming.

### Example

user: How do you make a GET request in JavaScript?

response: You can use the built-in \`fetch()\` function:

\`\`\`js
fetch('https://example.com/data')
  .then(response => response.json())
  .then(data => console.log(data))
\`\`\`
`;

// Chat completions API: https://platform.openai.com/docs/guides/chat
const sendOpenAIRequest = async (question) => {
  const response = await openai.createChatCompletion({
    model: 'gpt-3.5-turbo',
    messages: [
      { role: 'user', content: instructions },
      { role: 'user', content: question },
    ],
    temperature: 0.7,
    max_tokens: 600,
  });

  if (response.status !== 200) {
    throw new Error('Open API request failed');
  }
  return response.data.choices[0].message?.content;
};

const data = new SlashCommandBuilder()
  .setName('ask')
  .setDescription('Ask the AI coding assistant. May occasionally generate incorrect information.')
  .addStringOption((option) =>
    option.setName('question').setDescription('the question to ask the assistant').setRequired(true)
  );

const execute = async (interaction) => {
  try {
    const requestPromise = sendOpenAIRequest(interaction.options.getString('question'));
    // https://discordjs.guide/slash-commands/response-methods.html#deferred-responses
    await interaction.deferReply();
    const completion = await requestPromise;
    await interaction.editReply({ content: completion || 'There was an issue with the response. Please try again!' });
  } catch (error) {
    console.log(error);
    await interaction.editReply({ content: 'There was an error with the OpenAI API request.' });
  }
};

export default { data, execute };
