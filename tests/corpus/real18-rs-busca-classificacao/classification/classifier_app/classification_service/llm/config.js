import dotenv from 'dotenv';
dotenv.config();

const prompt = `
Diga se a foto mostra gatos ou cachorros.
Responda com uma categoria:
'cat' se houver um ou mais gatos,
'dog' se houver um ou mais cachorros
`

const outputConfig = {
    responseMimeType: "application/json",
    responseSchema: {
        type: "array",
        items: {
            type: "object",
            properties: {
                category: { type: "string", enum: ["dog", "cat"] }
            }
        }
    }
};

export { outputConfig, prompt };
