export enum OpenAIEnum {
  MODEL = "gpt-4o",
  TEMPERATURE = 0.7,
  INSTRUCTION_SELECT_MEDICINES = "Você é um assistente que extrai nomes de medicamentos da mensagem do usuário.",
  INSTRUCTION_RECOMMENDATE_MEDICINE = "Você é uma API de farmácia chamada Gn-Pharmacy. Responda com base no JSON enviado. Use apenas os dados fornecidos.",
}
