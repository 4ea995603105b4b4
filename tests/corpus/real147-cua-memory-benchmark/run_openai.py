"""
Quick smoke run of the browser agent.

Requires OPENAI_API_KEY in the environment.
"""

import os
import sys

sys.path.append(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

import asyncio

from langchain_openai import ChatOpenAI

from browser_use import Agent

llm = ChatOpenAI(model='o4-mini')
agent = Agent(
	task='Search amazon.com for a laptop, sort by rating and report the price of the top hit',
	llm=llm,
)


async def main():
	await agent.run(max_steps=10)
	input('Press Enter to quit...')


asyncio.run(main())
