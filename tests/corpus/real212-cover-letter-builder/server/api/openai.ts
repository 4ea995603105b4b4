import { Configuration, OpenAIApi } from "openai";
const configuration = new Configuration({
    organization: "org-XXXXXXXXXXXXXXXXXXXXXXXX",
    apiKey: "sk-XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX",
});

export default defineEventHandler(async () => {
    const openai = new OpenAIApi(configuration);
    const response = await openai.createChatCompletion({
        model: "gpt-3.5-turbo",
        messages: [
            {"role": "user", "content": "Hello!"}
        ]
    })
    console.log(response)
    return response.data;
})