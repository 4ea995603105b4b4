import { ChatOllama } from '@langchain/ollama'
import { ChatAnthropic } from '@langchain/anthropic'
import { RunnableSequence } from '@langchain/core/runnables'
import { ChatPromptTemplate } from '@langchain/core/prompts'
import { StringOutputParser } from '@langchain/core/output_parsers'

const USE_ANTHROPIC_DEFAULT = false

export class Model {
  private static instance: Model | null = null
  private llm: ChatOllama | ChatAnthropic
  private chain: RunnableSequence

  private constructor(useAnthropic: boolean = USE_ANTHROPIC_DEFAULT) {
    this.llm = useAnthropic
      ? new ChatAnthropic({
          apiKey: process.env.ANTHROPIC_API_KEY
        })
      : new ChatOllama({
          baseUrl: 'http://localhost:11434',
          model: 'llama3.2'
        })

    const identifierPrompt = ChatPromptTemplate.fromTemplate(`
      You are the world's best programming language classifier. Identify which languages are used
      in the following git diff: {input}
      Respond with an array of the languages with neither preamble nor explanation.
    `)

    const diffPrompt = ChatPromptTemplate.fromTemplate(`
      You are a senior software engineer who turns git diffs into clear, concise commit messages.
      Generate a commit message for the following git diff: {input}
      Programming languages identified: {languages}
    `)

    const identifierChain = RunnableSequence.from([identifierPrompt, this.llm, new StringOutputParser()])

    this.chain = RunnableSequence.from([
      input => ({ input }),
      { input: data => data.input, languages: identifierChain },
      diffPrompt,
      this.llm,
      new StringOutputParser()
    ])
  }

  private static getInstance(useAnthropic: boolean = USE_ANTHROPIC_DEFAULT): Model {
    if (!this.instance) {
      this.instance = new Model(useAnthropic)
    }
    return this.instance
  }

  static async invoke(input: string, useAnthropic: boolean = USE_ANTHROPIC_DEFAULT) {
    const model = this.getInstance(useAnthropic)
    for await (const chunk of await model.chain.stream(input)) {
      process.stdout.write(chunk)
    }
    process.stdout.write('\n')
  }
}
